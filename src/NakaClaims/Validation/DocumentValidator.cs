using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks a <see cref="Document"/>: a valid id and length, tidy texts, a real date.</summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class DocumentValidator : AbstractValidator<Document>
{
    /// <summary>Initializes the validator's rules.</summary>
    public DocumentValidator()
    {
        RuleFor(d => d.Id).Must(id => Document.CheckId(id) is null).OverridePropertyName("id")
            .WithMessage(d => Document.CheckId(d.Id));
        RuleFor(d => d.Length).GreaterThanOrEqualTo(0).OverridePropertyName("length");
        RuleFor(d => d.Publisher).Tidy(Actor.MaxTextLength).OverridePropertyName("publisher");
        RuleFor(d => d.Place).Tidy(Actor.MaxTextLength).OverridePropertyName("place");
        RuleFor(d => d.Published).Must(t => t is not { IsDefault: true }).OverridePropertyName("published")
            .WithMessage("The date is default(TimeReference); use null for unknown.");
    }
}
