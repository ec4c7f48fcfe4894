namespace NakaClaims.SeedLoader.Tests;

// Articles written for development, in the seeds' style, covering constructions the seeds do not.
public class DevelopmentArticleTests
{
    private static ClaimSet Load(string name) => DevelopmentArticles.Load(name);

    [Fact]
    public void Denial_ThatSomethingHappened_TargetsTheClaimAboutIt()
    {
        var set = Load("dev01_denial.txt");
        var captured = set.Claims.Single(c => c.Event?.Type == EventType.Create("captured") && c.Polarity == Polarity.Affirms);
        var denial = set.Claims.Single(c => c.Polarity == Polarity.Denies && c.Text.Contains("Jabrayil", StringComparison.Ordinal));
        Assert.Equal(captured.Id, denial.Target);
        Assert.Equal("Aliyev", captured.Claimant.Name);
        Assert.Equal(["Azerbaijan News Agency", "Xinhua News Agency"], captured.Attribution.Via.ToArray());
        Assert.Contains(set.Links, l => l.From == denial.Id && l.To == captured.Id && l.Type == LinkType.Contradicts);
    }

    [Fact]
    public void Rejection_OfThisStatement_TargetsThePreviousClaim()
    {
        var set = Load("dev01_denial.txt");
        var killed = set.Claims.Single(c => c.Event?.Type == EventType.Create("killed"));
        var rejection = set.Claims.Last();
        Assert.Equal((Polarity.Denies, (ClaimId?)killed.Id), (rejection.Polarity, rejection.Target));
        Assert.Equal("at least 51", killed.Quantities.Single().FormatValue());
        Assert.Equal(Side.Create("Azerbaijan"), killed.Quantities.Single().Owner);
    }

    [Fact]
    public void ApproximateAndExactCounts_FromOpposingSides_Dispute()
    {
        var set = Load("dev02_casualties.txt");
        var dispute = set.Disputes().Single(d => d.Basis == "quantity:destroyed/tank/Azerbaijan");
        Assert.Equal(["about 20", "3"], dispute.Positions.Select(p => p.Value));
        Assert.Equal(["Ministry of Defense of Armenia", "Ministry of National Defense (Azerbaijan)"], dispute.Positions.Select(p => p.Source));
    }

    [Fact]
    public void HedgedNarration_AndAtLeast_AreRead()
    {
        var set = Load("dev02_casualties.txt");
        var hedged = set.Claims.First(c => c.Attribution.Mode == AttributionMode.HedgedNarration);
        Assert.Equal("China News Service", hedged.Claimant.DisplayName);
        Assert.Contains(set.Claims, c => c.Quantities.Any(q => q is { Min: 12, Item: "civilian" }));
    }

    [Fact]
    public void LocalTime_TakesTheZoneOfTheSentencesPlace()
    {
        var set = Load("dev03_ceasefire.txt");
        var ceasefire = set.ClaimsBy("Lavrov").Single();
        Assert.Equal("2020-10-10T12:00 Asia/Yerevan [inferred: year]", ceasefire.Event!.On.ToString());
    }

    [Fact]
    public void AfghanSide_IsAzerbaijan_AndCallingAReportFalse_IsADenial()
    {
        var set = Load("dev03_ceasefire.txt");
        var denial = set.Claims.Last();
        Assert.Equal((Polarity.Denies, (Side?)Side.Create("Azerbaijan")), (denial.Polarity, denial.Claimant.Side));
    }
}

public class DevelopmentArticleSetTests
{
    private static readonly ClaimSet Set = DevelopmentArticles.Load("dev06_social_media.txt", "dev07_calls.txt", "dev08_statement.txt", "dev09_cross_a.txt", "dev09_cross_b.txt");

    private static Claim Single(string text) => Set.Single(text);

    [Fact]
    public void NagornoKarabakhAuthorities_SpeakForArmenia_ThroughSocialMedia()
    {
        var claim = Single("shelled Stepanakert");
        Assert.Equal(("Nagorno-Karabakh authorities", (Side?)Side.Create("Armenia")), (claim.Claimant.Organization, claim.Claimant.Side));
        Assert.Equal("2020-10-03 [inferred: year]", claim.Event!.On.ToString());
        Assert.Equal(Side.Create("Azerbaijan"), claim.Event.Agent);
    }

    [Fact]
    public void InterviewWithOutlet_JoinsTheChain_AndCapturedVillagesAreCounted()
    {
        var claim = Single("taken control of 7 villages");
        Assert.Equal(["Interfax", "China News Service"], claim.Attribution.Via.ToArray());
        Assert.Equal("7 villages", claim.Quantities.Single().ToString());
        Assert.Equal(EventType.Create("captured"), claim.Event!.Type);
    }

    [Fact]
    public void PronounAfterQuote_IsTheLastNamedSpeaker_InDirectQuote()
    {
        var claim = Single("our army only targets");
        Assert.Equal(("Hajiyev", AttributionMode.DirectQuote), (claim.Claimant.Name, claim.Attribution.Mode));
    }

    [Fact]
    public void TrailingAttribution_AndMoscowTime()
    {
        var claim = Single("will hold talks in Moscow");
        Assert.Equal("Ministry of Foreign Affairs of Russia", claim.Claimant.Organization);
        Assert.Equal("2020-10-05T17:30 Europe/Moscow [inferred: year]", claim.Event!.On.ToString());
        Assert.DoesNotContain("noted", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CallOnBothSides_IsAttributedToTheCaller() =>
        Assert.Equal(("Guterres", "United Nations"), (Single("respect the humanitarian ceasefire").Claimant.Name, Single("respect the humanitarian ceasefire").Claimant.Organization));

    [Fact]
    public void BothSidesBlamingTheOtherSide_AreCounterclaims()
    {
        var blames = Set.Claims.Where(c => c.Text.Contains("the other side had violated", StringComparison.Ordinal)).ToList();
        Assert.Equal([Side.Create("Azerbaijan"), Side.Create("Armenia")], blames.Select(c => c.Event!.Agent!.Value));
        Assert.Contains(Set.Links, l => l.Basis == "mutual-accusation" && l.From == blames[0].Id && l.To == blames[1].Id);
    }

    [Fact]
    public void CallingInformationDisinformation_DeniesThePreviousClaim()
    {
        var denial = Single("called this information disinformation");
        Assert.Equal(Single("more than 60 Armenian soldiers").Id, denial.Target);
    }

    [Fact]
    public void DenialOfShelling_TargetsTheCurlyQuotedStatement()
    {
        var statement = Single("launched a missile attack on Ganja");
        Assert.Equal(AttributionMode.DirectQuote, statement.Attribution.Mode);
        Assert.Empty(statement.Quantities);
        Assert.Equal(statement.Id, Single("Ganja had been shelled").Target);
    }

    [Fact]
    public void Apology_IsAClaimOfTheApologizer() => Assert.Equal("Pashinyan", Single("apologized to the families").Claimant.Name);

    [Fact]
    public void NoAircraft_ContradictsTwoJets_AcrossDocuments()
    {
        var none = Single("no Azerbaijani aircraft");
        Assert.Equal(0, none.Quantities.Single().Count);
        var dispute = Set.Disputes().Single(d => d.Basis == "quantity:shot-down/aircraft/Azerbaijan");
        Assert.Equal(["2", "0"], dispute.Positions.Select(p => p.Value));
    }

    [Fact]
    public void MoreThanFiftyAndSixty_Corroborate_NotContradict()
    {
        var sixty = Single("60 Armenian soldiers were killed on the 19th");
        Assert.DoesNotContain(Set.ContradictionsOf(sixty.Id), c => c.Quantities.Any(q => q.Item == "soldier"));
        Assert.Contains(Set.CorroborationsOf(sixty.Id), c => c.Text.StartsWith("more than 50", StringComparison.Ordinal));
    }
}
