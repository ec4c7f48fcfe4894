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
        RuleFor(s => s).Custom((set, context) =>
        {
            foreach (var failure in CrossCheck(set))
            {
                context.AddFailure(failure);
            }
        });
    }

    // What only the whole set can tell. ClaimSet.Create runs just this: the per-item rules above restate
    // invariants that every model factory already enforces, and re-checking a million claims with them
    // dominated the cost of building a set.
    internal static List<ValidationFailure> CrossCheck(ClaimSet set)
    {
        var failures = new List<ValidationFailure>();
        var ids = new HashSet<ClaimId>(set.Claims.Length);
        CheckDocuments(set, failures);
        CheckClaims(set, ids, failures);
        CheckLinks(set, ids, failures);
        return failures;
    }

    private static void CheckDocuments(ClaimSet set, List<ValidationFailure> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Documents.Length; i++)
        {
            if (!seen.Add(set.Documents[i].Id))
            {
                Fail(failures, $"documents[{i}].id", $"The document id '{set.Documents[i].Id}' is used by more than one document.");
            }
        }
    }

    // Fills ids with every claim id, which the link checks then reuse.
    private static void CheckClaims(ClaimSet set, HashSet<ClaimId> ids, List<ValidationFailure> failures)
    {
        var documents = new Dictionary<string, Document>(set.Documents.Length, StringComparer.Ordinal);
        foreach (var d in set.Documents)
        {
            documents.TryAdd(d.Id, d);
        }

        for (var i = 0; i < set.Claims.Length; i++)
        {
            if (!ids.Add(set.Claims[i].Id))
            {
                Fail(failures, $"claims[{i}].id", $"The claim id '{set.Claims[i].Id}' is used by more than one claim.");
            }
        }

        Document? previous = null;
        for (var i = 0; i < set.Claims.Length; i++)
        {
            var claim = set.Claims[i];

            if (claim.Target is { } target && !ids.Contains(target))
            {
                Fail(failures, $"claims[{i}].target", $"The claim '{claim.Id}' denies '{target}', which is not in the set.");
            }

            // A document's claims usually come together, so most claims name the document of the one before.
            var document = previous is not null && string.Equals(previous.Id, claim.DocumentId, StringComparison.Ordinal) ? previous
                : documents.GetValueOrDefault(claim.DocumentId);
            if (document is null)
            {
                Fail(failures, $"claims[{i}].documentId", $"The claim '{claim.Id}' names document '{claim.DocumentId}', which is not in the set; add the document first.");
                continue;
            }

            previous = document;
            CheckAgainstDocument(failures, i, claim, document);
        }
    }

    private static void CheckAgainstDocument(List<ValidationFailure> failures, int i, Claim claim, Document document)
    {
        if (!claim.Span.FitsIn(document.Length))
        {
            Fail(failures, $"claims[{i}].span", $"The span {claim.Span} of claim '{claim.Id}' ends past the end of document '{document.Id}', which has {document.Length} characters.");
        }

        if (claim.AssertedOn is { } asserted && document.Published is { } published && asserted.LocalStart >= published.LocalEnd)
        {
            Fail(failures, $"claims[{i}].assertedOn", $"The claim '{claim.Id}' is asserted on {asserted}, after its document '{document.Id}' was published ({published}).");
        }
    }

    private static void CheckLinks(ClaimSet set, HashSet<ClaimId> ids, List<ValidationFailure> failures)
    {
        for (var i = 0; i < set.Links.Length; i++)
        {
            var link = set.Links[i];
            if (!link.From.IsDefault && !ids.Contains(link.From))
            {
                Fail(failures, $"links[{i}].from", $"The link starts at claim '{link.From}', which is not in the set.");
            }

            if (!link.To.IsDefault && !ids.Contains(link.To))
            {
                Fail(failures, $"links[{i}].to", $"The link ends at claim '{link.To}', which is not in the set.");
            }
        }
    }

    private static void Fail(List<ValidationFailure> failures, string path, string message) =>
        failures.Add(new ValidationFailure(path, message));
}
