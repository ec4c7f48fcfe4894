namespace NakaClaims.Tests;

public class EventTypeTests
{
    [Theory]
    [InlineData("shot-down")]
    [InlineData("ceasefire")]
    [InlineData("state-of-war")]
    [InlineData("g20-summit")]
    public void Create_KebabCase_Succeeds(string key) => Assert.Equal(key, EventType.Create(key).Key);

    [Theory]
    [InlineData("Shot-down")]
    [InlineData("shot--down")]
    [InlineData("shot-down-")]
    [InlineData("-shot")]
    [InlineData("shot down")]
    [InlineData("1st")]
    [InlineData("")]
    public void TryCreate_NotKebabCase_Fails(string key) => Assert.False(EventType.TryCreate(key, out _));

    [Fact]
    public void Create_Invalid_MessageShowsAnExample()
    {
        var e = Assert.Throws<ArgumentException>(() => EventType.Create("Shot Down"));
        Assert.Contains("such as 'shot-down'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayName_ReplacesHyphens() => Assert.Equal("state of war", EventType.Create("state-of-war").DisplayName);

    [Fact]
    public void EqualityAndOrder_AreOrdinal() =>
        EqualityContract.AssertOrdered(EventType.Create("a"), EventType.Create("a"), EventType.Create("b"));
}
