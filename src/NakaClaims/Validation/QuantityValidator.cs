using FluentValidation;

namespace NakaClaims.Validation;

/// <summary>Checks a <see cref="Quantity"/>: a value, non-negative and consistent bounds, an item.</summary>
/// <remarks>Property names are camel case, as in the JSON format. Instances are thread-safe.</remarks>
public sealed class QuantityValidator : AbstractValidator<Quantity>
{
    /// <summary>Initializes the validator's rules.</summary>
    public QuantityValidator()
    {
        RuleFor(q => q.Item).Must(i => i.Length > 0).OverridePropertyName("item")
            .WithMessage("The quantity is default(Quantity) or has no item.");
        RuleFor(q => q.Item).Tidy(Quantity.MaxItemLength).OverridePropertyName("item");
        RuleFor(q => q).Must(q => q.Count is not null || q.Min is not null || q.Max is not null)
            .OverridePropertyName("count").WithMessage("A quantity needs a count, a min or a max.");
        RuleFor(q => q.Count).GreaterThanOrEqualTo(0).OverridePropertyName("count");
        RuleFor(q => q.Min).GreaterThanOrEqualTo(0).OverridePropertyName("min");
        RuleFor(q => q.Max).GreaterThanOrEqualTo(0).OverridePropertyName("max");
        RuleFor(q => q).Must(q => !(q.Min > q.Max || q.Count < q.Min || q.Count > q.Max))
            .OverridePropertyName("min").WithMessage(q => $"Need min <= count <= max; got count {q.Count}, min {q.Min}, max {q.Max}.");
        RuleFor(q => q).Must(q => !q.Approximate || q.Count is not null)
            .OverridePropertyName("approximate").WithMessage("An approximate quantity needs a count.");
    }
}
