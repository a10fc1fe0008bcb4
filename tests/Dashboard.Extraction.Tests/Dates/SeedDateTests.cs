using Dashboard.Extraction.Dates;

namespace Dashboard.Extraction.Tests.Dates;

/// <summary>The gold dates of the seed articles: a mention overlapping the gold words with the same start and end.</summary>
public class SeedDateTests
{
    public static TheoryData<string, string?, string, string, string> GoldDates => new()
    {
        { "000", null, "في 2022", "2022-01-01", "2022-12-31" },
        { "000", null, "الأربعاء الماضي 10 أغسطس (آب)", "2022-08-10", "2022-08-10" },
        { "001", null, "منذ 2003", "2003-01-01", "2003-12-31" },
        { "001", null, "عام 2014", "2014-01-01", "2014-12-31" },
        { "001", null, "(2026- 2030)", "2026-01-01", "2030-12-31" },
        { "002", null, "في سبتمبر 2025", "2025-09-01", "2025-09-30" },
        { "002", null, "في عام 2014", "2014-01-01", "2014-12-31" },
        { "002", null, "وفي عام 2024", "2024-01-01", "2024-12-31" },
        { "003", null, "عام 2017", "2017-01-01", "2017-12-31" },
        { "004", "2020-06-23", "6/23/2020", "2020-06-23", "2020-06-23" },
        { "004", "2020-06-23", "أمس الاثنين", "2020-06-22", "2020-06-22" },
        { "004", "2020-06-23", "بعد عام 2014", "2014-01-01", "2014-12-31" },
        { "004", "2020-06-23", "نهاية العام الماضي", "2019-10-01", "2019-12-31" },
    };

    [Theory]
    [MemberData(nameof(GoldDates))]
    public void Seed_gold_date_is_found(string seed, string? published, string goldText, string start, string end)
    {
        var text = SeedFiles.Read(seed);
        var goldStart = text.IndexOf(goldText, StringComparison.Ordinal);
        Assert.True(goldStart >= 0, $"gold text «{goldText}» not in seed {seed}");
        var gold = new Model.TextSpan(goldStart, goldStart + goldText.Length);

        var mentions = DateRecognizer.Find(text, published is null ? null : DateOnly.Parse(published));

        var overlapping = mentions.Where(m => m.Span.Overlaps(gold)).ToList();
        Assert.Contains(overlapping, m => m.DateStart == DateOnly.Parse(start) && m.DateEnd == DateOnly.Parse(end));
    }

    [Fact]
    public void Copyright_year_in_the_footer_is_not_a_date()
    {
        var text = SeedFiles.Read("003");
        var footer = text.IndexOf("Copyright 2024", StringComparison.Ordinal);
        Assert.DoesNotContain(DateRecognizer.Find(text, null), m => m.Span.End > footer);
    }

    [Fact]
    public void Every_seed_mention_text_is_its_span_and_mentions_do_not_overlap()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var text = SeedFiles.Read(seed);
            var mentions = DateRecognizer.Find(text, new DateOnly(2020, 6, 23));
            for (var i = 0; i < mentions.Count; i++)
            {
                Assert.Equal(mentions[i].Text, text[mentions[i].Span.Start..mentions[i].Span.End]);
                if (i > 0) Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start);
            }
        }
    }
}
