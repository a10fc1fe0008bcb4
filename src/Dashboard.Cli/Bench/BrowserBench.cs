using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.Cli.Bench;

/// <summary>
/// What a user waits for in a real browser against the running app: the overview's first load until the charts in view
/// and then those near it are drawn, a filter change (one outlet chosen in the filter bar) until they are drawn again with
/// the new data, a jump to the page's end (the End key) until the charts there are drawn, and a second visit (the tab
/// closed, the overview opened again with the browser's cache warm) until the charts in and near view are drawn. The page
/// draws a chart only when it comes within half a screen of the view (chart-redraw.js); the bench reads "near" the same
/// way.
/// Headless Chromium through Playwright; each run opens a fresh browser context (empty cache, no cookies), so every
/// first load fetches the page, the scripts and the circuit anew.
/// </summary>
internal static class BrowserBench
{
    public sealed record Options(Uri Url, int Runs, int? ServerPid, TimeSpan Timeout, TimeSpan Pause, string ChromiumPath, NetworkLink? Network = null);

    /// <summary>
    /// A link the page's HTTP requests go through instead of loopback (Chromium's network emulation): throughput each way
    /// and the round trip added to every request. What a reader at the end of an office or home line waits for on a first
    /// load; the emulation leaves the circuit's WebSocket alone, so filter changes are not slowed by it.
    /// </summary>
    public sealed record NetworkLink(double MegabitsPerSecond, int RoundTripMs)
    {
        /// <summary>"20,40": 20 Mbit/s each way, 40 ms round trip.</summary>
        public static NetworkLink? Parse(string? text)
        {
            var parts = text?.Split(',') ?? [];
            return parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var mbit) && double.IsFinite(mbit) && mbit > 0
                && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rtt) && rtt >= 0
                ? new NetworkLink(mbit, rtt) : null;
        }

        public override string ToString() => Invariant($"{MegabitsPerSecond:0.#} Mbit/s each way, {RoundTripMs} ms round trip");
    }

    /// <summary>One run's figures, in milliseconds from the page's navigation start (load) or from the click (filter).</summary>
    private sealed record RunFigures(double FirstByte, double? Interactive, double ChartsDrawn, int Charts, int EmptyCharts, double DrawnWall, double TransferredKb,
        double InViewDrawn, int InViewAtLoad,
        string Outlet, double InViewRedrawn, int InViewCharts, double FilterRedrawn, int FilterCharts, int FilterEmptyCharts, double FilterWall,
        IReadOnlyList<ChartDraw> FilterDraws, double? EndDrawn, int EndCharts, double WarmDrawn);

    /// <summary>One chart's redraw after the filter change: when its Plotly call began and when its promise resolved, from the click.</summary>
    private sealed record ChartDraw(string Id, double Start, double Drawn);

    /// <summary>What the page reports once every chart panel is settled (see <see cref="ChartsDrawnScript"/>).</summary>
    private sealed record DrawnState(double At, int Drawn, int Empty);

    /// <summary>
    /// Installed before any page script. The page's chart script calls <c>window.Plotly.react</c> by name (plotly.js's
    /// <c>newPlot</c> is wrapped too), so wrapping them when plotly.js assigns <c>window.Plotly</c> gives, per chart
    /// element, the moment each drawing finished (the promise plotly.js returns resolves after the plot is laid out in the DOM). Also records
    /// the last trusted click (the user's filter choice) and the moment the layout marks the circuit interactive.
    /// </summary>
    private const string HookScript = """
        (() => {
          const bench = window.__dashboardBench = { draws: [], lastClickAt: null, interactiveAt: null };
          window.addEventListener('click', e => { if (e.isTrusted) bench.lastClickAt = performance.now(); }, true);
          // The script runs before the html element exists, so the whole document is watched for the one attribute.
          new MutationObserver((_, observer) => {
            if (document.documentElement?.hasAttribute('data-interactive')) {
              bench.interactiveAt = performance.now();
              observer.disconnect();
            }
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
          const timed = (plotly, name) => function (target, ...rest) {
            const id = typeof target === 'string' ? target : target?.id;
            const start = performance.now();
            return Promise.resolve(plotly[name](target, ...rest)).then(result => {
              bench.draws.push({ id, how: name, start, at: performance.now() });
              return result;
            });
          };
          const wrap = plotly => new Proxy(plotly, {
            get: (target, property) => property === 'newPlot' || property === 'react'
              ? timed(target, property)
              : Reflect.get(target, property),
          });
          let current;
          Object.defineProperty(window, 'Plotly', {
            configurable: true,
            get: () => current,
            set: value => { current = value && typeof value === 'object' ? wrap(value) : value; },
          });
        })();
        """;

    /// <summary>
    /// Truthy once the circuit is interactive, nothing is loading, and every chart panel on the overview (those named in
    /// <c>only</c>, or those within <c>margin</c> screens of the view as the page is now) either says it has no data or
    /// holds a Plotly plot with traces and an svg that was drawn after draw number <c>since</c>. Returns when the last of
    /// those drawings finished (page clock; when every panel is empty, when that was seen) and how many panels were drawn
    /// or empty.
    /// </summary>
    private const string ChartsDrawnScript = $$"""
        ({ since, urlMustContain, only, margin }) => {
          const bench = window.__dashboardBench;
          if (!bench || !document.documentElement.hasAttribute('data-interactive')) return false;
          if (urlMustContain && !location.search.includes(urlMustContain)) return false;
          if (document.querySelector('[data-testid=loading]')) return false;
          const near = {{NearTest}};
          const panels = [...document.querySelectorAll('.chart-panel')]
            .filter(p => only ? only.includes(p.dataset.testid) : margin === null || near(p));
          if (panels.length === 0) return false;
          let at = 0, drawn = 0, empty = 0;
          for (const panel of panels) {
            if (panel.querySelector('[data-testid=chart-empty]')) { empty++; continue; }
            const plot = document.getElementById(panel.dataset.testid);
            if (!plot || !(plot.data?.length > 0) || !plot.querySelector('svg.main-svg')) return false;
            const draws = bench.draws.slice(since).filter(d => d.id === plot.id);
            if (draws.length === 0) return false;
            at = Math.max(at, draws[draws.length - 1].at);
            drawn++;
          }
          // Every panel empty: nothing was drawn, the page said so by now.
          return { at: drawn > 0 ? at : performance.now(), drawn, empty };
        }
        """;

    /// <summary>
    /// The chart panels whose plot (or, without one, the panel) is at least partly in the viewport, widened by
    /// <c>margin</c> screens above and below: 0 for the charts in view, 0.5 for those the page draws without the reader
    /// scrolling to them (chart-redraw.js observes the view with a margin of half a screen).
    /// </summary>
    private const string PanelsInViewScript = $$"""
        margin => [...document.querySelectorAll('.chart-panel')].filter({{NearTest}}).map(p => p.dataset.testid)
        """;

    /// <summary>A chart panel's plot (or, without one, the panel) within <c>margin</c> screens of the viewport (JavaScript, reading <c>margin</c>).</summary>
    private const string NearTest = """
        p => {
          const box = (document.getElementById(p.dataset.testid) ?? p).getBoundingClientRect();
          const widen = window.innerHeight * margin;
          return box.width > 0 && box.height > 0 && box.bottom > -widen && box.top < window.innerHeight + widen;
        }
        """;

    private const double InView = 0, NearView = 0.5;

    private const string PageStateScript = """
        () => JSON.stringify({
          url: location.href,
          interactive: document.documentElement.hasAttribute('data-interactive'),
          loading: !!document.querySelector('[data-testid=loading]'),
          panels: [...document.querySelectorAll('.chart-panel')].map(p => {
            const plot = document.getElementById(p.dataset.testid);
            return { panel: p.dataset.testid, empty: !!p.querySelector('[data-testid=chart-empty]'), plot: !!plot,
                     traces: plot?.data?.length ?? null, svg: !!plot?.querySelector('svg.main-svg') };
          }),
          draws: window.__dashboardBench?.draws ?? null,
          plotly: typeof window.Plotly,
          // What the page is when it holds no panels: still arriving, an error page, another page.
          readyState: document.readyState,
          title: document.title,
          text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300),
          resources: performance.getEntriesByType('resource').map(r => r.name.replace(location.origin, '') + ' ' + Math.round(r.duration) + ' ms' + (r.responseEnd === 0 ? ' (unfinished)' : '')).slice(-12),
        })
        """;

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (HeadlessChromium.Refusal(options.Url, options.ChromiumPath, "the browser bench") is { } refusal)
        {
            await error.WriteLineAsync(refusal);
            return Cli.UsageError;
        }

        var before = ServerMemory(options.ServerPid);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, options.ChromiumPath);
        output.WriteLine(MachineReport.Line());
        output.WriteLine(Invariant($"browser: {options.Url}, {options.Runs} run(s), headless Chromium {browser.Version}, a fresh context per run, viewport 1400x1000, network: {(options.Network?.ToString() ?? "loopback")}"));
        // Page-clock figures come from the page itself; the wall columns are the same spans as this process saw them
        // (plus Playwright's polling), a cross-check.
        output.WriteLine("| run | first byte ms | interactive ms | charts in view drawn ms (charts) | charts in and near view drawn ms | (wall ms) | charts drawn/empty | filter: outlet | filter → in view redrawn ms (charts) | filter → in and near view redrawn ms | (wall ms) | charts drawn/empty | End key → charts there drawn ms (charts) | second visit → charts in and near view drawn ms | first load KB (1,000 bytes) transferred |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        var loadInView = new Timings("overview first load to the charts in view drawn");
        var load = new Timings("overview first load to the charts in and near view drawn");
        var inView = new Timings("filter change to the charts in view redrawn");
        var filter = new Timings("filter change to the charts in and near view redrawn");
        var end = new Timings("End key to the charts at the page's end drawn");
        var warmLoad = new Timings("second visit (browser cache warm) to the charts in and near view drawn");
        var pageErrors = new List<string>();
        var chartDraws = new Dictionary<string, (Timings Start, Timings Drawn)>();
        for (var run = 1; run <= options.Runs; run++)
        {
            if (run > 1 && options.Pause > TimeSpan.Zero) await Task.Delay(options.Pause, ct);
            RunFigures figures;
            try
            {
                figures = await MeasureRunAsync(browser, options, run, pageErrors, ct);
            }
            catch (TimeoutException ex)
            {
                await error.WriteLineAsync($"run {run}: {ex.Message}");
                return Cli.Failure;
            }
            loadInView.Add(TimeSpan.FromMilliseconds(figures.InViewDrawn));
            load.Add(TimeSpan.FromMilliseconds(figures.ChartsDrawn));
            inView.Add(TimeSpan.FromMilliseconds(figures.InViewRedrawn));
            filter.Add(TimeSpan.FromMilliseconds(figures.FilterRedrawn));
            if (figures.EndDrawn is { } endDrawn) end.Add(TimeSpan.FromMilliseconds(endDrawn));
            warmLoad.Add(TimeSpan.FromMilliseconds(figures.WarmDrawn));
            foreach (var draw in figures.FilterDraws)
            {
                if (!chartDraws.TryGetValue(draw.Id, out var timings)) chartDraws[draw.Id] = timings = (new Timings(draw.Id), new Timings(draw.Id));
                timings.Start.Add(TimeSpan.FromMilliseconds(draw.Start));
                timings.Drawn.Add(TimeSpan.FromMilliseconds(draw.Drawn));
            }
            output.WriteLine(Invariant(
                $"| {run} | {Timings.Ms(figures.FirstByte)} | {(figures.Interactive is { } i ? Timings.Ms(i) : "–")} | {Timings.Ms(figures.InViewDrawn)} ({figures.InViewAtLoad}) | {Timings.Ms(figures.ChartsDrawn)} | {Timings.Ms(figures.DrawnWall)} | {figures.Charts}/{figures.EmptyCharts} | {figures.Outlet} | {Timings.Ms(figures.InViewRedrawn)} ({figures.InViewCharts}) | {Timings.Ms(figures.FilterRedrawn)} | {Timings.Ms(figures.FilterWall)} | {figures.FilterCharts}/{figures.FilterEmptyCharts} | {(figures.EndDrawn is { } e ? Timings.Ms(e) : "–")} ({figures.EndCharts}) | {Timings.Ms(figures.WarmDrawn)} | {figures.TransferredKb:0} |"));
        }

        output.WriteLine();
        output.WriteLine("| measurement | p50 ms | p95 ms | max ms | target |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        // The targets hold for what the reader waits for, the charts on screen, and are shown beside the charts near the view
        // too, which the page draws ahead of the reader's scrolling (docs/benchmarks.md, "Scale: targets").
        output.WriteLine(Invariant($"| {loadInView.Name} | {Timings.Ms(loadInView.P50)} | {Timings.Ms(loadInView.P95)} | {Timings.Ms(loadInView.Max)} | ≤ 2000 |"));
        output.WriteLine(Invariant($"| {load.Name} | {Timings.Ms(load.P50)} | {Timings.Ms(load.P95)} | {Timings.Ms(load.Max)} | ≤ 2000 |"));
        output.WriteLine(Invariant($"| {inView.Name} | {Timings.Ms(inView.P50)} | {Timings.Ms(inView.P95)} | {Timings.Ms(inView.Max)} | ≤ 500 |"));
        output.WriteLine(Invariant($"| {filter.Name} | {Timings.Ms(filter.P50)} | {Timings.Ms(filter.P95)} | {Timings.Ms(filter.Max)} | ≤ 500 |"));
        // Only when the page reaches below the near charts (it does on the overview with data, not on a short one).
        if (end.Count > 0) output.WriteLine(Invariant($"| {end.Name} | {Timings.Ms(end.P50)} | {Timings.Ms(end.P95)} | {Timings.Ms(end.Max)} | – |"));
        output.WriteLine(Invariant($"| {warmLoad.Name} | {Timings.Ms(warmLoad.P50)} | {Timings.Ms(warmLoad.P95)} | {Timings.Ms(warmLoad.Max)} | – |"));
        // Where the filter change's time goes, chart by chart: the server's share ends where the first drawing starts; each
        // drawing's own work lies between its start and the next one's (plotly.js draws synchronously, then resolves).
        output.WriteLine();
        output.WriteLine("| chart (filter change) | drawing starts, p50 ms after the click | drawn, p50 ms after the click |");
        output.WriteLine("| --- | ---: | ---: |");
        foreach (var (id, (start, drawn)) in chartDraws.OrderBy(c => c.Value.Start.P50))
        {
            output.WriteLine(Invariant($"| {id} | {Timings.Ms(start.P50)} | {Timings.Ms(drawn.P50)} |"));
        }
        if (options.ServerPid is { } pid)
        {
            var after = ServerMemory(pid);
            output.WriteLine(after is null
                ? $"server (pid {pid}): no longer running"
                : Invariant($"server (pid {pid}): working set {Mb(before?.WorkingSet)} before, {Mb(after.Value.WorkingSet)} after; peak since it started {Mb(after.Value.Peak)}"));
        }
        if (pageErrors.Count > 0)
        {
            output.WriteLine(Invariant($"page errors: {pageErrors.Count}"));
            foreach (var message in pageErrors.Distinct().Take(5)) output.WriteLine("  " + message);
        }
        return pageErrors.Count == 0 ? 0 : 1;
    }

    private static async Task<RunFigures> MeasureRunAsync(IBrowser browser, Options options, int run, List<string> pageErrors, CancellationToken ct)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        await context.AddInitScriptAsync(HookScript);
        var page = await OpenPageAsync(context, options, run, pageErrors);

        // (a) Cold first load: the page clock starts at navigation, so the figure includes the request, the server's
        // prerender, the scripts, the circuit and every chart's drawing.
        var wall = Stopwatch.StartNew();
        await page.GotoAsync(options.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var loaded = await WaitForChartsAsync(page, since: 0, urlMustContain: null, only: null, options.Timeout, "the overview's charts in and near view after the first load", NearView);
        var loadWall = wall.Elapsed.TotalMilliseconds;
        // The charts in view at the top of the page (what the reader sees first; the page draws those first): they are
        // drawn by now, so this only reads when the last of them was.
        var panelsInViewAtLoad = await page.EvaluateAsync<string[]>(PanelsInViewScript, InView);
        var loadedInView = panelsInViewAtLoad.Length == 0 ? loaded
            : await WaitForChartsAsync(page, since: 0, urlMustContain: null, panelsInViewAtLoad, options.Timeout, "the charts in view after the first load");
        var firstByte = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0]?.responseStart ?? 0");
        var interactive = await page.EvaluateAsync<double?>("() => window.__dashboardBench.interactiveAt");
        // What the first load fetched over HTTP (compressed sizes and headers; the circuit's WebSocket is not counted).
        var transferredKb = await page.EvaluateAsync<double>(
            "() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + (e.transferSize || 0), 0) / 1000");
        ct.ThrowIfCancellationRequested();

        // (b) Filter change as a user makes it: open the outlet filter and click one outlet (a different one each run,
        // so each run asks for a filter the server has not just computed). Timed from the click to the last redraw of
        // the charts in view (what the reader sees change; the page draws those first), and of those near the view.
        var drawsBefore = await page.EvaluateAsync<int>("() => window.__dashboardBench.draws.length");
        var panelsInView = await page.EvaluateAsync<string[]>(PanelsInViewScript, InView);
        var panelsNearView = await page.EvaluateAsync<string[]>(PanelsInViewScript, NearView);
        await page.GetByTestId("filter-outlets").ClickAsync();
        // Named outlets only: "(no outlet)" (first in the list) selects the facts without one, none in a generated store.
        var choices = page.Locator(".mud-popover-open .mud-list-item:not([data-outlet=none])");
        await choices.First.WaitForAsync();
        var choice = choices.Nth((run - 1) % await choices.CountAsync());
        var outlet = (await choice.InnerTextAsync()).Trim();
        wall.Restart();
        await choice.ClickAsync();
        var clickedAt = await page.EvaluateAsync<double?>("() => window.__dashboardBench.lastClickAt")
            ?? throw new TimeoutException("The click on an outlet did not reach the page.");
        await page.Keyboard.PressAsync("Escape");
        DrawnState? inViewRedrawn = panelsInView.Length == 0 ? null
            : await WaitForChartsAsync(page, drawsBefore, "outlet=", panelsInView, options.Timeout, $"the charts in view to be redrawn for outlet {outlet}");
        var redrawn = await WaitForChartsAsync(page, drawsBefore, "outlet=", panelsNearView, options.Timeout, $"the charts in and near view to be redrawn for outlet {outlet}");
        inViewRedrawn ??= redrawn;
        var filterWall = wall.Elapsed.TotalMilliseconds;
        var drawn = await page.EvaluateAsync<JsonElement>(
            "([since, click]) => window.__dashboardBench.draws.slice(since).map(d => ({ id: d.id ?? '', start: d.start - click, drawn: d.at - click }))",
            new object[] { drawsBefore, clickedAt });
        var draws = drawn.EnumerateArray()
            .Select(d => new ChartDraw(d.GetProperty("id").GetString() ?? "", d.GetProperty("start").GetDouble(), d.GetProperty("drawn").GetDouble()));
        // A redraw can only follow the click; anything else is a bench that timed the wrong thing.
        if (redrawn.At <= clickedAt || inViewRedrawn.At <= clickedAt)
            throw new InvalidOperationException($"The charts for outlet {outlet} were seen drawn before the click ({redrawn.At - clickedAt:0} ms).");

        // (c) A jump to the page's end, as the End key makes it: the charts there, far below the first view, are drawn
        // only now (with the outlet's figures). Timed from the scroll to the last of them drawn with those figures (0
        // when a page drew them before the reader came).
        var scrolledAt = await page.EvaluateAsync<double>("() => { window.scrollTo(0, document.documentElement.scrollHeight); return performance.now(); }");
        var panelsAtEnd = (await page.EvaluateAsync<string[]>(PanelsInViewScript, NearView)).Except(panelsNearView).ToArray();
        DrawnState? endDrawn = panelsAtEnd.Length == 0 ? null
            : await WaitForChartsAsync(page, drawsBefore, "outlet=", panelsAtEnd, options.Timeout, $"the charts at the page's end to be drawn for outlet {outlet}");

        // (d) The reader comes back: the tab closed, the overview opened again in the same browser, whose cache now holds
        // the scripts and styles (and the code compiled from them). From navigation to the charts in and near view drawn.
        await page.CloseAsync();
        var again = await OpenPageAsync(context, options, run, pageErrors);
        await again.GotoAsync(options.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var warm = await WaitForChartsAsync(again, since: 0, urlMustContain: null, only: null, options.Timeout, "the overview's charts in and near view on a second visit", NearView);

        return new RunFigures(firstByte, interactive, loaded.At, loaded.Drawn, loaded.Empty, loadWall, transferredKb, loadedInView.At, panelsInViewAtLoad.Length,
            outlet, inViewRedrawn.At - clickedAt, panelsInView.Length, redrawn.At - clickedAt, redrawn.Drawn, redrawn.Empty, filterWall,
            [.. draws.GroupBy(d => d.Id).Select(g => g.Last())], endDrawn is { } e && e.Drawn > 0 ? Math.Max(0, e.At - scrolledAt) : null, endDrawn?.Drawn ?? 0, warm.At);
    }

    /// <summary>A page of the run's context: the run's timeout, its network link, its errors collected.</summary>
    private static async Task<IPage> OpenPageAsync(IBrowserContext context, Options options, int run, List<string> pageErrors)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)options.Timeout.TotalMilliseconds);
        if (options.Network is { } link)
        {
            var devTools = await context.NewCDPSessionAsync(page);
            await devTools.SendAsync("Network.enable");
            var bytesPerSecond = link.MegabitsPerSecond * 1_000_000 / 8;
            await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = link.RoundTripMs,
                ["downloadThroughput"] = bytesPerSecond,
                ["uploadThroughput"] = bytesPerSecond,
            });
        }
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (pageErrors) pageErrors.Add($"run {run}: {message.Text}");
        };
        page.PageError += (_, message) =>
        {
            lock (pageErrors) pageErrors.Add($"run {run}: {message}");
        };
        return page;
    }

    private static async Task<DrawnState> WaitForChartsAsync(IPage page, int since, string? urlMustContain, string[]? only, TimeSpan timeout, string what,
        double? margin = null)
    {
        try
        {
            var handle = await page.WaitForFunctionAsync(ChartsDrawnScript, new { since, urlMustContain, only, margin },
                new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds });
            var state = await handle.JsonValueAsync<JsonElement>();
            return new DrawnState(state.GetProperty("at").GetDouble(), state.GetProperty("drawn").GetInt32(), state.GetProperty("empty").GetInt32());
        }
        catch (TimeoutException ex)
        {
            // Playwright reports its own timeouts as System.TimeoutException; say what the page looked like.
            var panels = await page.EvaluateAsync<string>(PageStateScript);
            throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; page state {panels}.", ex);
        }
    }

    private static (long WorkingSet, long Peak)? ServerMemory(int? pid)
    {
        if (pid is null) return null;
        try
        {
            using var process = Process.GetProcessById(pid.Value);
            return (process.WorkingSet64, process.PeakWorkingSet64);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Mb(long? bytes) => bytes is { } b ? MemorySampler.Megabytes(b) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
