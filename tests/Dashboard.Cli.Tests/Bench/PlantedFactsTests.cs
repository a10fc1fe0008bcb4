using Dashboard.Data.Bench;
using Dashboard.Extraction;
using Xunit.Abstractions;

namespace Dashboard.Cli.Tests.Bench;

/// <summary>The generated articles extract, with the app's real extractor, to the figures planted in them.</summary>
public sealed class PlantedFactsTests(ITestOutputHelper log)
{
    [Fact]
    public void Every_planted_figure_is_extracted_with_its_kind_min_and_max()
    {
        var generator = new CorpusGenerator(seed: 1);
        var extractor = new ArticleExtractor();
        var missed = new List<string>();
        var planted = 0;

        foreach (var article in Enumerable.Range(0, 150).Select(generator.Generate))
        {
            var facts = extractor.Extract(article.Text, article.Published).Facts;
            foreach (var fact in article.Facts)
            {
                planted++;
                if (!facts.Any(f => f.Kind == fact.Kind && f.Min == fact.Min && f.Max == fact.Max))
                {
                    missed.Add($"{fact.Form} {fact.Kind} {fact.Min}..{fact.Max}: {fact.Sentence} => " +
                        string.Join("; ", facts.Select(f => $"{f.Kind} {f.Min}..{f.Max}")));
                }
            }
        }

        foreach (var line in missed) log.WriteLine(line);
        Assert.True(planted > 300, $"only {planted} figures planted");
        Assert.True(missed.Count == 0, $"{missed.Count} of {planted} planted figures not extracted:\n" + string.Join("\n", missed.Take(20)));
    }

    [Fact]
    public void Numbers_that_are_not_figures_are_not_extracted()
    {
        var generator = new CorpusGenerator(seed: 5);
        var extractor = new ArticleExtractor();
        var noisy = Enumerable.Range(0, 300).Select(generator.Generate)
            .Where(a => a.Text.Contains("F-16", StringComparison.Ordinal) || a.Text.Contains("بالساعة 500", StringComparison.Ordinal) || a.Text.Contains("AC-208", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(noisy);

        foreach (var article in noisy)
        {
            var facts = extractor.Extract(article.Text, article.Published).Facts;
            Assert.DoesNotContain(facts, f => f.Min is 16 or 500 or 208 && !article.Facts.Any(p => p.Min == f.Min || p.Max == f.Max));
        }
    }
}
