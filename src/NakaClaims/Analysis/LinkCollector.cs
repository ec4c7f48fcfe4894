using System.Collections.Immutable;

namespace NakaClaims.Analysis;

// Gathers links between claims known by their index in canonical order, keeping the first link of any type
// between the same pair, and gives them back ordered by type, then from, then to (in claim order): integer
// work only, so that millions of links stay cheap.
internal sealed class LinkCollector(Claim[] claims)
{
    private readonly HashSet<(LinkType, int, int)> _pairs = [];
    private readonly List<(LinkType Type, int From, int To, string Reason, string? Basis)> _links = [];

    public void Add(LinkType type, int from, int to, string reason, string? basis)
    {
        if (from != to && _pairs.Add(from < to ? (type, from, to) : (type, to, from)))
        {
            _links.Add((type, from, to, reason, basis));
        }
    }

    public ImmutableArray<ClaimLink> ToOrdered()
    {
        _links.Sort((a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
        var result = ImmutableArray.CreateBuilder<ClaimLink>(_links.Count);
        foreach (var (type, from, to, reason, basis) in _links)
        {
            result.Add(ClaimLink.Trusted(type, claims[from].Id, claims[to].Id, reason, basis));
        }

        return result.MoveToImmutable();
    }
}
