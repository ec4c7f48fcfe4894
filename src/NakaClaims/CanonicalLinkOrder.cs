namespace NakaClaims;

// The one order in which links are stored and written: by type, then from, then to, then basis and reason.
internal sealed class CanonicalLinkOrder : IComparer<ClaimLink>
{
    public static readonly CanonicalLinkOrder Instance = new();

    public int Compare(ClaimLink? x, ClaimLink? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // Compared as numbers: Enum.CompareTo boxes both values, for every comparison of a sort.
        var c = ((int)x.Type).CompareTo((int)y.Type);
        if (c == 0)
        {
            c = x.From.CompareTo(y.From);
        }

        if (c == 0)
        {
            c = x.To.CompareTo(y.To);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Basis, y.Basis);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Reason, y.Reason);
    }
}
