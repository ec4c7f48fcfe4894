using NakaClaims.Time;
using NodaTime;

namespace NakaClaims.SeedLoader.Pipeline;

/// <summary>What relative dates in a document are read against: its dateline date and the last date the text named.</summary>
/// <param name="Dateline">The publication date, or <see langword="null"/> when unknown.</param>
/// <param name="Current">The date the text is currently talking about ("the same day").</param>
/// <param name="YearInferred">Whether the dateline's year came from other documents.</param>
internal readonly record struct TimeContext(LocalDate? Dateline, LocalDate? Current, bool YearInferred)
{
    public InferredParts Inferred => YearInferred ? InferredParts.Year : InferredParts.None;
}
