namespace NakaClaims;

/// <summary>The kind of relation a <see cref="ClaimLink"/> states between two claims.</summary>
public enum LinkType
{
    /// <summary>The claims cannot both be true.</summary>
    Contradicts = 0,

    /// <summary>The claims state the same proposition from different sources.</summary>
    Corroborates = 1,
}
