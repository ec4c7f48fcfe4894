using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>
/// Checks a <see cref="Claim"/> on its own: id, document id, text, attribution, event, quantities, and a
/// target only on denials. Whether its span fits its document is a question for <see cref="ClaimSetValidator"/>.
/// </summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class ClaimValidator : AbstractValidator<Claim>
{
    /// <summary>Initializes the validator's rules.</summary>
    public ClaimValidator()
    {
        RuleFor(c => c.Id).Must(id => !id.IsDefault).OverridePropertyName("id").WithMessage("The id is default(ClaimId).");
        RuleFor(c => c.DocumentId).Must(id => Document.CheckId(id) is null).OverridePropertyName("documentId")
            .WithMessage(c => Document.CheckId(c.DocumentId));
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t) && t.Length <= Claim.MaxTextLength)
            .OverridePropertyName("text").WithMessage(c => Messages.ClaimText(c.Text.Length, Claim.MaxTextLength));
        RuleFor(c => c.Attribution).NotNull().SetValidator(new AttributionValidator()).OverridePropertyName("attribution");
        RuleFor(c => c.AssertedOn).Must(t => t is not { IsDefault: true }).OverridePropertyName("assertedOn")
            .WithMessage("The time is default(TimeReference); use null for unknown.");
        RuleFor(c => c.Event!).SetValidator(new ClaimEventValidator()).When(c => c.Event is not null).OverridePropertyName("event");
        RuleForEach(c => c.Quantities).SetValidator(new QuantityValidator()).OverridePropertyName("quantities");
        RuleFor(c => c.Polarity).IsInEnum().OverridePropertyName("polarity");
        RuleFor(c => c.Target).Must((c, t) => t is null || (c.Polarity == Polarity.Denies && !t.Value.IsDefault && t != c.Id))
            .OverridePropertyName("target").WithMessage("Only a denial has a target, and it must be another claim's id.");
    }
}
