using Bunit;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Localization;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Web.Tests.Components;

public sealed class LayoutTests : DashboardComponentTest
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(c => c.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id='body'>body</p>"))));

    [Fact]
    public void Arabic_lays_the_page_out_right_to_left_with_arabic_labels()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);

        var layout = RenderLayout();

        Assert.True(layout.FindComponent<MudRTLProvider>().Instance.RightToLeft);
        Assert.NotEmpty(layout.FindAll(".mud-application-layout-rtl"));
        Assert.Contains("الوقائع", layout.Markup);
        Assert.Equal("English", layout.Find("[data-testid=language-switch]").TextContent.Trim());
    }

    [Fact]
    public void English_stays_left_to_right()
    {
        using var culture = UseCulture(DashboardCultures.English);

        var layout = RenderLayout();

        Assert.False(layout.FindComponent<MudRTLProvider>().Instance.RightToLeft);
        Assert.Empty(layout.FindAll(".mud-application-layout-rtl"));
        Assert.Contains("Facts", layout.Markup);
        // The page says when it has become interactive.
        JSInterop.VerifyInvoke("document.documentElement.setAttribute");
    }

    [Fact]
    public void The_language_switch_goes_through_the_culture_endpoint_and_comes_back()
    {
        using var culture = UseCulture(DashboardCultures.English);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/facts?kind=killed");
        var layout = RenderLayout();

        Assert.Equal("/culture/set?culture=ar-IQ&redirectUri=%2Ffacts%3Fkind%3Dkilled", layout.Find("[data-testid=language-switch]").GetAttribute("href"));

        navigation.NavigateTo("/?kind=wounded");

        layout.WaitForAssertion(() => Assert.Equal("/culture/set?culture=ar-IQ&redirectUri=%2F%3Fkind%3Dwounded",
            layout.Find("[data-testid=language-switch]").GetAttribute("href")));
    }

    [Fact]
    public void Arabic_dates_use_the_gregorian_calendar()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);

        var text = DisplayText.Date(new DateOnly(2017, 7, 10));

        Assert.Contains("2017", text);
        Assert.DoesNotContain("1438", text);
    }

    [Fact]
    public void Series_without_a_name_are_named_in_arabic()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);
        var shared = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Dashboard.Web.Resources.SharedStrings>>();

        Assert.Equal("(غير منسوب)", shared.Series(Dashboard.Data.Queries.SeriesLabels.Unattributed));
        Assert.Equal("(بلا وسيلة إعلام)", shared.Series(Dashboard.Data.Queries.SeriesLabels.NoOutlet));
        Assert.Equal("(مكان غير معروف)", shared.Series(Dashboard.Data.Queries.SeriesLabels.UnknownPlace));
        Assert.Equal("شفق نيوز", shared.Series("شفق نيوز"));
    }
}
