using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Dashboard.Cli.Bench;

/// <summary>
/// Records which of plotly.js's functions the overview runs while it loads and draws its charts (V8's coverage in
/// headless Chromium, both chart styles, every chart drawn), and writes the plan the app sends plotly.js by
/// (src/Dashboard.Web/Scripts/PlotlyScript.cs): those functions written as <c>(function …)</c>, which V8 compiles while the
/// file streams in, on another thread, instead of on the page's thread at the first call. Run again when the bundle
/// changes (the app then sends it as it is and says so at start-up).
/// </summary>
internal static class PlotlyPlan
{
    public sealed record Options(Uri Url, string OutPath, string ChromiumPath, TimeSpan Timeout);

    /// <summary>The package's bundle (what the plan is for) and where the app sends its own copy from.</summary>
    public const string Bundle = "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js";
    public const string ServedAt = "scripts/plotly-basic-3.7.0.min.js";

    // Pages whose drawings run every kind of chart the app draws: lines over time, bars over time, the rest below.
    private static readonly string[] Pages = ["?style=lines", "?style=bars"];

    /// <summary>The written plan: PlotlyScript.CompilePlan's shape.</summary>
    private sealed record Plan(string Bundle, string Sha256, int Length, IReadOnlyList<int[]> Wrap);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (HeadlessChromium.Refusal(options.Url, options.ChromiumPath, "the plotly.js plan") is { } refusal)
        {
            await error.WriteLineAsync(refusal);
            return Cli.UsageError;
        }
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = options.Timeout };
        byte[] bytes;
        try
        {
            bytes = await http.GetByteArrayAsync(Bundle, ct);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"Could not fetch {Bundle} from {options.Url}: {ex.Message}");
            return Cli.Failure;
        }
        var text = Encoding.UTF8.GetString(bytes);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright, options.ChromiumPath);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        // The page runs the package's bundle as it is, so the offsets V8 reports are the bundle's own.
        await page.RouteAsync("**/" + ServedAt, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/javascript; charset=utf-8", BodyBytes = bytes,
        }));
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.startPreciseCoverage", new Dictionary<string, object> { ["callCount"] = true, ["detailed"] = false });

        foreach (var query in Pages)
        {
            var address = new Uri(options.Url, query);
            await page.GotoAsync(address.ToString());
            var drawn = await DrawEveryChartAsync(page, options.Timeout, ct);
            if (drawn == 0)
            {
                await error.WriteLineAsync($"{address} drew no chart within {options.Timeout.TotalSeconds:0} s: record the plan against an app with data.");
                return Cli.Failure;
            }
            await output.WriteLineAsync(Invariant($"{address}: {drawn} charts drawn"));
        }

        var coverage = await cdp.SendAsync("Profiler.takePreciseCoverage");
        var called = CalledFunctions(coverage, ServedAt);
        if (called.Count == 0)
        {
            await error.WriteLineAsync($"Chromium reported no call into {ServedAt}.");
            return Cli.Failure;
        }
        var wrap = SpansToWrap(text, called);
        var plan = new Plan(Bundle, Convert.ToHexStringLower(SHA256.HashData(bytes)), text.Length, wrap);
        var json = JsonSerializer.Serialize(plan, JsonSerializerOptions.Web);
        await File.WriteAllTextAsync(options.OutPath, json + "\n", ct);
        await output.WriteLineAsync(Invariant($"{called.Count} functions called, {wrap.Count} to compile early (the others are declarations, which V8 compiles on first call, or already parenthesized); written to {options.OutPath}"));
        return Cli.Success;
    }

    // Charts near the view are drawn by the page; flush() draws those waiting further down. Done when every chart host
    // holds a plot and no more came for a moment.
    private static async Task<int> DrawEveryChartAsync(IPage page, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTime.UtcNow + timeout;
        var (last, stableSince) = (-1, DateTime.UtcNow);
        while (DateTime.UtcNow < until)
        {
            ct.ThrowIfCancellationRequested();
            var state = await page.EvaluateAsync<int[]>("""
                async () => {
                  if (window.dashboardCharts) await window.dashboardCharts.flush();
                  const hosts = [...document.querySelectorAll('.dashboard-chart')];
                  return [hosts.length, hosts.filter(h => h.classList.contains('js-plotly-plot')).length];
                }
                """);
            var (hosts, drawn) = (state[0], state[1]);
            if (drawn != last) (last, stableSince) = (drawn, DateTime.UtcNow);
            if (hosts > 0 && drawn == hosts && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(1)) return drawn;
            await Task.Delay(200, ct);
        }
        return Math.Max(last, 0);
    }

    /// <summary>(start, end) of every function of the script at <paramref name="urlEnd"/> that ran at least once.</summary>
    internal static IReadOnlyList<(int Start, int End)> CalledFunctions(JsonElement? coverage, string urlEnd)
    {
        var spans = new List<(int, int)>();
        if (coverage is not { } root || !root.TryGetProperty("result", out var scripts)) return spans;
        foreach (var script in scripts.EnumerateArray())
        {
            if (!script.GetProperty("url").GetString()!.EndsWith(urlEnd, StringComparison.Ordinal)) continue;
            foreach (var function in script.GetProperty("functions").EnumerateArray())
            {
                var whole = function.GetProperty("ranges")[0];
                if (whole.GetProperty("count").GetInt64() > 0)
                    spans.Add((whole.GetProperty("startOffset").GetInt32(), whole.GetProperty("endOffset").GetInt32()));
            }
        }
        return spans;
    }

    /// <summary>
    /// Of the called functions, those V8 compiles early once written in parentheses: function expressions (after
    /// <c>= : , ( ? | &amp; !</c> or <c>return</c>) and arrow functions, unless already in parentheses of their own.
    /// Declarations are left alone (parentheses would make them expressions and unbind their names), as are methods
    /// and the script's own top level.
    /// </summary>
    internal static IReadOnlyList<int[]> SpansToWrap(string text, IEnumerable<(int Start, int End)> called)
    {
        var wrap = new List<int[]>();
        foreach (var (start, end) in called.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (start <= 0 || end <= start || end > text.Length) continue;
            var before = PreviousNonSpace(text, start);
            var opener = before >= 0 ? text[before] : ';';
            var closedAfter = end < text.Length && text[end] == ')';
            if (string.CompareOrdinal(text, start, "function", 0, 8) == 0)
            {
                if (opener == '(' && closedAfter) continue;
                if ("=:,(?|&!".Contains(opener) || EndsWithWord(text, before, "return")) wrap.Add([start, end]);
            }
            else if (IsArrow(text, start))
            {
                // "((a)=>…)" is already in parentheses of its own; "call((a)=>…)" has only the call's.
                if (opener == '(' && closedAfter && !(before > 0 && IsIdentifierPart(text[before - 1]))) continue;
                wrap.Add([start, end]);
            }
        }
        return wrap;
    }

    private static int PreviousNonSpace(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    private static bool EndsWithWord(string text, int last, string word) =>
        last + 1 >= word.Length
        && string.CompareOrdinal(text, last + 1 - word.Length, word, 0, word.Length) == 0
        && (last + 1 == word.Length || !IsIdentifierPart(text[last - word.Length]));

    // "(a, b) =>", "a =>", "async (a) =>".
    private static bool IsArrow(string text, int start)
    {
        var i = start;
        if (string.CompareOrdinal(text, i, "async", 0, 5) == 0 && i + 5 < text.Length && (text[i + 5] == '(' || char.IsWhiteSpace(text[i + 5])))
            i = SkipSpace(text, i + 5);
        if (i < text.Length && text[i] == '(')
        {
            var depth = 0;
            for (; i < text.Length; i++)
            {
                if (text[i] == '(') depth++;
                else if (text[i] == ')' && --depth == 0) break;
            }
            i++;
        }
        else
        {
            if (i >= text.Length || !IsIdentifierStart(text[i])) return false;
            while (i < text.Length && IsIdentifierPart(text[i])) i++;
        }
        i = SkipSpace(text, i);
        return string.CompareOrdinal(text, i, "=>", 0, 2) == 0;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
