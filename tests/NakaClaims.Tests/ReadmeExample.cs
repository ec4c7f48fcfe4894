// The README's example, compiled and run by ReadmeExampleTests so that it cannot drift.
// Everything between the markers is copied into README.md verbatim; ReadmeExampleTests checks that it is.
using NakaClaims.Time;

namespace NakaClaims.Tests;

internal static class ReadmeExample
{
    public static void Run()
    {
        // begin-readme
        var armenia = Side.Create("Armenia");
        var azerbaijan = Side.Create("Azerbaijan");
        var shotDown = ClaimEvent.Create(EventType.Create("shot-down"), TimeReference.OfDay(2020, 9, 27));
        var article = Document.Create("000", length: 3185, publisher: "China News Service");

        Claim Helicopters(string id, int at, Actor who, long count) =>
            Claim.Create(ClaimId.Create(id), "000", "helicopters shot down", TextSpan.Create(at, 21), Attribution.Create(who, ["China News Service"]))
                .WithEvent(shotDown)
                .WithQuantities([Quantity.Exactly(count, "helicopter", owner: azerbaijan)]);

        var claims = ClaimSet.Create([article], [
            Helicopters("a", 348, Actor.Create("Stepanyan", "spokesperson", "Ministry of Defense of Armenia", armenia), 2),
            Helicopters("b", 588, Actor.OfOrganization("Ministry of National Defense", azerbaijan), 1),
        ]).Linked();

        foreach (var dispute in claims.Disputes())
        {
            Console.WriteLine(dispute);
        }

        // end-readme
    }
}
