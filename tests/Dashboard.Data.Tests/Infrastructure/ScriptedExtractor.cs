using Dashboard.Extraction;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Infrastructure;

/// <summary>
/// An extractor with known output, for storage tests: one "killed" fact per occurrence of <see cref="FactMarker"/>,
/// one date mention for the publication date, a broken fact (no unit, which the database refuses) when the text holds
/// <see cref="UnstorableMarker"/>, and an exception when it holds <see cref="ThrowMarker"/>.
/// </summary>
public sealed class ScriptedExtractor(string version = "scripted-1") : IArticleExtractor
{
    public const string FactMarker = "قتل 7";
    public const string UnstorableMarker = "[unstorable]";
    public const string ThrowMarker = "[throw]";

    public string Version { get; } = version;

    public ExtractionResult Extract(string text, DateOnly? published)
    {
        if (text.Contains(ThrowMarker, StringComparison.Ordinal)) throw new InvalidOperationException("scripted extractor failure");

        var facts = new List<Fact>();
        for (var at = text.IndexOf(FactMarker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(FactMarker, at + 1, StringComparison.Ordinal))
        {
            facts.Add(new Fact
            {
                Kind = FactKind.Killed, Min = 7, Max = 7, Qualifier = Qualifier.Exact, Unit = "person", Scope = FactScope.Incident,
                Target = FactTarget.Militants, Sentence = FactMarker, Span = new TextSpan(at, at + FactMarker.Length), Confidence = 0.9,
                DateStart = published, DateEnd = published, DateBasis = published == null ? DateBasis.None : DateBasis.Publication,
                DatePrecision = published == null ? DatePrecision.Unknown : DatePrecision.Day,
            });
        }
        if (text.Contains(UnstorableMarker, StringComparison.Ordinal))
        {
            facts.Add(new Fact
            {
                Kind = FactKind.Killed, Min = 1, Max = 1, Qualifier = Qualifier.Exact, Unit = null!, Scope = FactScope.Incident,
                Sentence = UnstorableMarker, Span = new TextSpan(0, 1),
            });
        }
        var dates = published is { } day
            ? new List<DateMention> { new() { Text = Version, DateStart = day, DateEnd = day, DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Publication, Span = new TextSpan(0, 1) } }
            : [];
        return new ExtractionResult(facts, dates);
    }
}
