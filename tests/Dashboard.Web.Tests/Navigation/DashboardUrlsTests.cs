using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Localization;
using Dashboard.Web.Navigation;

namespace Dashboard.Web.Tests.Navigation;

public sealed class DashboardUrlsTests
{
    private static readonly FactFilter Busy = new()
    {
        From = new DateOnly(2017, 1, 1),
        To = new DateOnly(2017, 12, 31),
        DateBy = DateField.Published,
        OutletIds = [3, 1],
        Claimants = ["قيادة العمليات المشتركة", "a&b=c"],
        Kinds = [FactKind.Killed, FactKind.MilitantStrength],
        Governorates = ["نينوى"],
        Targets = [FactTarget.SecurityForces],
        IncludeVague = false,
    };

    [Fact]
    public void A_filter_survives_the_round_trip_through_every_page_url()
    {
        foreach (var url in new[] { DashboardUrls.Overview(Busy, ValueMode.Max, SeriesBy.Claimant, ChartStyle.Lines), DashboardUrls.Facts(Busy, 2), DashboardUrls.Articles(Busy) })
        {
            var parsed = FactFilterQuery.Parse(new Uri(new Uri("http://127.0.0.1/"), url).Query, out var errors);
            Assert.Empty(errors);
            Assert.Equal(Busy, parsed);
        }
    }

    [Fact]
    public void The_empty_filter_gives_bare_paths()
    {
        Assert.Equal("/", DashboardUrls.Overview(FactFilter.None));
        Assert.Equal("/facts", DashboardUrls.Facts(FactFilter.None));
        Assert.Equal("/articles", DashboardUrls.Articles(FactFilter.None));
        Assert.Equal("/upload", DashboardUrls.Upload());
    }

    [Fact]
    public void Overview_options_are_written_only_when_they_differ_from_the_defaults()
    {
        var url = DashboardUrls.Overview(new FactFilter { Kinds = [FactKind.Killed] }, ValueMode.Max, SeriesBy.Governorate, ChartStyle.Lines);
        Assert.Equal("/?kind=killed&mode=max&seriesBy=governorate&style=lines", url);
        Assert.Equal(ValueMode.Max, DashboardUrls.ParseWord("max", ValueMode.Min));
        Assert.Equal(SeriesBy.Governorate, DashboardUrls.ParseWord("governorate", SeriesBy.Outlet));
        Assert.Equal(ChartStyle.Bars, DashboardUrls.ParseWord("nonsense", ChartStyle.Bars));
    }

    [Fact]
    public void A_chart_style_is_written_only_when_the_reader_chose_one()
    {
        Assert.Equal("/", DashboardUrls.Overview(FactFilter.None));
        Assert.Equal("/?style=bars", DashboardUrls.Overview(FactFilter.None, style: ChartStyle.Bars));
        Assert.Equal(ChartStyle.Bars, DashboardUrls.ParseStyle("bars"));
        Assert.Equal(ChartStyle.Lines, DashboardUrls.ParseStyle("lines"));
        Assert.Null(DashboardUrls.ParseStyle(null));
        Assert.Null(DashboardUrls.ParseStyle("nonsense"));
    }

    [Fact]
    public void Article_urls_point_at_the_highlighted_fact()
    {
        Assert.Equal("/articles/7", DashboardUrls.Article(7));
        Assert.Equal("/articles/7?fact=42#fact-42", DashboardUrls.Article(7, 42));
    }

    [Fact]
    public void Culture_and_csv_urls_escape_their_values()
    {
        Assert.Equal("/culture/set?culture=ar-IQ&redirectUri=%2Ffacts%3Fkind%3Dkilled", DashboardUrls.SetCulture(DashboardCultures.Arabic, "/facts?kind=killed"));
        Assert.Equal("/api/facts?format=csv&outlet=2&kind=killed", DashboardUrls.FactsCsv(new FactFilter { Kinds = [FactKind.Killed], OutletIds = [2] }));
    }

    [Theory]
    [InlineData("ar", "ar-IQ")]
    [InlineData("ar-SA", "ar-IQ")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void Requested_cultures_map_to_the_supported_ones(string requested, string? expected) =>
        Assert.Equal(expected, DashboardCultures.Normalize(requested));
}
