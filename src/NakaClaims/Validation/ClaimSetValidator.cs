using FluentValidation;
using FluentValidation.Results;

namespace NakaClaims.Validation;

/// <summary>
/// Checks a whole <see cref="ClaimSet"/>: every document, claim and link on its own, and what only the whole
/// can tell: unique ids, each claim's document present, spans inside their document, no claim asserted after
/// its document was published, denial targets and link ends that exist.
/// </summary>
/// <remarks>
/// Errors name their path in the JSON format's terms, such as <c>claims[3].span</c>; indexes count the
/// contents in the order they were given. <see cref="ClaimSet.Create"/> runs this validator, so a set you
/// hold has passed it. Instances are thread-safe.
/// </remarks>
public sealed class ClaimSetValidator : AbstractValidator<ClaimSet>
{
    /// <summary>Initializes the validator's rules.</summary>
    public ClaimSetValidator()
    {
        RuleForEach(s => s.Documents).SetValidator(new DocumentValidator()).OverridePropertyName("documents");
        RuleForEach(s => s.Claims).SetValidator(new ClaimValidator()).OverridePropertyName("claims");
        RuleForEach(s => s.Links).SetValidator(new ClaimLinkValidator()).OverridePropertyName("links");
        RuleFor(s => s).Custom(CheckDocuments);
        RuleFor(s => s).Custom(CheckClaims);
        RuleFor(s => s).Custom(CheckLinks);
    }

    private static void CheckDocuments(ClaimSet set, ValidationContext<ClaimSet> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Documents.Length; i++)
        {
            if (!seen.Add(set.Documents[i].Id))
            {
                Fail(context, $"documents[{i}].id", $"The document id '{set.Documents[i].Id}' is used by more than one document.");
            }
        }
    }

    private static void CheckClaims(ClaimSet set, ValidationContext<ClaimSet> context)
    {
        var documents = set.Documents.DistinctBy(d => d.Id, StringComparer.Ordinal).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var ids = set.Claims.Select(c => c.Id).ToHashSet();
        var seen = new HashSet<ClaimId>();
        for (var i = 0; i < set.Claims.Length; i++)
        {
            var claim = set.Claims[i];
            if (!seen.Add(claim.Id))
            {
                Fail(context, $"claims[{i}].id", $"The claim id '{claim.Id}' is used by more than one claim.");
            }

            if (claim.Target is { } target && !ids.Contains(target))
            {
                Fail(context, $"claims[{i}].target", $"The claim '{claim.Id}' denies '{target}', which is not in the set.");
            }

            if (!documents.TryGetValue(claim.DocumentId, out var document))
            {
                Fail(context, $"claims[{i}].documentId", $"The claim '{claim.Id}' names document '{claim.DocumentId}', which is not in the set; add the document first.");
                continue;
            }

            CheckAgainstDocument(context, i, claim, document);
        }
    }

    private static void CheckAgainstDocument(ValidationContext<ClaimSet> context, int i, Claim claim, Document document)
    {
        if (!claim.Span.FitsIn(document.Length))
        {
            Fail(context, $"claims[{i}].span", $"The span {claim.Span} of claim '{claim.Id}' ends past the end of document '{document.Id}', which has {document.Length} characters.");
        }

        if (claim.AssertedOn is { } asserted && document.Published is { } published && asserted.LocalStart >= published.LocalEnd)
        {
            Fail(context, $"claims[{i}].assertedOn", $"The claim '{claim.Id}' is asserted on {asserted}, after its document '{document.Id}' was published ({published}).");
        }
    }

    private static void CheckLinks(ClaimSet set, ValidationContext<ClaimSet> context)
    {
        var ids = set.Claims.Select(c => c.Id).ToHashSet();
        for (var i = 0; i < set.Links.Length; i++)
        {
            var link = set.Links[i];
            if (!link.From.IsDefault && !ids.Contains(link.From))
            {
                Fail(context, $"links[{i}].from", $"The link starts at claim '{link.From}', which is not in the set.");
            }

            if (!link.To.IsDefault && !ids.Contains(link.To))
            {
                Fail(context, $"links[{i}].to", $"The link ends at claim '{link.To}', which is not in the set.");
            }
        }
    }

    private static void Fail(ValidationContext<ClaimSet> context, string path, string message) =>
        context.AddFailure(new ValidationFailure(path, message));
}
