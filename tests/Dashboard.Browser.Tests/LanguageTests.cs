using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class LanguageTests(DashboardAppFixture app)
{
    [Fact]
    public async Task The_arabic_switch_turns_the_page_right_to_left_and_back()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/");
        Assert.Equal("ltr", await page.Locator("html").GetAttributeAsync("dir"));

        await page.GetByTestId("language-switch").ClickAsync();
        await page.WaitForSelectorAsync("html[dir=rtl]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        // MudRTLProvider marks the layout itself, not only the html element.
        await Assertions.Expect(page.Locator(".mud-application-layout-rtl")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "الوقائع", Exact = true })).ToBeVisibleAsync();
        await page.WaitForSelectorAsync("svg.main-svg", new() { Timeout = 60_000 });
        // plotly.js's toolbar in the UI language (the locale chart-redraw.js registers).
        await Assertions.Expect(page.Locator(".modebar-btn[data-title='تكبير']").First).ToBeAttachedAsync();
        Assert.Equal(0, await page.Locator(".modebar-btn[data-title='Zoom in']").CountAsync());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
        await watched.ScreenshotAsync("overview-ar");

        await page.GetByTestId("language-switch").ClickAsync();
        await page.WaitForSelectorAsync("html[dir=ltr]", new() { State = WaitForSelectorState.Attached });
        Assert.Empty(watched.ExternalRequests);
    }
}
