using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using NakaClaims.Analysis;

namespace NakaClaims;

public sealed partial class ClaimSet
{
    /// <summary>Returns a set that also holds the links the comparison engine finds between its claims.</summary>
    /// <param name="linker">The engine to use, or <see langword="null"/> for <see cref="ClaimLinker.Default"/>.</param>
    /// <returns>The linked set; links already present are kept and not repeated.</returns>
    [Pure]
    public ClaimSet Linked(ClaimLinker? linker = null) => WithLinks((linker ?? ClaimLinker.Default).Link(Claims));

    /// <summary>
    /// Gets the disputes: claims joined by contradiction links, grouped by what they disagree on (the links'
    /// basis) and, within a dispute, by the value each claim holds.
    /// </summary>
    /// <remarks>
    /// Without values to compare, the positions are "affirms" and "denies". A denial of a denial affirms what the
    /// first one denied ("these allegations are groundless", said of "we lost no aircraft"); denials that deny each
    /// other in a loop are all denials.
    /// </remarks>
    /// <returns>The disputes, ordered by their first claim.</returns>
    public ImmutableArray<Dispute> Disputes() =>
    [
        .. Components(LinkType.Contradicts).Select(c => BuildDispute(c.Basis, c.Claims, c.Links)),
    ];

    /// <summary>Gets the corroborations: claims joined by corroboration links, one group per proposition.</summary>
    /// <returns>The corroborations, ordered by their first claim.</returns>
    public ImmutableArray<Corroboration> Corroborations() =>
    [
        .. Components(LinkType.Corroborates).Select(c => new Corroboration(Proposition(c.Claims[0]), c.Claims, c.Links)),
    ];

    // Connected groups of claims joined by links of one type and one basis, each in canonical order.
    private IEnumerable<(string Basis, ImmutableArray<Claim> Claims, ImmutableArray<ClaimLink> Links)> Components(LinkType type)
    {
        var index = new Dictionary<ClaimId, int>(Claims.Length);
        for (var i = 0; i < Claims.Length; i++)
        {
            index[Claims[i].Id] = i;
        }

        var found = new List<(int First, string Basis, ImmutableArray<Claim> Claims, ImmutableArray<ClaimLink> Links)>();
        foreach (var byBasis in Links.Where(l => l.Type == type).GroupBy(l => l.Basis ?? string.Empty, StringComparer.Ordinal))
        {
            var sets = new DisjointSet(Claims.Length);
            foreach (var link in byBasis)
            {
                sets.Union(index[link.From], index[link.To]);
            }

            foreach (var component in byBasis.GroupBy(l => sets.Find(index[l.From])))
            {
                var members = component.SelectMany(l => new[] { index[l.From], index[l.To] }).Distinct().Order().ToArray();
                found.Add((members[0], byBasis.Key, [.. members.Select(i => Claims[i])], [.. component]));
            }
        }

        return found.OrderBy(f => f.First).ThenBy(f => f.Basis, StringComparer.Ordinal).Select(f => (f.Basis, f.Claims, f.Links));
    }

    private static Dispute BuildDispute(string basis, ImmutableArray<Claim> claims, ImmutableArray<ClaimLink> links)
    {
        var key = claims.Select(c => FindKey(c, basis)).FirstOrDefault(k => k is not null);

        // Mutual accusations affirm the same kind of event with different culprits: the culprit is the position.
        var blames = claims.All(c => c.Polarity == Polarity.Affirms) && claims.Select(c => c.Event?.Agent).Distinct().Count() > 1;
        var stances = Stances(claims);
        var positions = claims
            .GroupBy(c => key is { } k ? ValueFor(c, k) : !stances[c.Id] ? "denies" : blames ? $"blames {c.Event?.Agent}" : "affirms", StringComparer.Ordinal)
            .Select(g => new DisputePosition(g.Key, [.. g]))
            .ToImmutableArray();
        var subject = key is { } found
            ? Join(found.ToString(), claims.Select(c => c.Event?.On).FirstOrDefault(t => t is not null))
            : Proposition(claims.FirstOrDefault(c => c.Polarity == Polarity.Affirms) ?? claims[0], withAgent: !blames);
        return new Dispute(subject, basis, positions, links);
    }

    // Whether each claim of a dispute holds what is disputed: an affirmation does, a denial of it does not, and a
    // denial of a denial does again ("Azerbaijan's allegations are groundless", of "we lost no aircraft"). A chain
    // of denials is followed to the claim it starts from; one that loops back on itself is a plain denial.
    private static Dictionary<ClaimId, bool> Stances(ImmutableArray<Claim> claims)
    {
        var byId = claims.ToDictionary(c => c.Id);
        var stances = new Dictionary<ClaimId, bool>(claims.Length);
        foreach (var claim in claims)
        {
            var (at, denials, seen, loops) = (claim, 0, new HashSet<ClaimId> { claim.Id }, false);
            while (!loops && at.Polarity == Polarity.Denies && at.Target is { } target && byId.TryGetValue(target, out var denied))
            {
                loops = !seen.Add(target);
                (at, denials) = (denied, denials + 1);
            }

            stances[claim.Id] = loops ? claim.Polarity == Polarity.Affirms : (at.Polarity == Polarity.Affirms) == (denials % 2 == 0);
        }

        return stances;
    }

    private static QuantityKey? FindKey(Claim claim, string basis)
    {
        foreach (var q in claim.Quantities)
        {
            if (claim.Event is { } e && new QuantityKey(e.Type, q.Item, q.Owner) is var key && key.Basis == basis)
            {
                return key;
            }
        }

        return null;
    }

    private static string ValueFor(Claim claim, QuantityKey key) =>
        claim.Quantities.FirstOrDefault(q => q.Item == key.Item && Nullable.Equals(q.Owner, key.Owner)) is { IsDefault: false } q
            ? q.FormatValue()
            : "unspecified";

    private static string Proposition(Claim claim, bool withAgent = true)
    {
        if (claim.Event is not { } e)
        {
            return claim.Text.Length <= 80 ? claim.Text : string.Concat(claim.Text.AsSpan(0, 79), "…");
        }

        var what = e.Agent is { } agent && withAgent ? $"{e.Type.DisplayName} by {agent}" : e.Type.DisplayName;
        return Join(e.Place is null ? what : $"{what} in {e.Place}", e.On);
    }

    private static string Join(string what, Time.TimeReference? when) => when is { } t ? $"{what}, {t}" : what;
}
