namespace NakaClaims.Tests;

// Checks the equality and ordering contracts once for every value type, as NodaTime's TestHelper does.
internal static class EqualityContract
{
    public static void AssertEquality<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(different));
        Assert.False(value.Equals((object?)null));
        Assert.True(Op(value, equal, "op_Equality"));
        Assert.False(Op(value, different, "op_Equality"));
        Assert.True(Op(value, different, "op_Inequality"));
    }

    public static void AssertOrdered<T>(T smaller, T equalToSmaller, T larger)
        where T : IEquatable<T>, IComparable<T>
    {
        AssertEquality(smaller, equalToSmaller, larger);
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(equalToSmaller));
        Assert.True(Op(smaller, larger, "op_LessThan"));
        Assert.True(Op(larger, smaller, "op_GreaterThan"));
        Assert.True(Op(smaller, equalToSmaller, "op_LessThanOrEqual"));
        Assert.True(Op(smaller, equalToSmaller, "op_GreaterThanOrEqual"));
    }

    private static bool Op<T>(T left, T right, string name) =>
        (bool)typeof(T).GetMethod(name, [typeof(T), typeof(T)])!.Invoke(null, [left, right])!;
}
