using NakaClaims.Time;

namespace NakaClaims.Benchmarks;

/// <summary>Generated claim sets for the linking and JSON benchmarks.</summary>
public static class ClaimSetGenerator
{
    private static readonly Side[] Sides = [Side.Create("Armenia"), Side.Create("Azerbaijan")];
    private static readonly EventType[] Events = [.. new[] { "killed", "injured", "destroyed", "shot-down", "captured", "shelled", "ceasefire-violation", "expressed-concern" }.Select(EventType.Create)];
    private static readonly string[] Items = ["soldier", "civilian", "tank", "drone", "helicopter", "village", "artillery piece", "armored vehicle", "aircraft", "rocket launcher"];
    private static readonly string[] Places = ["Nagorno-Karabakh", "Stepanakert", "Ganja", "Jabrayil", "Fuzuli", "Shusha", "Tartar", "Hadrut"];

    /// <summary>
    /// Claims per day of the calendar in <see cref="Realistic"/>: a year of days at 1M claims.
    /// </summary>
    public const int ClaimsPerDay = 2_740;

    /// <summary>
    /// A realistic archive: 40% of claims state a count; counts are about one of 8 event types × 10 items × 2
    /// owners × 8 places; on each key and day most claimants repeat the same figure and one in five, from the
    /// other side, gives another. The rest are uncounted events (martial law, calls) that corroborate or deny
    /// one another. An archive grows by covering more days, not by more reports of the same day, so the
    /// calendar grows with the claims (<see cref="ClaimsPerDay"/>): the share of claims that meet another on
    /// their key and day is the same at every size, that of a year of days at 1M.
    /// </summary>
    public static (Document[] Documents, Claim[] Claims) Realistic(int count, int seed = 1) =>
        Create(count, seed, dense: false, days: Math.Max(1, (count + ClaimsPerDay - 1) / ClaimsPerDay));

    /// <summary>
    /// The realistic mix of <see cref="Realistic"/> on a fixed year of days, whatever the size: ten times the
    /// claims meet ten times as many others on each key-day, so links grow faster than claims.
    /// </summary>
    public static (Document[] Documents, Claim[] Claims) OneYear(int count, int seed = 1) => Create(count, seed, dense: false, days: 365);

    /// <summary>
    /// A stress case: every claim counts one of 4 × 6 × 2 keys over 45 days with a random value from 1 to 5,
    /// so every key-day is a many-sided dispute. Link count, not grouping, dominates here.
    /// </summary>
    public static (Document[] Documents, Claim[] Claims) Dense(int count, int seed = 1) => Create(count, seed, dense: true, days: 45);

    private static (Document[] Documents, Claim[] Claims) Create(int count, int seed, bool dense, int days)
    {
        var random = new Random(seed);
        var claimants = Enumerable.Range(0, 400).Select(i => Actor.Create($"Speaker{i}", null, null, Sides[i % 2])).ToArray();
        const int perDocument = 20;
        var documents = Enumerable.Range(0, (count + perDocument - 1) / perDocument)
            .Select(d => Document.Create($"doc{d:0000000}", 100_000, "China News Service")).ToArray();
        var claims = new Claim[count];
        var start = new NodaTime.LocalDate(2020, 9, 27);
        for (var i = 0; i < count; i++)
        {
            var document = documents[i / perDocument];
            var span = TextSpan.Create((i % perDocument) * 100, 80);
            var claimant = claimants[random.Next(claimants.Length)];
            var claim = Claim.Create(ClaimId.ForSpan(document.Id, span), document.Id, "generated claim", span, Attribution.Create(claimant));
            claims[i] = dense ? DenseClaim(claim, random, start, days) : RealisticClaim(claim, claimant, random, start, days);
        }

        return (documents, claims);
    }

    private static Claim DenseClaim(Claim claim, Random random, NodaTime.LocalDate start, int days)
    {
        var day = TimeReference.OfDay(start.PlusDays(random.Next(days)));
        var quantity = Quantity.Exactly(random.Next(1, 6), Items[random.Next(6)], owner: Sides[random.Next(2)]);
        return claim.WithEvent(ClaimEvent.Create(Events[random.Next(4)], day, null, Sides[random.Next(2)])).WithQuantities([quantity]);
    }

    private static Claim RealisticClaim(Claim claim, Actor claimant, Random random, NodaTime.LocalDate start, int days)
    {
        var dayNumber = random.Next(days);
        var day = TimeReference.OfDay(start.PlusDays(dayNumber));
        var type = random.Next(Events.Length);
        var place = Places[random.Next(Places.Length)];
        var e = ClaimEvent.Create(Events[type], day, place, Sides[random.Next(2)]);
        if (random.NextDouble() >= 0.4)
        {
            return random.NextDouble() < 0.05 ? claim.WithEvent(e).AsDenialOf(null) : claim.WithEvent(e);
        }

        var item = random.Next(Items.Length);
        var owner = Sides[random.Next(2)];

        // The figure a key-day "really" has, the same for every claim about it; the other side disputes it.
        var truth = 1 + (int)(((uint)(type * 7919 + item * 104729 + (owner == Sides[0] ? 1 : 2) * 1299709 + Array.IndexOf(Places, place) * 15485863 + dayNumber * 32452843)) % 40);
        var disputed = claimant.Side == owner ? false : random.NextDouble() < 0.2;
        var value = disputed ? truth * 2 + 3 : truth;
        return claim.WithEvent(ClaimEvent.Create(Events[type], day, place)).WithQuantities([Quantity.Exactly(value, Items[item], owner: owner)]);
    }
}
