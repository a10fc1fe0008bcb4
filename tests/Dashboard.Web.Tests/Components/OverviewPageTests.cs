using System.Text.Json;
using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

public sealed class OverviewPageTests : DashboardComponentTest
{
    public OverviewPageTests() => SampleData.Fill(Queries);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void The_filter_and_value_mode_in_the_url_drive_every_query()
    {
        Navigation.NavigateTo("/?kind=killed&outlet=2&vague=false&mode=max&seriesBy=claimant");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.NotEmpty(Queries.CardRequests));
        var expected = new FactFilter { Kinds = [FactKind.Killed], OutletIds = [2], IncludeVague = false };
        Assert.Equal((expected, ValueMode.Max), Queries.CardRequests.Last());
        Assert.Equal((expected, SeriesBy.Claimant, ValueMode.Max), Queries.MonthlyRequests.Last());
    }

    [Fact]
    public void Over_time_by_governorate_names_the_governorates_in_the_ui_language()
    {
        using var _ = UseCulture("ar-IQ");
        Queries.Monthly = [new MonthlyPoint(2017, 1, FactKind.Killed, "Nineveh", null, 5, 5, 1)];
        Navigation.NavigateTo("/?seriesBy=governorate");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("chart-over-time", DrawnIds));
        var trace = Drawn.Single(d => d.Chart.GetProperty("id").GetString() == "chart-over-time").Chart.GetProperty("data")[0];
        Assert.Equal("نينوى", trace.GetProperty("name").GetString());
    }

    [Fact]
    public void Over_many_months_the_over_time_chart_is_drawn_as_lines_until_the_reader_chooses_bars()
    {
        Queries.Monthly = [.. Enumerable.Range(0, 36).Select(m => new MonthlyPoint(2016 + m / 12, m % 12 + 1, FactKind.Killed, "Alsumaria", 1, 5, 5, 1))];

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("chart-over-time", DrawnIds));
        Assert.Equal("scatter", OverTimeTraceType());
        var selected = page.FindAll("[data-testid=chart-style] .mud-toggle-item-selected");
        Assert.Equal("Lines", Assert.Single(selected).TextContent.Trim());

        page.FindAll("[data-testid=chart-style] .mud-toggle-item").Single(b => b.TextContent.Trim() == "Bars").Click();

        Assert.EndsWith("/?style=bars", Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal("bar", OverTimeTraceType()));
        Assert.Equal("Bars", page.Find("[data-testid=chart-style] .mud-toggle-item-selected").TextContent.Trim());

        string? OverTimeTraceType() =>
            Drawn.Last(d => d.Chart.GetProperty("id").GetString() == "chart-over-time").Chart.GetProperty("data")[0].GetProperty("type").GetString();
    }

    [Fact]
    public void The_funding_card_names_the_most_reported_currencies_and_counts_the_rest()
    {
        Queries.Cards = SampleData.Cards with
        {
            Funding =
            [
                new CurrencyTotal("IQD", 9e12, 9e12, 2), new CurrencyTotal("USD", 5e6, 5e6, 9), new CurrencyTotal("EUR", 1e6, 1e6, 4),
                new CurrencyTotal("SAR", 2e6, 2e6, 3), new CurrencyTotal("TRY", 1e5, 1e5, 1),
            ],
        };

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("USD", page.Find("[data-testid=card-funding]").TextContent));
        var text = page.Find("[data-testid=card-funding]").TextContent;
        Assert.True(text.IndexOf("USD", StringComparison.Ordinal) < text.IndexOf("EUR", StringComparison.Ordinal));
        Assert.Contains("SAR", text);
        Assert.DoesNotContain("IQD", text);
        Assert.DoesNotContain("TRY", text);
        Assert.Contains("2 more currencies", text);
    }

    [Fact]
    public void Card_figures_of_a_million_and_more_are_rounded_with_the_exact_range_on_hover()
    {
        Queries.Cards = SampleData.Cards with
        {
            IncidentTotals = [new KindTotal(FactKind.Killed, 22, 26, 3), new KindTotal(FactKind.Arrested, 2_400_000, 2_420_000, 2)],
            Funding = [new CurrencyTotal("USD", 19_570_164_834_631, 20_625_267_519_007, 9)],
        };

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("trillion", page.Find("[data-testid=card-funding]").TextContent));
        var funding = page.Find("[data-testid=card-funding] .card-value");
        Assert.Equal("\u206619.6–20.6\u2069 trillion USD", funding.TextContent.Trim());
        Assert.Equal("19,570,164,834,631–20,625,267,519,007 USD", funding.GetAttribute("title"));
        Assert.Contains("19,570,164,834,631–20,625,267,519,007 USD", page.Find("[data-testid=card-funding] a").GetAttribute("aria-label"));

        var arrested = page.Find("[data-testid=card-arrested] .card-value");
        Assert.Equal("\u20662.4–2.42\u2069 million", arrested.TextContent.Trim());
        Assert.Equal("2,400,000–2,420,000", arrested.GetAttribute("title"));

        // Below a million the figure is exact and needs no tooltip.
        var killed = page.Find("[data-testid=card-killed] .card-value");
        Assert.Equal("\u206622–26\u2069", killed.TextContent.Trim());
        Assert.Null(killed.GetAttribute("title"));
    }

    [Fact]
    public void Rounded_card_figures_read_in_arabic_with_the_range_kept_left_to_right()
    {
        using var _ = UseCulture("ar-IQ");
        Queries.Cards = SampleData.Cards with { Funding = [new CurrencyTotal("USD", 2_500_000_000, 2_500_000_000, 1)] };

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("مليار", page.Find("[data-testid=card-funding]").TextContent));
        Assert.Equal("\u20662٫5\u2069 مليار USD", page.Find("[data-testid=card-funding] .card-value").TextContent.Trim());
    }

    // 100 incident figures a month through 2018.
    private static MonthlyPoint[] HundredAMonthIn2018 => [.. Enumerable.Range(1, 12).Select(m => new MonthlyPoint(2018, m, FactKind.Killed, "A", 1, 100, 100, 100))];

    private (string Value, string? Note) RenderDatesCard()
    {
        var page = Render<Overview>();
        page.WaitForAssertion(() => Assert.Contains("2018", page.Find("[data-testid=card-dates] .card-value").TextContent));
        return (page.Find("[data-testid=card-dates] .card-value").TextContent.Trim(),
            page.FindAll("[data-testid=card-dates] .mud-typography-caption").SingleOrDefault()?.TextContent);
    }

    [Fact]
    public void The_dates_card_names_where_most_figures_lie_and_the_whole_extent_in_its_note()
    {
        // One recalled battle of 1187 and one plan for 2047 beside the year's figures.
        Queries.Monthly = [.. HundredAMonthIn2018, new MonthlyPoint(1187, 7, FactKind.Killed, "A", 1, 1, 1, 1), new MonthlyPoint(2047, 1, FactKind.Killed, "A", 1, 1, 1, 1)];
        Queries.Cards = SampleData.Cards with { FirstDate = new DateOnly(1187, 7, 4), LastDate = new DateOnly(2047, 1, 1) };

        var (value, note) = RenderDatesCard();

        Assert.Equal("Jan 2018 – Dec 2018", value);
        Assert.NotNull(note);
        Assert.Contains("2 outside", note);
        Assert.Contains("1187", note);
        Assert.Contains("2047", note);
    }

    [Fact]
    public void The_dates_card_names_where_incident_figures_lie_when_only_other_figures_lie_beyond()
    {
        // Every incident figure in 2018; a funding plan for 2047 and a recalled battle of 1187 are not incident figures.
        Queries.Monthly = HundredAMonthIn2018;
        Queries.Cards = SampleData.Cards with { FirstDate = new DateOnly(1187, 7, 4), LastDate = new DateOnly(2047, 12, 31) };

        var (value, note) = RenderDatesCard();

        Assert.Equal("Jan 2018 – Dec 2018", value);
        Assert.NotNull(note);
        Assert.Contains("where the incident figures lie", note);
        Assert.Contains("1187", note);
        Assert.Contains("2047", note);
    }

    [Fact]
    public void The_dates_card_names_the_whole_extent_when_nothing_lies_far_from_the_rest()
    {
        Queries.Monthly = HundredAMonthIn2018;
        Queries.Cards = SampleData.Cards with { FirstDate = new DateOnly(2018, 1, 3), LastDate = new DateOnly(2018, 12, 30) };

        var (value, note) = RenderDatesCard();

        Assert.Equal("3 Jan 2018 – 30 Dec 2018", value);
        Assert.Null(note);
    }

    [Fact]
    public void Cards_show_incident_totals_as_ranges_and_link_to_the_explorer()
    {
        Navigation.NavigateTo("/?gov=%D9%86%D9%8A%D9%86%D9%88%D9%89");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("22–26", page.Find("[data-testid=card-killed]").TextContent));
        Assert.Contains("14", page.Find("[data-testid=card-facts]").TextContent);
        Assert.Contains("USD", page.Find("[data-testid=card-funding]").TextContent);
        var killedLink = page.Find("[data-testid=card-killed] a").GetAttribute("href");
        Assert.Equal("/facts?kind=killed&gov=%D9%86%D9%8A%D9%86%D9%88%D9%89", killedLink);
    }

    [Fact]
    public void Every_chart_is_drawn_once_the_data_is_in()
    {
        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Equal(6, Drawn.Count));
        // The six first drawings of one render go to the browser in one call.
        Assert.Single(Drawings.Invocations);
        Assert.Equal(["chart-by-claimant", "chart-by-outlet", "chart-claims", "chart-funding", "chart-over-time", "chart-timeline"], DrawnIds.Order());
    }

    [Fact]
    public void A_filter_change_redraws_every_chart_in_one_browser_call()
    {
        var page = Render<Overview>();
        page.WaitForAssertion(() => Assert.Equal(6, Drawn.Count));

        Navigation.NavigateTo("/?outlet=2");

        page.WaitForAssertion(() => Assert.Equal(2, Drawings.Invocations.Count));
        var charts = Drawn.Where(d => d.Call == 1).Select(d => d.Chart).ToList();
        Assert.Equal(["chart-by-claimant", "chart-by-outlet", "chart-claims", "chart-funding", "chart-over-time", "chart-timeline"],
            charts.Select(c => c.GetProperty("id").GetString()).Order());
        Assert.All(charts, c => Assert.True(c.GetProperty("data").GetArrayLength() > 0));
    }

    [Fact]
    public void A_by_claimant_chart_with_too_many_claimants_says_how_many_its_table_adds()
    {
        var claimants = Enumerable.Range(1, OverviewChartBuilder.MaxSourcesDrawn + 3)
            .Select(i => new SourcePoint($"claimant {i}", null, FactKind.Killed, i, i, i)).ToList();
        Queries.BySource = Queries.BySource with { ByClaimant = claimants };

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Equal(6, Drawn.Count));
        var note = page.Find("[data-testid=chart-by-claimant] .mud-typography-caption").TextContent;
        Assert.Contains($"{OverviewChartBuilder.MaxSourcesDrawn} sources", note, StringComparison.Ordinal);
        Assert.Contains("3 others", note, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=chart-by-outlet] .mud-typography-caption"));
    }

    [Fact]
    public void A_list_cut_at_its_limit_says_so_and_a_shorter_one_does_not()
    {
        var claim = SampleData.Claims[0];
        Queries.Claims = Enumerable.Range(1, DashboardQueries.ListLimit).Select(i => claim with { FactId = i }).ToList();

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Equal(6, Drawn.Count));
        var notes = page.FindAll(".chart-panel .mud-typography-caption").Select(n => n.TextContent).ToList();
        Assert.Single(notes, n => n.Contains("Only the newest 1,000", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("never added up", StringComparison.Ordinal) && n.Contains("newest 1,000", StringComparison.Ordinal));
    }

    [Fact]
    public void No_results_say_so_and_offer_to_clear_the_filters()
    {
        Queries.Cards = new OverviewCards(0, 0, 0, [], [], null, null);
        Queries.Monthly = [];
        Navigation.NavigateTo("/?kind=seized&mode=max");

        var page = Render<Overview>();

        page.WaitForAssertion(() => page.Find("[data-testid=empty-results]"));
        Assert.Equal("/?mode=max", page.Find("[data-testid=empty-clear]").GetAttribute("href"));
        Assert.Contains("0", page.Find("[data-testid=card-facts]").TextContent);
    }

    [Fact]
    public void A_failed_load_shows_the_error_and_keeps_the_filters()
    {
        Queries.Failure = new InvalidOperationException("database is locked");
        Navigation.NavigateTo("/?kind=killed");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("database is locked", page.Find("[data-testid=load-error]").TextContent));
        Assert.NotNull(page.Find("[data-testid=filter-bar]"));
        Assert.False(page.Find("[data-testid=filter-clear]").HasAttribute("disabled"));
    }

    [Fact]
    public void Bad_filter_values_in_the_url_are_reported_not_fatal()
    {
        Navigation.NavigateTo("/?kind=killed&kind=dragons&from=yesterday");

        var page = Render<Overview>();

        page.WaitForAssertion(() => Assert.Contains("dragons", page.Find("[data-testid=filter-errors]").TextContent));
        Assert.Equal(new FactFilter { Kinds = [FactKind.Killed] }, Queries.CardRequests.Last().Filter);
    }
}
