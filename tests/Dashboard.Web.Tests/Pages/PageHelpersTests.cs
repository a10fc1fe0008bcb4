using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Localization;
using Dashboard.Web.Navigation;
using MudBlazor;

namespace Dashboard.Web.Tests.Pages;

public sealed class PageHelpersTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);

    [Theory]
    [InlineData("2020-06-23", 2020, 6, 23)]
    [InlineData(" 2020-6-3 ", 2020, 6, 3)]
    [InlineData("٢٠٢٠-٠٦-٢٣", 2020, 6, 23)]
    [InlineData("2020/06/23", 2020, 6, 23)]
    public void Typed_dates_are_read_as_year_month_day(string input, int year, int month, int day)
    {
        Assert.Equal(PublishedDateError.None, PublishedDateInput.TryParse(input, Today, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("23/06/2020", PublishedDateError.Malformed)]
    [InlineData("yesterday", PublishedDateError.Malformed)]
    [InlineData("2020-06", PublishedDateError.Malformed)]
    [InlineData("2020-13-01", PublishedDateError.NoSuchDay)]
    [InlineData("2021-02-29", PublishedDateError.NoSuchDay)]
    [InlineData("2025-03-12", PublishedDateError.InTheFuture)]
    [InlineData("1989-12-31", PublishedDateError.TooEarly)]
    public void Malformed_or_impossible_dates_are_refused_with_their_reason(string input, PublishedDateError expected)
    {
        Assert.Equal(expected, PublishedDateInput.TryParse(input, Today, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void An_empty_date_means_unknown(string? input)
    {
        Assert.Equal(PublishedDateError.None, PublishedDateInput.TryParse(input, Today, out var date));
        Assert.Null(date);
    }

    [Fact]
    public void Grid_sort_maps_column_names_to_sql_sort_and_falls_back_to_newest_first()
    {
        var byMin = new SortDefinition<FactRow>(nameof(FactRow.Min), false, 0, _ => 0);
        var byOutlet = new SortDefinition<FactRow>(nameof(FactRow.Outlet), true, 1, _ => 0);
        var bySentence = new SortDefinition<FactRow>(nameof(FactRow.Sentence), true, 0, _ => 0);

        Assert.Equal(new FactSort(FactSortColumn.Min, false), FactsGridSort.From([byOutlet, byMin]));
        Assert.Equal(new FactSort(FactSortColumn.DateStart, true), FactsGridSort.From([]));
        Assert.Equal(new FactSort(FactSortColumn.DateStart, true), FactsGridSort.From([bySentence]));
    }

    [Fact]
    public void Export_links_carry_the_format_then_the_same_filter_query()
    {
        var filter = new FactFilter { Kinds = [FactKind.Killed], From = new DateOnly(2020, 1, 1) };

        Assert.Equal("/api/facts?format=xlsx&from=2020-01-01&kind=killed", DashboardUrls.FactsExport("xlsx", filter));
        Assert.Equal("/api/facts?format=json&all=true", DashboardUrls.FactsExport("json", FactFilter.None));
    }

    [Fact]
    public void Values_read_in_the_culture_with_ranges_and_currencies()
    {
        var en = CultureInfo.GetCultureInfo("en");
        Assert.Equal("7", FactDisplay.Value(7, 7, "person", en));
        Assert.Equal("20–99", FactDisplay.Value(20, 99, "person", en));
        Assert.Equal("394,000,000 USD", FactDisplay.Value(394_000_000, 394_000_000, "USD", en));
        Assert.Equal("2.5", FactDisplay.Number(2.5, en));
    }

    [Fact]
    public void Card_numbers_show_a_tenth_only_below_a_thousand()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.Equal("2.5", DisplayText.Number(2.5));
            Assert.Equal("19,570,164,834,631", DisplayText.Number(19_570_164_834_631.2));
            Assert.Equal("999.5–1,500", DisplayText.Range(999.5, 1500.4));
            Assert.Equal("1,000", DisplayText.Number(999.96));
            Assert.Equal("1,000", DisplayText.Range(1000.2, 1000.4));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Long_sentences_are_cut_at_a_word_with_an_ellipsis()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("كلمة", 40));
        var cut = FactDisplay.Truncate(sentence, 50);

        Assert.True(cut.Length <= 51);
        Assert.EndsWith("…", cut);
        Assert.StartsWith(cut[..^1], sentence);
        Assert.Equal("قصيرة", FactDisplay.Truncate("قصيرة", 50));
    }
}
