using System.Text;
using CsCheck;
using Dashboard.Extraction.Facts;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Tests.Facts;
using Dashboard.Extraction.Tests.Seeds;

namespace Dashboard.Extraction.Tests.Robustness;

/// <summary>Any input: no exception, facts bounded by the input's length, spans inside the text.</summary>
public sealed class RobustnessTests
{
    private static readonly ArticleExtractor Extractor = new();

    /// <summary>A fact needs at least a digit or a word and a space around it.</summary>
    private const int MinCharsPerFact = 2;

    private static readonly string[] Fragments =
    [
        "قتل", "مقتل", " 250 ", "إرهابياً", "نحو", "أكثر من", "ما بين", " إلى ", "ألف", "آلاف", "عشرات", "مليون", "دولار", "٣٩٤", "١60", "2,5",
        "«", "»", "\"", "(", ")", "[", "]", "،", ".", "\n", "؟", "-", "F-16", "بالساعة 500", "10:30", "المادة (4)", "في 2022", "بينهم", "و672",
        "من القوات الأمنية", "جثث", "ضربات جوية", "عملية", "عنصر", "ـ", "ً", "\u00A0", "\u200F", "٫", "٬", "%", "أحد", "واحد", "قتيلين",
    ];

    private static void AssertWellFormed(string text, ExtractionResult result)
    {
        Assert.True(result.Facts.Count <= text.Length / MinCharsPerFact + 1, $"{result.Facts.Count} facts for {text.Length} chars");
        foreach (var fact in result.Facts)
        {
            Assert.InRange(fact.Span.Start, 0, text.Length);
            Assert.InRange(fact.Span.End, fact.Span.Start + 1, text.Length);
            Assert.True(fact.Min <= fact.Max, Extract.Describe(fact));
            Assert.True(double.IsFinite(fact.Min) && double.IsFinite(fact.Max));
            Assert.InRange(fact.Confidence, 0, 1);
            Assert.True(fact.Sentence.Length <= 2000);
        }
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        Gen.String[Gen.Char, 0, 400].Sample(text =>
        {
            var result = Extractor.Extract(text, null);
            AssertWellFormed(text, result);
            // The pipeline guards each part; the fact grammar itself must not need the guard.
            FactExtractor.Extract(text, new DateOnly(2020, 1, 1), [], []);
        }, iter: 2000);
    }

    [Fact]
    public void Random_mixes_of_the_grammar_s_own_words_never_throw()
    {
        Gen.OneOf(Fragments).Array[0, 80].Select(parts => string.Join(" ", parts)).Sample(text =>
        {
            AssertWellFormed(text, Extractor.Extract(text, new DateOnly(2022, 6, 1)));
            FactExtractor.Extract(text, null, [], []);
        }, iter: 3000);
    }

    [Fact]
    public void Long_digit_runs_and_separators_never_throw()
    {
        Gen.OneOf("9", "٩", "۹", ",", ".", "٫", "٬", "،", " ", "ألف", "مليار").Array[1, 2000].Select(string.Concat).Sample(text =>
        {
            var facts = FactExtractor.Extract(text + " قتيلا", null, [], []);
            Assert.All(facts, f => Assert.True(double.IsFinite(f.Max)));
        }, iter: 300);
    }

    [Fact]
    public void Deep_nesting_of_quotes_and_brackets_never_throws()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++) builder.Append(i % 3 == 0 ? '«' : i % 3 == 1 ? '(' : '"');
        builder.Append(" مقتل 5 جنود ");
        for (var i = 0; i < 20_000; i++) builder.Append(i % 3 == 0 ? '»' : i % 3 == 1 ? ')' : '"');
        var text = builder.ToString();

        var result = Extractor.Extract(text, null);
        AssertWellFormed(text, result);
        Assert.Contains(result.Facts, f => f.Kind == FactKind.Killed && f.Min == 5);
    }

    [Fact]
    public void One_megabyte_inputs_stay_bounded()
    {
        var seed = string.Concat(Directory.GetFiles(SeedFiles.SeedsDirectory, "*.txt").Order().Select(File.ReadAllText));
        var article = new StringBuilder();
        while (article.Length < 1_000_000) article.Append(seed);
        var text = article.ToString();
        AssertWellFormed(text, Extractor.Extract(text, null));

        var noBreaks = new string('٣', 500_000) + new string('ق', 500_000);
        AssertWellFormed(noBreaks, Extractor.Extract(noBreaks, null));

        var oneSentence = string.Concat(Enumerable.Repeat("مقتل 5 جنود و", 80_000));
        var result = Extractor.Extract(oneSentence, null);
        AssertWellFormed(oneSentence, result);
    }

    [Fact]
    public void Empty_and_whitespace_give_nothing()
    {
        Assert.Empty(Extractor.Extract("", null).Facts);
        Assert.Empty(Extractor.Extract(" \n\t\u00A0", null).Facts);
    }

    [Fact]
    public void Concurrent_use_gives_the_same_answer_as_sequential_use()
    {
        var texts = Directory.GetFiles(SeedFiles.SeedsDirectory, "*.txt").Order().Select(File.ReadAllText).ToArray();
        var expected = texts.Select(t => Extractor.Extract(t, null).Facts.Select(Extract.Describe).ToArray()).ToArray();
        Parallel.For(0, 40, i =>
        {
            var index = i % texts.Length;
            Assert.Equal(expected[index], Extractor.Extract(texts[index], null).Facts.Select(Extract.Describe).ToArray());
        });
    }
}
