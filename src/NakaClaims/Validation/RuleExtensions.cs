using FluentValidation;

namespace NakaClaims.Validation;

// Rules several validators share, so that "tidy text" means the same everywhere.
internal static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string?> Tidy<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => text is null || Messages.CheckName(text, maxLength) is null)
            .WithMessage((_, text) => Messages.CheckName(text!, maxLength, "text"));
}
