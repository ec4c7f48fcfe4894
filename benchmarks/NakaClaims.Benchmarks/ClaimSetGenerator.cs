using NakaClaims.Time;

namespace NakaClaims.Benchmarks;

/// <summary>
/// Generated claim sets with a realistic share of shared keys: a few hundred events a day, each reported by
/// several claimants of both sides with agreeing or disagreeing counts.
/// </summary>
public static class ClaimSetGenerator
{
    private static readonly Side[] Sides = [Side.Create("Armenia"), Side.Create("Azerbaijan")];
    private static readonly EventType[] Events = [EventType.Create("killed"), EventType.Create("destroyed"), EventType.Create("shot-down"), EventType.Create("captured")];
    private static readonly string[] Items = ["soldier", "tank", "drone", "helicopter", "village", "artillery piece"];

    public static (Document[] Documents, Claim[] Claims) Create(int count, int seed = 1)
    {
        var random = new Random(seed);
        var claimants = Enumerable.Range(0, 200).Select(i => Actor.Create($"Speaker{i}", null, null, Sides[i % 2])).ToArray();
        var perDocument = 20;
        var documents = Enumerable.Range(0, (count + perDocument - 1) / perDocument)
            .Select(d => Document.Create($"doc{d:0000000}", 100_000, "China News Service")).ToArray();
        var claims = new Claim[count];
        for (var i = 0; i < count; i++)
        {
            var document = documents[i / perDocument];
            var span = TextSpan.Create((i % perDocument) * 100, 80);
            var day = TimeReference.OfDay(new NodaTime.LocalDate(2020, 9, 27).PlusDays(random.Next(45)));
            var quantity = Quantity.Exactly(random.Next(1, 6), Items[random.Next(Items.Length)], owner: Sides[random.Next(2)]);
            claims[i] = Claim.Create(ClaimId.ForSpan(document.Id, span), document.Id, "generated claim", span, Attribution.Create(claimants[random.Next(claimants.Length)]))
                .WithEvent(ClaimEvent.Create(Events[random.Next(Events.Length)], day, null, Sides[random.Next(2)]))
                .WithQuantities([quantity]);
        }

        return (documents, claims);
    }
}
