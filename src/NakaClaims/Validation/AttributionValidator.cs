using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks an <see cref="Attribution"/>: its claimant, each reporter of the chain, the cue and the mode.</summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class AttributionValidator : AbstractValidator<Attribution>
{
    /// <summary>Initializes the validator's rules.</summary>
    public AttributionValidator()
    {
        RuleFor(a => a.Claimant).NotNull().SetValidator(new ActorValidator()).OverridePropertyName("claimant");
        RuleFor(a => a.Via.Length).LessThanOrEqualTo(Attribution.MaxChainLength).OverridePropertyName("via");
        RuleForEach(a => a.Via).Tidy(Actor.MaxTextLength).OverridePropertyName("via");
        RuleFor(a => a.Cue).Tidy(Actor.MaxTextLength).OverridePropertyName("cue");
        RuleFor(a => a.Mode).IsInEnum().OverridePropertyName("mode");
    }
}
