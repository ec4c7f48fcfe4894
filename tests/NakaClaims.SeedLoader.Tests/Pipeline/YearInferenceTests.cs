using NakaClaims.SeedLoader.Pipeline;

namespace NakaClaims.SeedLoader.Tests.Pipeline;

public class YearInferenceTests
{
    [Fact]
    public void SameMonth_Wins() => Assert.Equal(2021, YearInference.Infer(1, [(9, 2020), (1, 2021), (10, 2020)]));

    [Fact]
    public void NoSameMonth_MostCommonYear() => Assert.Equal(2020, YearInference.Infer(3, [(9, 2020), (1, 2021), (10, 2020)]));

    [Fact]
    public void NoDates_Null() => Assert.Null(YearInference.Infer(3, []));
}
