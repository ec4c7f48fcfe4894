using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using FluentValidation;
using FluentValidation.Results;
using NakaClaims.Validation;

namespace NakaClaims;

/// <summary>
/// An immutable, indexed collection of documents, the claims found in them and the links between claims,
/// with the queries an analyst asks: what is disputed, what is corroborated, in which order things happened.
/// </summary>
/// <remarks>
/// <para>
/// A set is always valid: <see cref="Create"/> checks every claim's document and span, link endpoints and id
/// uniqueness, and reports every problem at once. Contents are kept in canonical order: documents by id,
/// claims by document then span then id, links by type, from, to. The same contents therefore give the same
/// order, and the same canonical JSON.
/// </para>
/// <para>Instances are immutable and thread-safe; queries allocate only their results.</para>
/// </remarks>
public sealed partial class ClaimSet
{
    private readonly Dictionary<string, Document> _documents;
    private readonly Dictionary<ClaimId, Claim> _claims;
    private readonly Dictionary<string, ImmutableArray<Claim>> _claimsByDocument;
    private readonly Dictionary<ClaimId, ImmutableArray<ClaimLink>> _linksByClaim;

    private ClaimSet(ImmutableArray<Document> documents, ImmutableArray<Claim> claims, ImmutableArray<ClaimLink> links, bool canonical)
    {
        Documents = canonical ? Sorted(documents, DocumentOrder) : documents;
        Claims = canonical ? Sorted(claims, CanonicalClaimOrder.Instance) : claims;
        Links = canonical ? Sorted(links, CanonicalLinkOrder.Instance) : links;
        if (!canonical)
        {
            // A draft only exists to be checked; its indexes would be thrown away.
            _documents = [];
            _claims = [];
            _claimsByDocument = [];
            _linksByClaim = [];
            return;
        }

        _documents = new Dictionary<string, Document>(Documents.Length, StringComparer.Ordinal);
        foreach (var d in Documents)
        {
            _documents.TryAdd(d.Id, d);
        }

        _claims = new Dictionary<ClaimId, Claim>(Claims.Length);
        foreach (var c in Claims)
        {
            _claims.TryAdd(c.Id, c);
        }

        _claimsByDocument = ByDocument(Claims);
        _linksByClaim = IndexLinks(Links);
    }

    /// <summary>Gets the empty claim set.</summary>
    /// <value>A set with no documents, claims or links.</value>
    public static ClaimSet Empty { get; } = new([], [], [], canonical: true);

    /// <summary>Gets the documents, ordered by id.</summary>
    /// <value>The documents.</value>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>Gets the claims, ordered by document id, then span, then id.</summary>
    /// <value>The claims.</value>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the links, ordered by type, then from, then to.</summary>
    /// <value>The links.</value>
    public ImmutableArray<ClaimLink> Links { get; }

    /// <summary>Creates a claim set, checking it as a whole.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="claims">The claims; each one's document must be among <paramref name="documents"/>.</param>
    /// <param name="links">The links, or <see langword="null"/> for none.</param>
    /// <returns>The claim set, in canonical order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="claims"/> is null, or contains null.</exception>
    /// <exception cref="ValidationException">The contents are inconsistent; the message lists every problem with its path, such as <c>claims[3].span</c>.</exception>
    public static ClaimSet Create(IEnumerable<Document> documents, IEnumerable<Claim> claims, IEnumerable<ClaimLink>? links = null)
    {
        var draft = Draft(documents, claims, links);
        var errors = ClaimSetValidator.CrossCheck(draft);
        return errors.Count == 0 ? draft.Canonical() : throw new ValidationException(DescribeFailures(errors), errors);
    }

    /// <summary>Tries to create a claim set; on failure, says why instead of throwing.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="links">The links, or <see langword="null"/> for none.</param>
    /// <param name="claimSet">The claim set, when the contents are consistent.</param>
    /// <param name="errors">Every problem found, each with its path; empty on success.</param>
    /// <returns><see langword="true"/> when the contents are consistent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="claims"/> is null, or contains null.</exception>
    public static bool TryCreate(
        IEnumerable<Document> documents,
        IEnumerable<Claim> claims,
        IEnumerable<ClaimLink>? links,
        [NotNullWhen(true)] out ClaimSet? claimSet,
        out IReadOnlyList<ValidationFailure> errors)
    {
        var draft = Draft(documents, claims, links);
        var failures = ClaimSetValidator.CrossCheck(draft);
        errors = failures;
        claimSet = failures.Count == 0 ? draft.Canonical() : null;
        return claimSet is not null;
    }

    /// <summary>Returns a set with the given links added (links already present are not repeated).</summary>
    /// <param name="links">The links to add.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ValidationException">A link points at a claim that is not in the set.</exception>
    [Pure]
    public ClaimSet WithLinks(IEnumerable<ClaimLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var present = Links.Select(PairKey).ToHashSet();
        var added = links.Where(l => present.Add(PairKey(l)));
        return Create(Documents, Claims, Links.Concat(added));
    }

    /// <summary>Returns a set that also holds the documents, claims and links of <paramref name="other"/>.</summary>
    /// <param name="other">The set to merge in.</param>
    /// <returns>The merged set.</returns>
    /// <exception cref="ValidationException">The two sets share a document or claim id.</exception>
    [Pure]
    public ClaimSet Merge(ClaimSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(Documents.Concat(other.Documents), Claims.Concat(other.Claims), Links.Concat(other.Links));
    }

    /// <summary>Describes the set: "ClaimSet: 3 documents, 40 claims, 5 links".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"ClaimSet: {Documents.Length} documents, {Claims.Length} claims, {Links.Length} links";

    internal static ClaimSet Draft(IEnumerable<Document> documents, IEnumerable<Claim> claims, IEnumerable<ClaimLink>? links)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(claims);
        var docs = documents.ToImmutableArray();
        var all = claims.ToImmutableArray();
        var joins = links?.ToImmutableArray() ?? [];
        if (docs.Contains(null!) || all.Contains(null!) || joins.Contains(null!))
        {
            throw new ArgumentNullException(nameof(claims), "The documents, claims and links must not contain null.");
        }

        return new ClaimSet(docs, all, joins, canonical: false);
    }

    // Contradiction and corroboration are symmetric, so a link and its reverse are the same fact.
    private static (LinkType, ClaimId, ClaimId) PairKey(ClaimLink l) =>
        l.From < l.To ? (l.Type, l.From, l.To) : (l.Type, l.To, l.From);

    // Claims are in canonical order, so each document's claims are one contiguous run.
    private static Dictionary<string, ImmutableArray<Claim>> ByDocument(ImmutableArray<Claim> claims)
    {
        var result = new Dictionary<string, ImmutableArray<Claim>>(StringComparer.Ordinal);
        for (var start = 0; start < claims.Length;)
        {
            var end = start + 1;
            while (end < claims.Length && claims[end].DocumentId == claims[start].DocumentId)
            {
                end++;
            }

            result[claims[start].DocumentId] = claims.Slice(start, end - start);
            start = end;
        }

        return result;
    }

    private static Dictionary<ClaimId, ImmutableArray<ClaimLink>> IndexLinks(ImmutableArray<ClaimLink> links)
    {
        var byClaim = new Dictionary<ClaimId, ImmutableArray<ClaimLink>.Builder>();
        void Add(ClaimId id, ClaimLink link)
        {
            if (!byClaim.TryGetValue(id, out var list))
            {
                byClaim[id] = list = ImmutableArray.CreateBuilder<ClaimLink>();
            }

            list.Add(link);
        }

        foreach (var link in links)
        {
            Add(link.From, link);
            if (link.To != link.From)
            {
                Add(link.To, link);
            }
        }

        return byClaim.ToDictionary(p => p.Key, p => p.Value.ToImmutable());
    }

    private static readonly Comparer<Document> DocumentOrder = Comparer<Document>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    // Contents usually arrive in order already (from a loader or from another set): checking is linear.
    private static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items, IComparer<T> order)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (order.Compare(items[i - 1], items[i]) > 0)
            {
                var copy = items.ToArray();
                Array.Sort(copy, order);
                return [.. copy];
            }
        }

        return items;
    }

    private ClaimSet Canonical() => new(Documents, Claims, Links, canonical: true);

    private static string DescribeFailures(IEnumerable<ValidationFailure> errors) =>
        "The claim set is invalid:" + string.Concat(errors.Select(e => $"{Environment.NewLine} -- {e.PropertyName}: {e.ErrorMessage}"));
}
