using CsCheck;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Dates;

public class DateRecognizerPropertyTests
{
    private static void AssertWellFormed(string text, IReadOnlyList<DateMention> mentions)
    {
        Assert.True(mentions.Count <= text.Length);
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.True(m.Span.Start >= previousEnd && m.Span.End > m.Span.Start && m.Span.End <= text.Length);
            Assert.Equal(text[m.Span.Start..m.Span.End], m.Text);
            Assert.Equal(m.DateStart is null, m.DateEnd is null);
            if (m.DateStart is { } start) Assert.True(start <= m.DateEnd);
            else Assert.Equal(DatePrecision.Unknown, m.DatePrecision);
            previousEnd = m.Span.End;
        }
    }

    [Fact]
    public void Arbitrary_unicode_never_throws_and_gives_well_formed_mentions() =>
        Gen.Select(RandomText.Unicode, Gen.Bool).Sample((text, withDate) =>
            AssertWellFormed(text, DateRecognizer.Find(text, withDate ? new DateOnly(2020, 6, 23) : null)), iter: 2000);

    [Fact]
    public void Date_like_noise_gives_well_formed_mentions() =>
        Gen.Select(RandomText.DateLike, Gen.Date.Select(DateOnly.FromDateTime)).Sample((text, published) =>
            AssertWellFormed(text, DateRecognizer.Find(text, published)), iter: 3000);

    [Fact]
    public void Megabyte_inputs_never_throw() =>
        RandomText.Megabyte.Sample(text => AssertWellFormed(text, DateRecognizer.Find(text, new DateOnly(2018, 5, 4))), iter: 3, threads: 1);

    [Fact]
    public void Extreme_publication_dates_never_throw()
    {
        const string text = "أمس الاثنين، الأربعاء الماضي، الأسبوع المقبل، العام الماضي، الصيف المقبل، 10 أغسطس، 26 رمضان، الشهر المقبل";
        AssertWellFormed(text, DateRecognizer.Find(text, DateOnly.MinValue));
        AssertWellFormed(text, DateRecognizer.Find(text, DateOnly.MaxValue));
    }
}
