namespace NakaClaims;

/// <summary>Whether a claim affirms its proposition or denies it.</summary>
public enum Polarity
{
    /// <summary>The claimant asserts the proposition ("two helicopters were shot down").</summary>
    Affirms = 0,

    /// <summary>The claimant denies it ("denied that Jabrayil had been captured").</summary>
    Denies = 1,
}
