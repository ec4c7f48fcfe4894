using NakaClaims.Time;

namespace NakaClaims.Tests;

// Hand-built claims from seed 000 (the helicopter dispute) and 001, shared by the tests of several types.
internal static class Samples
{
    public static readonly Side Armenia = Side.Create("Armenia");
    public static readonly Side Azerbaijan = Side.Create("Azerbaijan");
    public static readonly EventType ShotDown = EventType.Create("shot-down");
    public static readonly EventType MartialLaw = EventType.Create("martial-law");
    public static readonly TimeReference Sep27 = TimeReference.OfDay(2020, 9, 27).WithInferred(InferredParts.Year);
    public static readonly TimeReference Sep28 = TimeReference.OfDay(2020, 9, 28).WithInferred(InferredParts.Year);

    public static Document Seed000 => Document.Create("000", 3185, "China News Service", "Nur-Sultan", Sep28);

    public static Document Seed001 => Document.Create("001", 3202, "China News Service", null, TimeReference.OfDay(2020, 9, 28));

    public static Claim ArmenianHelicopterClaim => Claim.Create(
            ClaimId.Create("000@348"),
            "000",
            "two helicopter gunships and three drones in Azerbaijan were shot down during the conflict",
            TextSpan.Create(348, 89),
            Attribution.Create(
                Actor.Create("Stepanyan", "spokesperson", "Ministry of Defense of Armenia", Armenia),
                ["Armenian News Agency", "China News Service"],
                "according to … stated",
                AttributionMode.AccordingTo))
        .WithAssertedOn(Sep28)
        .WithEvent(ClaimEvent.Create(ShotDown, Sep27, "Naka region"))
        .WithQuantities([
            Quantity.Exactly(2, "helicopter", "helicopter gunships", Azerbaijan),
            Quantity.Exactly(3, "drone", "drones", Azerbaijan),
        ]);

    public static Claim AzerbaijaniHelicopterClaim => Claim.Create(
            ClaimId.Create("000@439"),
            "000",
            "an Azerbaijan armed helicopter was shot down, and the crew survived",
            TextSpan.Create(588, 67),
            Attribution.Create(
                Actor.Create(null, null, "Ministry of National Defense", Azerbaijan),
                ["Azerbaijan News Agency", "China News Service"],
                "quoted … as saying",
                AttributionMode.IndirectSpeech))
        .WithAssertedOn(Sep28)
        .WithEvent(ClaimEvent.Create(ShotDown, Sep27, "Naka region"))
        .WithQuantities([Quantity.Exactly(1, "helicopter", "armed helicopter", Azerbaijan)]);

    public static Claim PashinyanIn000 => MartialLawBy("000", 1200);

    public static Claim PashinyanIn001 => MartialLawBy("001", 2400);

    public static Claim PashinyanIn(string document) => MartialLawBy(document, 2400);

    public static ClaimSet HelicopterDispute() =>
        ClaimSet.Create([Seed000], [ArmenianHelicopterClaim, AzerbaijaniHelicopterClaim]).Linked();

    public static ClaimSet TwoSeeds() =>
        ClaimSet.Create([Seed000, Seed001], [ArmenianHelicopterClaim, AzerbaijaniHelicopterClaim, PashinyanIn000, PashinyanIn001]).Linked();

    private static Claim MartialLawBy(string document, int start) => Claim.Create(
            ClaimId.ForSpan(document, TextSpan.Create(start, 120)),
            document,
            "the Asian government has decided to implement martial law and military mobilization throughout the country",
            TextSpan.Create(start, 120),
            Attribution.Create(Actor.Create("Pashinyan", "Prime Minister", null, Armenia), ["China News Service"], "announced"))
        .WithEvent(ClaimEvent.Create(MartialLaw, TimeReference.OfDay(2020, 9, 27), null, Armenia));
}
