using System.Collections.Immutable;

namespace NakaClaims.Analysis;

// Gathers links from several rules, keeping the first of any that join the same pair with the same type.
internal sealed class LinkCollector
{
    private readonly HashSet<(LinkType, ClaimId, ClaimId)> _pairs = [];
    private readonly List<ClaimLink> _links = [];

    public void Add(ClaimLink link)
    {
        var key = link.From < link.To ? (link.Type, link.From, link.To) : (link.Type, link.To, link.From);
        if (_pairs.Add(key))
        {
            _links.Add(link);
        }
    }

    public ImmutableArray<ClaimLink> ToCanonical() => [.. _links.Order(CanonicalLinkOrder.Instance)];
}
