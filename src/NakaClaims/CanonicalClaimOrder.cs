namespace NakaClaims;

// The one order in which claims are stored and written: by document, then by where they stand, then by id.
internal sealed class CanonicalClaimOrder : IComparer<Claim>
{
    public static readonly CanonicalClaimOrder Instance = new();

    public int Compare(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.DocumentId, y.DocumentId);
        if (c == 0)
        {
            c = x.Span.CompareTo(y.Span);
        }

        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}
