using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class OverviewTests(DashboardAppFixture app)
{
    /// <summary>What Plotly drew in one chart (its traces), read from the page.</summary>
    private static async Task<string> ChartDataAsync(IPage page, string chartId) =>
        await page.EvaluateAsync<string>(
            "id => JSON.stringify((document.getElementById(id)?.data ?? []).map(t => ({ name: t.name, x: t.x, y: t.y })))", chartId);

    /// <summary>
    /// A chart far below the first view is drawn once the reader scrolls near it: brought into view, then read when drawn.
    /// </summary>
    private static async Task<string> ChartDataInViewAsync(IPage page, string chartId)
    {
        await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", chartId);
        await page.WaitForFunctionAsync("id => document.getElementById(id)?.data?.length > 0", chartId);
        return await ChartDataAsync(page, chartId);
    }

    /// <summary>
    /// The charts within half a screen of the view are drawn right after the paint, in one task with every other chart the
    /// page then finds near the view: once one of them is drawn, the timeline (further down) is known to have been left
    /// waiting, undrawn.
    /// </summary>
    private static async Task AssertTheTimelineWaitsBelowTheNearChartsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.getElementById('chart-by-outlet')?.data?.length > 0");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => document.getElementById('chart-timeline').getBoundingClientRect().top > window.innerHeight * 1.5"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.getElementById('chart-timeline').data?.length ?? 0"));
    }

    /// <summary>The text a MudSelect shows for its selection (its input's value).</summary>
    private static async Task<string> SelectedTextAsync(IPage page, string testId) =>
        await page.GetByTestId(testId).InputValueAsync();

    private static async Task WaitForChartsAsync(IPage page)
    {
        await page.WaitForSelectorAsync("svg.main-svg", new() { Timeout = 60_000 });
        // Interactive: the circuit is up once the chart is drawn; let pending renders settle.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task The_overview_draws_its_charts_without_errors_or_outside_requests()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;

        await watched.GotoInteractiveAsync("/");
        await WaitForChartsAsync(page);

        Assert.True(await page.Locator("svg.main-svg").CountAsync() >= 1);
        // The five seed articles (other tests may upload more into the shared app).
        var articles = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.GetByTestId("card-articles").InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(articles >= 5, $"{articles} articles");
        // Plotly came from the app itself (its copy of the package's bundle), not a CDN.
        Assert.True(await page.EvaluateAsync<bool>($"() => !!window.Plotly && !!document.querySelector('script[src=\"{Dashboard.Web.Scripts.PlotlyScript.Url}\"]')"));
        await watched.ScreenshotAsync("overview-en");
        Assert.Empty(watched.ConsoleErrors);
        Assert.Empty(watched.ExternalRequests);
    }

    [Fact]
    public async Task The_overview_runs_plotly_while_its_circuit_starts_and_other_pages_never_load_it()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;

        // A filter nothing matches: every chart says so and none is drawn, yet plotly.js is ready for the first.
        await watched.GotoInteractiveAsync("/?from=2099-01-01");
        await page.GetByTestId("chart-empty").First.WaitForAsync(new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => typeof window.Plotly?.react === 'function'", null, new() { Timeout = 30_000 });
        Assert.Equal(0, await page.Locator("svg.main-svg").CountAsync());

        await using var other = await WatchedPage.OpenAsync(app);
        await other.GotoInteractiveAsync("/facts");
        await other.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });
        Assert.False(await other.Page.EvaluateAsync<bool>("() => !!window.Plotly || !!document.querySelector('script[src*=\"plotly-\"]')"));
        Assert.Empty(watched.ConsoleErrors);
        Assert.Empty(other.ConsoleErrors);
    }

    [Fact]
    public async Task Choosing_an_outlet_changes_the_url_and_the_charts_and_the_url_restores_the_view()
    {
        string filteredUrl;
        string filteredTimeline;
        string filteredOutlet;
        await using (var watched = await WatchedPage.OpenAsync(app))
        {
            var page = watched.Page;
            await watched.GotoInteractiveAsync("/");
            await WaitForChartsAsync(page);
            var before = await ChartDataInViewAsync(page, "chart-timeline");
            var overTimeBefore = await ChartDataAsync(page, "chart-over-time");
            var articlesBefore = await page.GetByTestId("card-articles").InnerTextAsync();

            await page.GetByTestId("filter-outlets").ClickAsync();
            // A named outlet ("(no outlet)", first in the list, is checked by the component tests).
            var option = page.Locator(".mud-popover-open .mud-list-item:not([data-outlet=none])").First;
            var outletName = (await option.InnerTextAsync()).Trim();
            await option.ClickAsync();
            await page.Keyboard.PressAsync("Escape");

            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("outlet="), new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("card-articles")).Not.ToHaveTextAsync(articlesBefore);
            filteredUrl = page.Url;
            // The chart in view is redrawn first; charts near it follow after the paint, the others when the reader
            // scrolls near them, and at once when an image is to be made of them (dashboardCharts.flush, which the
            // downloads call).
            await page.WaitForFunctionAsync(
                "before => JSON.stringify((document.getElementById('chart-over-time')?.data ?? []).map(t => ({ name: t.name, x: t.x, y: t.y }))) !== before",
                overTimeBefore);
            await page.EvaluateAsync("() => window.dashboardCharts.flush()");
            filteredTimeline = await ChartDataAsync(page, "chart-timeline");
            Assert.NotEqual(before, filteredTimeline);
            await watched.ScreenshotAsync("overview-one-outlet");
            Assert.True((await SelectedTextAsync(page, "filter-outlets")).Contains(outletName), await page.GetByTestId("filter-outlets").EvaluateAsync<string>("e => e.outerHTML"));
            filteredOutlet = await SelectedTextAsync(page, "filter-outlets");
            await watched.ScreenshotAsync("overview-one-outlet");
            Assert.Empty(watched.ConsoleErrors);
            Assert.Empty(watched.ExternalRequests);
        }

        await using (var reopened = await WatchedPage.OpenAsync(app))
        {
            var page = reopened.Page;
            await reopened.GotoInteractiveAsync(filteredUrl);
            await WaitForChartsAsync(page);
            Assert.Equal(filteredTimeline, await ChartDataInViewAsync(page, "chart-timeline"));
            await Assertions.Expect(page.GetByTestId("filter-clear")).ToBeEnabledAsync();
            Assert.Equal(filteredOutlet, await SelectedTextAsync(page, "filter-outlets"));
            Assert.Empty(reopened.ConsoleErrors);
        }
    }

    [Fact]
    public async Task A_chart_far_below_is_drawn_when_the_reader_scrolls_near_it_or_an_image_is_made_of_it()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/");
        await WaitForChartsAsync(page);
        await AssertTheTimelineWaitsBelowTheNearChartsAsync(page);

        var drawn = await ChartDataInViewAsync(page, "chart-timeline");
        Assert.NotEqual("[]", drawn);

        // A redraw for it while the reader is back at the top waits too; scrolling near it draws it, and flush() (what
        // the image downloads call) draws another at once. The checks after react() run in the same task as the call,
        // before the page could draw anything.
        var counts = await page.EvaluateAsync<int[]>("""
            async () => {
              window.scrollTo(0, 0);
              await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
              const element = document.getElementById('chart-timeline');
              const points = () => element.data.reduce((n, t) => n + (t.x?.length ?? 0), 0);
              const figure = n => [{ id: 'chart-timeline', config: {}, layout: {},
                data: [{ type: 'scatter', mode: 'markers', x: ['2020-01-01', '2020-02-01', '2020-03-01'].slice(0, n), y: [1, 2, 3].slice(0, n) }] }];
              const before = points();
              await window.dashboardCharts.react(new TextEncoder().encode(JSON.stringify(figure(1))));
              const queued = points();
              element.scrollIntoView();
              for (let i = 0; i < 100 && points() !== 1; i++) await new Promise(resolve => setTimeout(resolve, 50));
              const scrolled = points();
              window.scrollTo(0, 0);
              await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
              await window.dashboardCharts.react(new TextEncoder().encode(JSON.stringify(figure(2))));
              const queuedAgain = points();
              await window.dashboardCharts.flush();
              return [before, queued, scrolled, queuedAgain, points()];
            }
            """);

        Assert.NotEqual(1, counts[0]);
        Assert.Equal(counts[0], counts[1]);
        Assert.Equal(1, counts[2]);
        Assert.Equal(1, counts[3]);
        Assert.Equal(2, counts[4]);
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Printing_the_overview_draws_the_charts_far_below_first()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/");
        await WaitForChartsAsync(page);
        await AssertTheTimelineWaitsBelowTheNearChartsAsync(page);

        // Chromium's printing (here to PDF) tells the page before it takes its picture.
        await page.PdfAsync();

        Assert.True(await page.EvaluateAsync<int>("() => document.getElementById('chart-timeline').data?.length ?? 0") > 0);
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Clear_filters_brings_back_the_whole_view()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/?from=1990-01-01&to=1990-01-31");
        await page.WaitForSelectorAsync("[data-testid=empty-results]", new() { Timeout = 60_000 });

        await page.GetByTestId("empty-clear").ClickAsync();

        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from="), new() { Timeout = 30_000 });
        await WaitForChartsAsync(page);
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Clicking_a_bar_opens_the_facts_explorer_on_that_month_outlet_and_kind()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/?vague=false");
        await WaitForChartsAsync(page);
        var bar = page.Locator("#chart-over-time g.point path").First;

        // Navigation happens inside the circuit (no page load), so poll the address. Plotly may attach its click
        // handlers a moment after the bars are drawn, hence a few tries.
        for (var attempt = 0; attempt < 3 && !page.Url.Contains("/facts?"); attempt++)
        {
            await bar.ClickAsync(new() { Force = true });
            try { await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/facts\\?"), new() { Timeout = 10_000 }); }
            catch (PlaywrightException) when (attempt < 2) { }
        }
        Assert.Contains("vague=false", page.Url);
        Assert.Contains("kind=", page.Url);
        Assert.Matches("from=\\d{4}-\\d{2}-01", page.Url);
        await page.WaitForSelectorAsync("#chart-over-time", new() { State = WaitForSelectorState.Detached });
        // The explorer loads its rows over the circuit after it appears.
        await page.WaitForFunctionAsync("() => !document.body.innerText.includes('Loading')", null, new() { Timeout = 30_000 });
        await watched.ScreenshotAsync("facts-from-bar-click");
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Clicking_a_month_of_the_over_time_lines_opens_the_facts_explorer_on_that_month()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/?vague=false&style=lines");
        await WaitForChartsAsync(page);
        Assert.Equal("scatter", await page.EvaluateAsync<string>("() => document.getElementById('chart-over-time').data[0].type"));
        // Where trace 0's first month is drawn (a line's vertex or a dot: plotly.js reports the nearest point on hover).
        var point = await page.EvaluateAsync<double[]>(@"() => {
            const gd = document.getElementById('chart-over-time'), layout = gd._fullLayout, trace = gd.data[0];
            const i = trace.x.findIndex(x => x !== null), box = gd.getBoundingClientRect();
            return [box.left + layout._size.l + layout.xaxis.l2p(layout.xaxis.d2l(trace.x[i])), box.top + layout._size.t + layout.yaxis.l2p(trace.y[i])];
        }");

        for (var attempt = 0; attempt < 3 && !page.Url.Contains("/facts?"); attempt++)
        {
            await page.Mouse.MoveAsync((float)point[0], (float)point[1]);
            await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
            try { await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/facts\\?"), new() { Timeout = 10_000 }); }
            catch (PlaywrightException) when (attempt < 2) { }
        }
        Assert.Contains("vague=false", page.Url);
        Assert.Contains("kind=", page.Url);
        Assert.Matches("from=\\d{4}-\\d{2}-01", page.Url);
        Assert.Empty(watched.ConsoleErrors);
    }
}
