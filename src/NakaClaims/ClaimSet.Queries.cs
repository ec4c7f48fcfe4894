using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NakaClaims.Analysis;

namespace NakaClaims;

public sealed partial class ClaimSet
{
    /// <summary>Finds a document by id.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="document">The document, when present.</param>
    /// <returns><see langword="true"/> when the set holds a document with that id.</returns>
    public bool TryGetDocument(string id, [NotNullWhen(true)] out Document? document)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _documents.TryGetValue(id, out document);
    }

    /// <summary>Gets a document by id.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The document.</returns>
    /// <exception cref="KeyNotFoundException">The set holds no document with that id.</exception>
    public Document GetDocument(string id) =>
        TryGetDocument(id, out var document) ? document : throw new KeyNotFoundException($"The claim set holds no document with id '{id}'.");

    /// <summary>Finds a claim by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, when present.</param>
    /// <returns><see langword="true"/> when the set holds a claim with that id.</returns>
    public bool TryGetClaim(ClaimId id, [NotNullWhen(true)] out Claim? claim) => _claims.TryGetValue(id, out claim);

    /// <summary>Gets a claim by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">The set holds no claim with that id.</exception>
    public Claim GetClaim(ClaimId id) =>
        TryGetClaim(id, out var claim) ? claim : throw new KeyNotFoundException($"The claim set holds no claim with id '{id}'.");

    /// <summary>Gets the claims found in a document, in the order they stand.</summary>
    /// <param name="documentId">The document id.</param>
    /// <returns>The claims; empty for an unknown document.</returns>
    public ImmutableArray<Claim> ClaimsInDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return _claimsByDocument.TryGetValue(documentId, out var claims) ? claims : [];
    }

    /// <summary>
    /// Gets the claims whose claimant has the given name or organization (ordinal, ignoring case), in canonical order.
    /// </summary>
    /// <param name="nameOrOrganization">A claimant's name ("Stepanyan") or organization ("Ministry of National Defense").</param>
    /// <returns>The claims.</returns>
    public ImmutableArray<Claim> ClaimsBy(string nameOrOrganization)
    {
        ArgumentNullException.ThrowIfNull(nameOrOrganization);
        return [.. Claims.Where(c => Matches(c.Claimant.Name) || Matches(c.Claimant.Organization))];

        bool Matches(string? text) => string.Equals(text, nameOrOrganization, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets the claims whose claimant speaks for the given side, in canonical order.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The claims.</returns>
    public ImmutableArray<Claim> ClaimsForSide(Side side) => [.. Claims.Where(c => c.Claimant.Side == side)];

    /// <summary>Gets the claims about events of the given type, in canonical order.</summary>
    /// <param name="eventType">The event type.</param>
    /// <returns>The claims.</returns>
    public ImmutableArray<Claim> ClaimsAbout(EventType eventType) => [.. Claims.Where(c => c.Event?.Type == eventType)];

    /// <summary>Gets every link that starts or ends at the given claim, in canonical order.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The links; empty when there are none or the claim is unknown.</returns>
    public ImmutableArray<ClaimLink> LinksOf(ClaimId id) => _linksByClaim.TryGetValue(id, out var links) ? links : [];

    /// <summary>Gets the claims that contradict, or are contradicted by, the given claim.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The other claims, in canonical order.</returns>
    public ImmutableArray<Claim> ContradictionsOf(ClaimId id) => Neighbours(id, LinkType.Contradicts);

    /// <summary>Gets the claims that corroborate, or are corroborated by, the given claim.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The other claims, in canonical order.</returns>
    public ImmutableArray<Claim> CorroborationsOf(ClaimId id) => Neighbours(id, LinkType.Corroborates);

    /// <summary>
    /// Gets the claims that say when their event happened (or, failing that, when they were asserted), ordered
    /// by that time. Precision is respected: a period sorts by its start, and a wider period before a narrower
    /// one that starts with it ("2020-09" before "2020-09-01"); ties keep canonical claim order.
    /// </summary>
    /// <returns>The timeline.</returns>
    public ImmutableArray<TimelineEntry> Timeline() =>
    [
        .. Claims.Select((c, i) => (Claim: c, Index: i, When: c.Event?.On ?? c.AssertedOn))
            .Where(e => e.When is not null)
            .OrderBy(e => e.When!.Value)
            .ThenBy(e => e.Index)
            .Select(e => new TimelineEntry(e.When!.Value, e.Claim)),
    ];

    private ImmutableArray<Claim> Neighbours(ClaimId id, LinkType type) =>
    [
        .. LinksOf(id).Where(l => l.Type == type).Select(l => l.From == id ? l.To : l.From).Distinct()
            .Select(GetClaim).Order(CanonicalClaimOrder.Instance),
    ];
}
