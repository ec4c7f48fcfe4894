using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks a <see cref="ClaimEvent"/>: a real type and time, a tidy place.</summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class ClaimEventValidator : AbstractValidator<ClaimEvent>
{
    /// <summary>Initializes the validator's rules.</summary>
    public ClaimEventValidator()
    {
        RuleFor(e => e.Type).Must(t => !t.IsDefault).OverridePropertyName("type").WithMessage("The event type is default(EventType).");
        RuleFor(e => e.On).Must(t => t is not { IsDefault: true }).OverridePropertyName("on").WithMessage("The time is default(TimeReference); use null for unknown.");
        RuleFor(e => e.Place).Tidy(Actor.MaxTextLength).OverridePropertyName("place");
        RuleFor(e => e.Agent).Must(s => s is not { IsDefault: true }).OverridePropertyName("agent").WithMessage("The agent is default(Side); use null for none.");
    }
}
