using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks a <see cref="ClaimLink"/> on its own: real, distinct ends and a reason.</summary>
/// <remarks>
/// Whether the ends exist is a question for the whole set: see <see cref="ClaimSetValidator"/>. Property
/// names are camel case, as in the JSON format. Instances are thread-safe.
/// </remarks>
public sealed class ClaimLinkValidator : AbstractValidator<ClaimLink>
{
    /// <summary>Initializes the validator's rules.</summary>
    public ClaimLinkValidator()
    {
        RuleFor(l => l.Type).IsInEnum().OverridePropertyName("type");
        RuleFor(l => l.From).Must(id => !id.IsDefault).OverridePropertyName("from").WithMessage("The id is default(ClaimId).");
        RuleFor(l => l.To).Must(id => !id.IsDefault).OverridePropertyName("to").WithMessage("The id is default(ClaimId).");
        RuleFor(l => l).Must(l => l.From != l.To).OverridePropertyName("to")
            .WithMessage(l => $"A link must join two different claims; both ends are '{l.From}'.");
        RuleFor(l => l.Reason).Tidy(ClaimLink.MaxReasonLength).OverridePropertyName("reason");
        RuleFor(l => l.Basis).Tidy(ClaimLink.MaxReasonLength).OverridePropertyName("basis");
    }
}
