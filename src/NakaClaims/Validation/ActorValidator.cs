using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks an <see cref="Actor"/>: a name or an organization, tidy texts, a real side.</summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>Initializes the validator's rules.</summary>
    public ActorValidator()
    {
        RuleFor(a => a).Must(a => a.Name is not null || a.Organization is not null)
            .OverridePropertyName("name").WithMessage("An actor needs a name or an organization.");
        RuleFor(a => a.Name).Tidy(Actor.MaxTextLength).OverridePropertyName("name");
        RuleFor(a => a.Role).Tidy(Actor.MaxTextLength).OverridePropertyName("role");
        RuleFor(a => a.Organization).Tidy(Actor.MaxTextLength).OverridePropertyName("organization");
        RuleFor(a => a.Side).Must(s => s is not { IsDefault: true })
            .OverridePropertyName("side").WithMessage("The side is default(Side); use null for no side.");
    }
}
