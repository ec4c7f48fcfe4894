using NakaClaims.Time;

namespace NakaClaims.SeedLoader.Tests;

public class SeedLoaderTests
{
    private static readonly ClaimSet Seeds = new SeedLoader().LoadFolder(Paths.Seeds).GetValueOrThrow();

    [Fact]
    public void Seeds_HelicopterClaims_AreDisputedTwoVersusOne()
    {
        var dispute = Seeds.Disputes().Single(d => d.Basis == "quantity:shot-down/helicopter/Azerbaijan");
        Assert.Equal(["2", "1"], dispute.Positions.Select(p => p.Value));
        Assert.Equal("Ministry of Defense of Armenia", dispute.Positions[0].Source);
        Assert.Equal("Ministry of National Defense (Azerbaijan)", dispute.Positions[1].Source);
    }

    [Fact]
    public void Seeds_Stepanyan_HasRoleSideAndReportingChain()
    {
        var claim = Seeds.ClaimsBy("Stepanyan").Single();
        Assert.Equal(("spokesperson", "Ministry of Defense of Armenia", (Side?)Side.Create("Armenia")), (claim.Claimant.Role, claim.Claimant.Organization, claim.Claimant.Side));
        Assert.Equal(["Armenian News Agency", "China News Service"], claim.Attribution.Via.ToArray());
        Assert.Equal(["2 helicopter gunships (Azerbaijan)", "3 drones (Azerbaijan)"], claim.Quantities.Select(q => q.ToString()));
    }

    [Fact]
    public void Seeds_AzerbaijaniMinistry_TakesItsSideFromTheQuotingOutlet()
    {
        var claims = Seeds.ClaimsBy("Ministry of National Defense");
        Assert.All(claims, c => Assert.Equal(Side.Create("Azerbaijan"), c.Claimant.Side));
        Assert.Contains(claims, c => c.Quantities.Any(q => q is { Count: 12, Item: "air defense missile system" } && q.Owner == Side.Create("Armenia")));
    }

    [Fact]
    public void Seeds_StateOfWar_StartsAtMidnightBakuTime() =>
        Assert.Contains(Seeds.ClaimsAbout(EventType.Create("state-of-war")), c => c.Event!.On!.Value.ToString() == "2020-09-28T00:00 Asia/Baku [inferred: year]");

    [Fact]
    public void Seeds_YearMissingFromDateline_IsInferredFromOtherDocuments()
    {
        var published = Seeds.Documents[0].Published!.Value;
        Assert.Equal("2020-09-28 [inferred: year]", published.ToString());
        Assert.Equal(InferredParts.Year, published.Inferred);
    }

    [Fact]
    public void Seeds_MutualAccusations_ContradictEachOther() =>
        Assert.Contains(Seeds.Links, l => l.Basis == "mutual-accusation" && l.Type == LinkType.Contradicts);

    [Fact]
    public void Seeds_PashinyanInTwoArticles_Corroborates() =>
        Assert.Contains(Seeds.Corroborations(), c => c.Claims.All(x => x.Claimant.Name == "Pashinyan") && c.DocumentCount == 2);

    [Fact]
    public void Seeds_MoscowTimeCeasefire_ResolvesAgainstTheSentencesOwnDate() =>
        Assert.Contains(Seeds.ClaimsAbout(EventType.Create("ceasefire")), c => c.Event!.On!.Value.ToString().StartsWith("2020-11-10T00:00 Europe/Moscow", StringComparison.Ordinal));

    [Fact]
    public void Seeds_Cavusoglu_ReportedBySputnikOnThe15th()
    {
        var claim = Seeds.ClaimsBy("Cavusoglu").First();
        Assert.Equal(["Sputnik", "China News Service"], claim.Attribution.Via.ToArray());
        Assert.Equal("2021-01-15 [inferred: year]", claim.AssertedOn.ToString());
        Assert.Equal("60", claim.Quantities.Single().FormatValue());
    }

    [Fact]
    public void Seeds_EverySpan_PointsAtTheClaimText()
    {
        foreach (var document in Seeds.Documents)
        {
            var text = File.ReadAllText(Directory.EnumerateFiles(Paths.Seeds, document.Id + ".txt").Single());
            Assert.All(Seeds.ClaimsInDocument(document.Id), c => Assert.Equal(c.Text, c.Span.Slice(text).ToString()));
        }
    }

    [Fact]
    public void LoadFolder_Missing_ThrowsNamingIt()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => new SeedLoader().LoadFolder("/no/such/folder"));
        Assert.Equal("The folder '/no/such/folder' does not exist.", e.Message);
    }

    [Fact]
    public void Options_UnknownSide_Throws() =>
        Assert.Throws<ArgumentException>(() => new SeedLoader(new SeedLoaderOptions { Sides = ["Atlantis"] }));

    [Fact]
    public void Options_MissingGazetteerFile_Throws() =>
        Assert.Throws<FileNotFoundException>(() => new SeedLoader(new SeedLoaderOptions { GazetteerFiles = ["/no/gazetteer.json"] }));

    // "refuted Azerbaijan's claim" denies the last claim of that side, not the last claim of anyone else.
    [Fact]
    public void LoadText_DenialNamingASidesClaim_TargetsThatSidesLastClaim()
    {
        const string Article = "China News Service, Baku, October 17, 2020\nAzerbaijan's Defense Ministry said that the army had destroyed 3 Armenian tanks.\n"
            + "Armenian Defense Ministry spokeswoman Stepanyan said that Azerbaijani drones had attacked Stepanakert.\nArmenia refuted Azerbaijan's claim.\n";

        var claims = new SeedLoader().LoadText("named", Article).ClaimSet.Claims;

        var denial = claims.Single(c => c.Polarity == Polarity.Denies);
        Assert.Equal(claims.Single(c => c.Text.Contains("3 Armenian tanks", StringComparison.Ordinal)).Id, denial.Target);
    }

    [Fact]
    public void LoadText_TheMinistryAdded_IsTheMinistrysClaim()
    {
        const string Article = "China News Service, Baku, October 25, 2020\nThe Azerbaijani Ministry of Defense said that the Armenian army had shelled Tartar. The ministry added that 2 civilians were injured.\n";

        var claims = new SeedLoader().LoadText("anaphor", Article).ClaimSet.Claims;

        Assert.Equal("Ministry of Defense of Azerbaijan", claims.Single(c => c.Text.Contains("2 civilians", StringComparison.Ordinal)).Claimant.Organization);
    }

    [Fact]
    public void LoadText_EndMarksAndEditorLines_AreNoClaims_NorPartOfOne()
    {
        const string Article = "China News Service, Yerevan, October 28th. The death toll had reached 1,068, according to the Nagorno-Karabakh Defense Ministry. (End)\n\n[Editor: Zhang Wei]\n";
        var claim = Assert.Single(new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadText("end", Article).ClaimSet.Claims);
        Assert.Equal(("Ministry of Defense of Nagorno-Karabakh", "The death toll had reached 1,068"), (claim.Claimant.Organization, claim.Text));
    }

    [Fact]
    public void LoadText_DenialNamingWhatItDenies_TargetsThatClaim_NotTheOtherSidesLatest()
    {
        const string Article = "China News Service, Baku, October 5th. The Azerbaijani Ministry of Defense said that 3 Armenian tanks were destroyed near Fuzuli.\n\n"
            + "Aliyev said that the Armenian leadership must withdraw its troops.\n\n"
            + "The Armenian Ministry of Defense said that the report about the destroyed tanks was false.\n";
        var claims = new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadText("about", Article).ClaimSet.Claims;
        var denial = claims.Single(c => c.Polarity == Polarity.Denies);
        Assert.Equal(claims.Single(c => c.Text.Contains("3 Armenian tanks", StringComparison.Ordinal)).Id, denial.Target);
    }

    [Fact]
    public void LoadText_SinceInAnotherClause_DoesNotDateThisOne()
    {
        const string Article = "China News Service, Baku, October 6th, 2020. According to the Azerbaijani Ministry of Defense, the Armenian army had fired at Ganja, and a total of 27 civilians had been killed since September 27.\n";
        var claims = new SeedLoader().LoadText("since", Article).ClaimSet.Claims;
        var fired = claims.Single(c => c.Text.Contains("fired at Ganja", StringComparison.Ordinal));
        Assert.Equal(new NodaTime.LocalDate(2020, 10, 6), fired.Event!.On!.Value.Date);
    }

    [Fact]
    public void LoadText_OutletWithoutADate_IsThePublisher_AndTheWarningSaysTheDateIsMissing()
    {
        const string Article = "CCTV News: According to Armenian media reports, Stepanyan said that the Azerbaijani army had bombed the cathedral in Shusha.\n\n"
            + "Azerbaijan's Defense Ministry denied targeting the cathedral.\n";
        var result = new SeedLoader(new SeedLoaderOptions { AssumedYear = 2020 }).LoadText("dateless", Article);

        var bombed = result.ClaimSet.Claims.Single(c => c.Text.Contains("bombed", StringComparison.Ordinal));
        Assert.Equal(("China Central Television", "shelled"), (result.ClaimSet.Documents.Single().Publisher, bombed.Event!.Type.Key));
        Assert.Equal(bombed.Id, result.ClaimSet.Claims.Single(c => c.Polarity == Polarity.Denies).Target);
        Assert.Equal("dateless(1): warning: The dateline names the publisher (China Central Television) but no date, so the publication date is unknown and relative dates are not resolved.", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void LoadText_RunningTotal_DisputesNoCountOfTheDayItsPeriodOpens()
    {
        const string Article = "China News Service, Baku, October 11th, 2020. The Azerbaijani Ministry of Defense said that 3 civilians were injured in the fighting on September 27.\n\n"
            + "The Azerbaijani Prosecutor General's Office said that 322 civilians had been injured since September 27.\n";
        var set = new SeedLoader().LoadText("total", Article).ClaimSet;

        Assert.Null(set.Claims.Single(c => c.Text.Contains("322", StringComparison.Ordinal)).Event!.On);
        Assert.Empty(set.Disputes());
    }

    [Theory]
    [InlineData("was not true")]
    [InlineData("is inconsistent with the facts")]
    public void LoadText_InformationCalledNotTrue_DeniesTheOtherSidesClaim(string verdict)
    {
        var article = "China News Service, Baku, October 3rd, 2020. The Azerbaijani Ministry of Defense said on the 3rd that the army had destroyed 130 Armenian tanks.\n\n"
            + $"The press service of the Armenian Ministry of Defense stated that the information released by the Azerbaijani side {verdict}.\n";
        var claims = new SeedLoader().LoadText("untrue", article).ClaimSet.Claims;

        var denial = claims.Single(c => c.Polarity == Polarity.Denies);
        Assert.Equal(claims.Single(c => c.Text.Contains("130 Armenian tanks", StringComparison.Ordinal)).Id, denial.Target);
    }

    [Fact]
    public void LoadText_PeriodAfterTheSecondCount_MakesBothCountsRunningTotals()
    {
        const string Article = "China News Service, Baku, October 19th, 2020. The Azerbaijani Prosecutor General's Office reported that 61 civilians had been killed and 291 injured since the start of the conflict.\n";
        var claims = new SeedLoader().LoadText("totals", Article).ClaimSet.Claims;

        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Null(c.Event!.On));
    }

    [Fact]
    public void LoadText_EventHopedForOrPromised_IsNotDatedByTheDayItIsSpokenOf()
    {
        const string Article = "China News Service, Moscow, October 12th, 2020. Armenian Foreign Minister Mnatsakanyan said on the 12th that the Armenian side was ready to resume the ceasefire.\n\n"
            + "Georgian Prime Minister Gakharia said on the 12th that Georgia is ready to host negotiations between the two sides.\n\n"
            + "Russian Foreign Minister Lavrov said on the 11th that talks between the two sides were held in Moscow.\n";
        var claims = new SeedLoader().LoadText("prospective", Article).ClaimSet;

        Assert.Null(claims.Single("ready to resume the ceasefire").Event!.On);
        Assert.Null(claims.Single("ready to host negotiations").Event!.On);
        Assert.Equal(new NodaTime.LocalDate(2020, 10, 11), claims.Single("talks between the two sides were held").Event!.On!.Value.Date);
        Assert.Empty(claims.Links);
    }

    [Fact]
    public void LoadText_CeasefireSomeoneIsCalledUponToRespectOrWorksToRestore_IsNotDated_AndCorroboratesNothing()
    {
        const string Article = "China News Service, Moscow, October 3rd, 2020. The Russian Foreign Ministry issued a statement on the 3rd, calling on the parties to the conflict to immediately cease fire and start negotiations.\n\n"
            + "Turkish Foreign Minister Cavusoglu said on the 3rd that he called on both sides to respect the ceasefire.\n\n"
            + "Armenian Prime Minister Pashinyan said on the 3rd that Armenia was ready to work with the OSCE Minsk Group co-chairs to restore the ceasefire.\n";
        var claims = new SeedLoader().LoadText("called-upon", Article).ClaimSet;

        Assert.All(claims.Claims.Where(c => c.Event?.Type.Key == "ceasefire"), c => Assert.Null(c.Event!.On));
        Assert.Equal(3, claims.Claims.Count(c => c.Event?.Type.Key == "ceasefire"));
        Assert.DoesNotContain(claims.Links, l => l.Type == LinkType.Corroborates);
    }

    [Fact]
    public void LoadText_DecisionToImposeMartialLaw_KeepsTheDayItWasAnnounced()
    {
        const string Article = "China News Service, Yerevan, September 28th, 2020. Armenian Prime Minister Pashinyan announced on the 27th that the government has decided to implement martial law.\n";
        var claim = Assert.Single(new SeedLoader().LoadText("decided", Article).ClaimSet.Claims);
        Assert.Equal(new NodaTime.LocalDate(2020, 9, 27), claim.Event!.On!.Value.Date);
    }

    [Fact]
    public void LoadText_EventPromisedWithATimeOfItsOwn_KeepsThatTime()
    {
        const string Article = "China News Service, Moscow, October 10th, 2020. Lavrov said that the humanitarian ceasefire would take effect at 12:00 on October 10.\n";
        var claim = Assert.Single(new SeedLoader().LoadText("own-time", Article).ClaimSet.Claims);
        Assert.Equal(new NodaTime.LocalDate(2020, 10, 10), claim.Event!.On!.Value.Date);
    }

    [Fact]
    public void LoadText_CallForWhatHasNotHappened_IsDatedByTheCall()
    {
        const string Article = "China News Service, Brussels, September 28th, 2020. NATO spokesperson Appathurai said on the 27th that the two parties should cease fire immediately.\n";
        var claim = Assert.Single(new SeedLoader().LoadText("call", Article).ClaimSet.Claims);
        Assert.Equal(("called-for-ceasefire", new NodaTime.LocalDate(2020, 9, 27)), (claim.Event!.Type.Key, claim.Event.On!.Value.Date));
    }
}
