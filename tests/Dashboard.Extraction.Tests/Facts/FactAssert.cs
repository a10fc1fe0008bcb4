using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

/// <summary>Runs the extractor on a phrase and reads back the facts it reports.</summary>
internal static class Extract
{
    private static readonly ArticleExtractor Extractor = new();

    public static IReadOnlyList<Fact> All(string text, DateOnly? published = null) => Extractor.Extract(text, published).Facts;

    /// <summary>The facts that are not «other».</summary>
    public static IReadOnlyList<Fact> Counted(string text, DateOnly? published = null) =>
        All(text, published).Where(f => f.Kind != FactKind.Other).ToList();

    /// <summary>The one fact of the text (any kind).</summary>
    public static Fact Single(string text, DateOnly? published = null)
    {
        var facts = All(text, published);
        Assert.True(facts.Count == 1, $"expected one fact in «{text}», got {facts.Count}: {string.Join("; ", facts.Select(Describe))}");
        return facts[0];
    }

    public static string SpanText(string text, Fact fact) => text[fact.Span.Start..fact.Span.End];

    public static string Describe(Fact f) => $"{f.Kind} {f.Min}..{f.Max} {f.Qualifier} {f.Unit} {f.Scope}";
}

internal static class FactAssert
{
    /// <summary>Asserts the one fact of <paramref name="text"/>: kind, values, qualifier, scope and the words its span covers.</summary>
    public static Fact Is(string text, FactKind kind, double min, double max, Qualifier qualifier, FactScope scope, string spanText, string? unit = null)
    {
        var fact = Extract.Single(text);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(min, fact.Min);
        Assert.Equal(max, fact.Max);
        Assert.Equal(qualifier, fact.Qualifier);
        Assert.Equal(scope, fact.Scope);
        Assert.Equal(spanText, Extract.SpanText(text, fact));
        if (unit is not null) Assert.Equal(unit, fact.Unit);
        Assert.InRange(fact.Confidence, 0.0, 1.0);
        Assert.Contains(Extract.SpanText(text, fact), fact.Sentence);
        return fact;
    }

    /// <summary>Asserts that no reported fact (of any kind) covers <paramref name="number"/> inside <paramref name="text"/>.</summary>
    public static void NoFactOver(string text, string number)
    {
        var at = text.IndexOf(number, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var region = new TextSpan(at, at + number.Length);
        var over = Extract.All(text).Where(f => f.Span.Overlaps(region)).ToList();
        Assert.True(over.Count == 0, $"«{number}» in «{text}» was reported: {string.Join("; ", over.Select(Extract.Describe))}");
    }
}
