using System.Reflection;

namespace NakaClaims.Tests;

// API-wide rules checked by reflection, as NodaTime's ConsistencyTest does.
public class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(Claim).Assembly.GetExportedTypes();

    public static TheoryData<string> ClassNames() => [.. PublicTypes.Where(t => t.IsClass && !t.IsAbstract).Select(t => t.FullName!)];

    public static TheoryData<string> EquatableNames() =>
        [.. PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>))).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ClassNames))]
    public void PublicClasses_AreSealedOrStatic(string name)
    {
        var type = PublicTypes.Single(t => t.FullName == name);
        Assert.True(type.IsSealed, $"{name} is neither sealed nor static.");
    }

    [Theory]
    [MemberData(nameof(EquatableNames))]
    public void EquatableTypes_HaveEqualityOperators(string name)
    {
        var type = PublicTypes.Single(t => t.FullName == name);
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]));
    }

    [Fact]
    public void ValueTypes_AreReadOnly() =>
        Assert.All(PublicTypes.Where(t => t.IsValueType && !t.IsEnum), t => Assert.True(t.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)), $"{t} is a mutable struct."));
}
