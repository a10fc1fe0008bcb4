using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Navigation;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

public sealed class FilterBarTests : DashboardComponentTest
{
    public FilterBarTests() => SampleData.Fill(Queries);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<FilterBar> RenderBar(FactFilter filter) =>
        Render<FilterBar>(p => p
            .Add(c => c.Filter, filter)
            .Add(c => c.UrlFor, f => DashboardUrls.Facts(f)));

    [Fact]
    public void Clear_all_goes_to_the_unfiltered_url()
    {
        var bar = RenderBar(new FactFilter { Kinds = [FactKind.Killed], OutletIds = [1] });

        bar.Find("[data-testid=filter-clear]").Click();

        Assert.Equal("http://localhost/facts", Navigation.Uri);
    }

    [Fact]
    public void Clear_all_is_disabled_without_filters()
    {
        var bar = RenderBar(FactFilter.None);

        Assert.True(bar.Find("[data-testid=filter-clear]").HasAttribute("disabled"));
    }

    [Fact]
    public void Turning_off_vague_figures_writes_it_to_the_url()
    {
        var bar = RenderBar(new FactFilter { Kinds = [FactKind.Killed] });

        var vague = bar.Find("[data-testid=filter-vague]");
        (vague.TagName == "INPUT" ? vague : vague.QuerySelector("input")!).Change(false);

        Assert.Equal("http://localhost/facts?kind=killed&vague=false", Navigation.Uri);
    }

    [Fact]
    public void The_page_is_told_of_the_chosen_filter_before_it_navigates_there()
    {
        var told = new List<(FactFilter Filter, string UriThen)>();
        var bar = Render<FilterBar>(p => p
            .Add(c => c.Filter, new FactFilter { Kinds = [FactKind.Killed] })
            .Add(c => c.UrlFor, f => DashboardUrls.Facts(f))
            .Add(c => c.Choosing, f => told.Add((f, Navigation.Uri))));

        var vague = bar.Find("[data-testid=filter-vague]");
        (vague.TagName == "INPUT" ? vague : vague.QuerySelector("input")!).Change(false);

        var (filter, uriThen) = Assert.Single(told);
        Assert.Equal(new FactFilter { Kinds = [FactKind.Killed], IncludeVague = false }, filter);
        Assert.Equal("http://localhost/", uriThen);
        Assert.Equal("http://localhost/facts?kind=killed&vague=false", Navigation.Uri);
    }

    [Fact]
    public void Clearing_filters_that_are_already_clear_tells_nothing()
    {
        var told = 0;
        var bar = Render<FilterBar>(p => p
            .Add(c => c.Filter, FactFilter.None)
            .Add(c => c.UrlFor, f => DashboardUrls.Facts(f))
            .Add(c => c.Choosing, _ => told++));

        bar.Find("input#filter-from").Change("");

        Assert.Equal(0, told);
    }

    [Fact]
    public void A_date_typed_in_narrows_the_url()
    {
        var bar = RenderBar(FactFilter.None);

        bar.Find("input#filter-from").Change("2017-02-01");

        var parsed = FactFilterQuery.Parse(new Uri(Navigation.Uri).Query, out _);
        Assert.Equal(new DateOnly(2017, 2, 1), parsed.From);
    }

    [Fact]
    public void Facts_without_a_claimant_or_place_are_chosen_and_shown_in_the_ui_language()
    {
        using var _ = UseCulture("ar-IQ");
        var loc = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Dashboard.Web.Resources.SharedStrings>>();

        var bar = RenderBar(new FactFilter { Claimants = [SeriesLabels.Unattributed], Governorates = [SeriesLabels.UnknownPlace] });

        bar.WaitForAssertion(() => Assert.Contains(Dashboard.Web.Localization.DisplayText.Series(loc, SeriesLabels.Unattributed),
            bar.Find("[data-testid=filter-claimants]").OuterHtml));
        Assert.Contains(Dashboard.Web.Localization.DisplayText.Series(loc, SeriesLabels.UnknownPlace), bar.Find("[data-testid=filter-governorates]").OuterHtml);
        Assert.DoesNotContain(SeriesLabels.Unattributed, bar.Find("[data-testid=filter-claimants]").OuterHtml);
    }

    [Fact]
    public void Chosen_governorates_read_in_arabic_with_the_arabic_comma()
    {
        using var _ = UseCulture("ar-IQ");

        var bar = RenderBar(new FactFilter { Governorates = ["Kirkuk", "Salah al-Din"] });

        bar.WaitForAssertion(() => Assert.Contains("كركوك، صلاح الدين", bar.Find("[data-testid=filter-governorates]").OuterHtml));
        Assert.DoesNotContain("Kirkuk", bar.Find("[data-testid=filter-governorates]").OuterHtml);
    }

    [Fact]
    public void No_outlet_is_offered_and_shown_in_the_ui_language()
    {
        using var _ = UseCulture("ar-IQ");
        var loc = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Dashboard.Web.Resources.SharedStrings>>();
        var noOutlet = Dashboard.Web.Localization.DisplayText.Series(loc, SeriesLabels.NoOutlet);

        var bar = RenderBar(new FactFilter { OutletIds = [FactFilter.NoOutlet] });

        bar.WaitForAssertion(() => Assert.Contains(noOutlet, bar.Find("[data-testid=filter-outlets]").OuterHtml));
        Assert.NotEqual(SeriesLabels.NoOutlet, noOutlet);
    }

    [Fact]
    public void The_bar_shows_the_current_filter()
    {
        var bar = RenderBar(new FactFilter { From = new DateOnly(2017, 3, 4), OutletIds = [2] });

        Assert.Equal("2017-03-04", bar.Find("input#filter-from").GetAttribute("value"));
        bar.WaitForAssertion(() => Assert.Contains("Shafaq", bar.Find("[data-testid=filter-outlets]").OuterHtml));
    }
}
