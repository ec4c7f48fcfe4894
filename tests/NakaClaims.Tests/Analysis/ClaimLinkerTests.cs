using NakaClaims.Analysis;
using NakaClaims.Time;

namespace NakaClaims.Tests.Analysis;

public class ClaimLinkerTests
{
    private static readonly EventType Killed = EventType.Create("killed");

    [Fact]
    public void Link_IncompatibleCountsFromDifferentClaimants_Contradict()
    {
        var link = Assert.Single(ClaimLinker.Default.Link([Samples.ArmenianHelicopterClaim, Samples.AzerbaijaniHelicopterClaim]));
        Assert.Equal("quantity:shot-down/helicopter/Azerbaijan", link.Basis);
        Assert.Equal("2 vs 1 (helicopter shot down, owner Azerbaijan).", link.Reason);
    }

    [Fact]
    public void Link_LowerBoundSatisfied_DoesNotContradict()
    {
        var links = ClaimLinker.Default.Link([Count("a", "A", Quantity.AtLeast(51, "soldier")), Count("b", "B", Quantity.Exactly(60, "soldier"))]);
        Assert.DoesNotContain(links, l => l.Type == LinkType.Contradicts);
    }

    [Fact]
    public void Link_SameClaimantDifferentCounts_DoesNotContradict() =>
        Assert.DoesNotContain(
            ClaimLinker.Default.Link([Count("a", "A", Quantity.Exactly(5, "soldier")), Count("b", "A", Quantity.Exactly(6, "soldier"))]),
            l => l.Type == LinkType.Contradicts);

    [Fact]
    public void Link_NonOverlappingDays_DoNotContradict()
    {
        var early = Count("a", "A", Quantity.Exactly(5, "soldier"), TimeReference.OfDay(2020, 10, 1));
        var late = Count("b", "B", Quantity.Exactly(6, "soldier"), TimeReference.OfDay(2020, 10, 2));
        Assert.Empty(ClaimLinker.Default.Link([early, late]));
    }

    [Fact]
    public void Link_MonthOverlapsDay_Contradicts()
    {
        var month = Count("a", "A", Quantity.Exactly(5, "soldier"), TimeReference.OfMonth(2020, 10));
        var day = Count("b", "B", Quantity.Exactly(9, "soldier"), TimeReference.OfDay(2020, 10, 2));
        Assert.Contains(ClaimLinker.Default.Link([month, day]), l => l.Type == LinkType.Contradicts);
    }

    [Fact]
    public void Link_TargetedDenial_ContradictsTarget()
    {
        var claim = Samples.ArmenianHelicopterClaim;
        var denial = Claim.Create(ClaimId.Create("d"), "000", "denied it", TextSpan.Create(0, 9), Attribution.Create(Actor.OfOrganization("MoD", Samples.Azerbaijan)))
            .AsDenialOf(claim.Id);
        var link = Assert.Single(ClaimLinker.Default.Link([claim, denial]));
        Assert.Equal((LinkType.Contradicts, denial.Id, claim.Id, "denial"), (link.Type, link.From, link.To, link.Basis));
    }

    [Fact]
    public void Link_UntargetedDenialOfSameProposition_Contradicts()
    {
        var captured = EventType.Create("captured");
        var on = TimeReference.OfDay(2020, 10, 9);
        var claim = Plain("a", "A", ClaimEvent.Create(captured, on, "Jabrayil", Samples.Azerbaijan));
        var denial = Plain("b", "B", ClaimEvent.Create(captured, on, "Jabrayil", Samples.Azerbaijan)).AsDenialOf(null);
        var link = Assert.Single(ClaimLinker.Default.Link([claim, denial]));
        Assert.Equal((LinkType.Contradicts, denial.Id), (link.Type, link.From));
    }

    [Fact]
    public void Link_SamePropositionDifferentDocuments_Corroborates()
    {
        var link = Assert.Single(ClaimLinker.Default.Link([Samples.PashinyanIn000, Samples.PashinyanIn001]));
        Assert.Equal(LinkType.Corroborates, link.Type);
    }

    [Fact]
    public void Link_DifferentPlaces_DoNotCorroborate()
    {
        var on = TimeReference.OfDay(2020, 10, 9);
        var a = Plain("a", "A", ClaimEvent.Create(Killed, on, "Ganja"));
        var b = Plain("b", "B", ClaimEvent.Create(Killed, on, "Stepanakert"));
        Assert.Empty(ClaimLinker.Default.Link([a, b]));
    }

    [Fact]
    public void Link_CorroborationsOff_FindsOnlyContradictions()
    {
        var linker = new ClaimLinker(findCorroborations: false);
        Assert.Empty(linker.Link([Samples.PashinyanIn000, Samples.PashinyanIn001]));
        Assert.False(linker.FindsCorroborations);
    }

    [Fact]
    public void Link_InputOrder_DoesNotChangeOutput()
    {
        Claim[] claims = [Samples.PashinyanIn001, Samples.ArmenianHelicopterClaim, Samples.PashinyanIn000, Samples.AzerbaijaniHelicopterClaim];
        Assert.Equal(ClaimLinker.Default.Link(claims).ToArray(), ClaimLinker.Default.Link(claims.Reverse()).ToArray());
    }

    [Fact]
    public void Link_ManyClaimantsSharingKey_LinksEveryDisagreementOnce()
    {
        var claims = Enumerable.Range(0, 200).Select(i => Count($"c{i}", $"A{i % 10}", Quantity.Exactly(i % 3, "soldier"))).ToArray();
        var links = ClaimLinker.Default.Link(claims);
        Assert.NotEmpty(links);
        Assert.Equal(links.Length, links.Select(l => (l.From, l.To)).Distinct().Count());
        Assert.All(links, l => Assert.NotEqual(l.From, l.To));
    }

    [Fact]
    public void Link_UntimedCounts_CompareOnlyWithinTheirDocument()
    {
        Claim Untimed(string id, string document, string claimant, long count) =>
            Claim.Create(ClaimId.Create(id), document, "text", TextSpan.Create(id.Length, 4), Attribution.Create(Actor.Create(claimant)))
                .WithEvent(ClaimEvent.Create(Killed)).WithQuantities([Quantity.Exactly(count, "soldier")]);

        var link = Assert.Single(ClaimLinker.Default.Link([Untimed("a", "d1", "A", 5), Untimed("bb", "d1", "B", 9), Untimed("c", "d2", "C", 20)]));
        Assert.Equal((ClaimId.Create("a"), ClaimId.Create("bb")), (link.From, link.To));
    }

    [Fact]
    public void Link_DeniedAndAffirmedBySameClaimant_DoesNotContradict()
    {
        var on = TimeReference.OfDay(2020, 10, 9);
        var claim = Plain("a", "A", ClaimEvent.Create(Killed, on, "Ganja"));
        var denial = Plain("b", "A", ClaimEvent.Create(Killed, on, "Ganja")).AsDenialOf(null);
        Assert.DoesNotContain(ClaimLinker.Default.Link([claim, denial]), l => l.Type == LinkType.Contradicts);
    }

    [Fact]
    public void Link_ClaimsCountingTwoThings_AreComparedOnEachCount()
    {
        var a = Count("a", "A", Quantity.Exactly(5, "soldier")).WithQuantities([Quantity.Exactly(5, "soldier"), Quantity.Exactly(2, "tank")]);
        var b = Count("b", "B", Quantity.Exactly(9, "soldier")).WithQuantities([Quantity.Exactly(9, "soldier"), Quantity.Exactly(2, "tank")]);
        var c = Count("c", "C", Quantity.Exactly(5, "soldier")).WithQuantities([Quantity.Exactly(5, "soldier"), Quantity.Exactly(2, "tank")]);

        var links = ClaimLinker.Default.Link([a, b, c]);

        Assert.All(links.Where(l => l.Type == LinkType.Contradicts), l => Assert.Equal("quantity:killed/soldier/-", l.Basis));
        Assert.Contains(links, l => l.Type == LinkType.Contradicts && l.From == a.Id && l.To == b.Id);
        var corroboration = Assert.Single(links, l => l.Type == LinkType.Corroborates);
        Assert.Equal((a.Id, c.Id), (corroboration.From, corroboration.To));
    }

    private static Claim Count(string id, string claimant, Quantity quantity, TimeReference? on = null) =>
        Plain(id, claimant, ClaimEvent.Create(Killed, on ?? TimeReference.OfDay(2020, 10, 1))).WithQuantities([quantity]);

    private static Claim Plain(string id, string claimant, ClaimEvent e) =>
        Claim.Create(ClaimId.Create(id), "doc-" + id, "text", TextSpan.Create(0, 4), Attribution.Create(Actor.Create(claimant))).WithEvent(e);
}

public class ClaimLinkerPlaceTests
{
    [Fact]
    public void Link_CountsInDifferentPlaces_DoNotContradict()
    {
        var on = NakaClaims.Time.TimeReference.OfDay(2020, 10, 5);
        Claim At(string id, string claimant, string place, long count) =>
            Claim.Create(ClaimId.Create(id), "d" + id, "text", TextSpan.Create(0, 4), Attribution.Create(Actor.Create(claimant)))
                .WithEvent(ClaimEvent.Create(EventType.Create("killed"), on, place)).WithQuantities([Quantity.Exactly(count, "civilian")]);

        Assert.Empty(ClaimLinker.Default.Link([At("a", "A", "Ganja", 5), At("b", "B", "Stepanakert", 12)]));
        Assert.Single(ClaimLinker.Default.Link([At("a", "A", "Ganja", 5), At("b", "B", "Ganja", 12)]));
    }

    [Fact]
    public void Link_CountWithoutAPlace_ContradictsCountsAnywhere_CountsInTwoPlacesDoNot()
    {
        var on = NakaClaims.Time.TimeReference.OfDay(2020, 10, 5);
        Claim At(string id, string claimant, string? place, long count) =>
            Claim.Create(ClaimId.Create(id), "d" + id, "text", TextSpan.Create(0, 4), Attribution.Create(Actor.Create(claimant)))
                .WithEvent(ClaimEvent.Create(EventType.Create("killed"), on, place)).WithQuantities([Quantity.Exactly(count, "civilian")]);

        var links = ClaimLinker.Default.Link([At("a", "A", "Ganja", 5), At("b", "B", null, 9), At("c", "C", "Stepanakert", 12), At("d", "D", "Ganja", 5)]);

        Assert.Equal(
            [("a", "b"), ("b", "c"), ("b", "d")],
            links.Where(l => l.Type == LinkType.Contradicts).Select(l => (l.From.Value, l.To.Value)).Order());
    }

    [Fact]
    public void Link_PlacesDifferingOnlyInCase_AreTheSamePlace()
    {
        var on = NakaClaims.Time.TimeReference.OfDay(2020, 10, 5);
        Claim At(string id, string claimant, string place) =>
            Claim.Create(ClaimId.Create(id), "d" + id, "text", TextSpan.Create(0, 4), Attribution.Create(Actor.Create(claimant)))
                .WithEvent(ClaimEvent.Create(EventType.Create("shelled"), on, place));

        var link = Assert.Single(ClaimLinker.Default.Link([At("a", "A", "Ganja"), At("b", "B", "GANJA")]));
        Assert.Equal(LinkType.Corroborates, link.Type);
    }
}
