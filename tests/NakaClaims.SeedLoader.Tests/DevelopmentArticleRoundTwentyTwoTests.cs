namespace NakaClaims.SeedLoader.Tests;

// Article dev32: a ceasefire hoped for or promised (not dated by the speech), a refutation "calling it
// disinformation", an interview with a foreign outlet, a claim "which the ministry refuted", and a count of
// killed and injured since a day.
public class DevelopmentArticleRoundTwentyTwoTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev32_promises_refutations_and_interviews.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void CeasefireHopedForOrPromised_HasNoDay_AndCorroboratesNothing()
    {
        var expected = Single("strictly observe the ceasefire");
        var ready = Single("ready to resume the ceasefire");
        Assert.Equal(((NodaTime.LocalDate?)null, (NodaTime.LocalDate?)null), (expected.Event!.On?.Date, ready.Event!.On?.Date));
        Assert.DoesNotContain(Set.Links, l => l.From == expected.Id || l.To == expected.Id || l.From == ready.Id || l.To == ready.Id);
    }

    [Fact]
    public void RefutationCallingItDisinformation_DeniesTheShellingOfGanja()
    {
        var shelled = Single("shelled the city of Ganja");
        var refuted = Single("complete disinformation");
        Assert.Equal((Polarity.Denies, shelled.Id), (refuted.Polarity, refuted.Target));
        Assert.Contains(Set.Links, l => l.Type == LinkType.Contradicts && l.From == refuted.Id && l.To == shelled.Id);
    }

    [Fact]
    public void InterviewWithAnOutlet_IsReportedViaThatOutlet() =>
        Assert.Equal(["Al Jazeera", "China News Service"], [.. Single("liberated 7 villages").Attribution.Via]);

    [Fact]
    public void ClaimWhichAMinistryRefuted_IsDeniedByThatMinistry()
    {
        var refuted = Single("which the Azerbaijani Ministry of Defense refuted");
        Assert.Equal((Polarity.Denies, "Ministry of Defense of Azerbaijan", Single("destroyed 3 Azerbaijani tanks").Id), (refuted.Polarity, refuted.Claimant.Organization ?? refuted.Claimant.Name, refuted.Target));
    }
}
