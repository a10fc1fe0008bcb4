using System.Globalization;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Keeps <c>dashboard bench browser</c> working against the real app: it must finish and print its figures. The
/// figures themselves are not judged here (no timing assertions on a shared machine).
/// </summary>
[Collection(DashboardAppCollection.Name)]
public sealed class BrowserBenchTests(DashboardAppFixture app)
{
    [Fact]
    public async Task The_browser_bench_times_a_first_load_and_a_filter_change_and_prints_the_figures()
    {
        // Any live process exercises the working-set line; the app's own id is the fixture's business.
        // One run: it makes two emulated loads (the first and the second visit), each exposed to the stall below.
        string[] command = ["bench", "browser", "--url", app.BaseUrl + "/", "--runs", "1", "--timeout", "90",
            "--pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "--network", "1,0"];
        var (exitCode, printed, errors) = await RunAsync(command);
        var failures = "";
        if (exitCode != 0)
        {
            // Twice in many runs, with the other test projects running beside it, the emulated first load stalled for the
            // whole 90 s (no chart panel, no script; the cause is not known, and the page's state and the app's output
            // are printed when it happens). The command must work; one such stall is tolerated, two are not.
            failures = $"first attempt: exit code {exitCode}\n{printed}\n{errors}\n";
            (exitCode, printed, errors) = await RunAsync(command);
        }
        Assert.True(exitCode == 0, $"{failures}exit code {exitCode}\n{printed}\n{errors}\napp output (last 3,000 characters):\n{Tail(app.AppOutput, 3_000)}");
        Assert.Matches(@"\| 1 \| [\d.]+ \| [\d.]+ \| [\d.]+ \(\d+\) \| [\d.]+ \| [\d.]+ \| [1-9]\d*/\d+ \| .+ \| [\d.]+ \(\d+\) \| [\d.]+ \| [\d.]+ \| [1-9]\d*/\d+ \| [\d.]+ \([1-9]\d*\) \| [\d.]+ \| [1-9]\d* \|", printed);
        Assert.Contains("network: 1 Mbit/s each way, 0 ms round trip", printed);
        // The emulated line really carries the load: over 500 KB at 1 Mbit/s take more than four seconds.
        var runs = System.Text.RegularExpressions.Regex.Matches(printed, @"^\| 1 \| [\d.]+ \| [^|]+ \| (?<inView>[\d.]+) \(\d+\) \| (?<drawn>[\d.]+) \|.* (?<kb>\d+) \|\r?$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.Single(runs);
        foreach (System.Text.RegularExpressions.Match run in runs)
        {
            Assert.True(int.Parse(run.Groups["kb"].Value, CultureInfo.InvariantCulture) > 500, $"{run.Groups["kb"].Value} KB fetched");
            Assert.True(double.Parse(run.Groups["drawn"].Value, CultureInfo.InvariantCulture) > 4000, $"charts drawn after {run.Groups["drawn"].Value} ms");
            // The charts in view are among those near it: drawn no later than the last of them.
            Assert.True(double.Parse(run.Groups["inView"].Value, CultureInfo.InvariantCulture) <= double.Parse(run.Groups["drawn"].Value, CultureInfo.InvariantCulture),
                $"charts in view drawn after {run.Groups["inView"].Value} ms, all after {run.Groups["drawn"].Value} ms");
        }
        Assert.Matches(@"\| overview first load to the charts in view drawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        Assert.Matches(@"\| overview first load to the charts in and near view drawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        Assert.Matches(@"\| filter change to the charts in view redrawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        Assert.Matches(@"\| filter change to the charts in and near view redrawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        // The seeded overview reaches below the charts near the first view: a jump to its end draws the charts there.
        Assert.Matches(@"\| End key to the charts at the page's end drawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        Assert.Matches(@"\| second visit \(browser cache warm\) to the charts in and near view drawn \| [\d.]+ \| [\d.]+ \| [\d.]+ \|", printed);
        Assert.Contains("working set", printed);
        Assert.Matches(@"machine: \d+ cores, .*calibration \d+ ms", printed);
    }

    [Fact]
    public async Task The_plotly_plan_is_recorded_from_the_overview_for_the_bundle_the_app_ships()
    {
        var plan = Path.Combine(Path.GetTempPath(), $"plotly-plan-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, printed, errors) = await RunAsync(["bench", "plotly-plan", "--url", app.BaseUrl + "/", "--out", plan, "--timeout", "90"]);

            Assert.True(exitCode == 0, $"exit code {exitCode}\n{printed}\n{errors}");
            Assert.Matches(@"\?style=bars: [1-9]\d* charts drawn", printed);
            using var written = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(plan));
            var root = written.RootElement;
            // The same bundle the committed plan was recorded for, and hundreds of its functions run by the seeded overview.
            using var committed = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(
                Path.Combine(RepositoryPaths.Root, "src", "Dashboard.Web", "Scripts", "PlotlyCompilePlan.json")));
            Assert.Equal(committed.RootElement.GetProperty("sha256").GetString(), root.GetProperty("sha256").GetString());
            // The command's names for the bundle are the app's (the command line does not reference the web project).
            Assert.Equal(Dashboard.Web.Scripts.PlotlyScript.PackageBundle, root.GetProperty("bundle").GetString());
            Assert.True(root.GetProperty("wrap").GetArrayLength() > 300, $"{root.GetProperty("wrap").GetArrayLength()} functions to wrap");
        }
        finally
        {
            File.Delete(plan);
        }
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Dashboard.Cli.Cli.RunAsync(command, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("20")]
    [InlineData("fast,40")]
    [InlineData("0,40")]
    [InlineData("20,-1")]
    [InlineData("1e400,40")]
    public async Task The_browser_bench_refuses_a_network_link_it_cannot_read(string link)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Dashboard.Cli.Cli.RunAsync(["bench", "browser", "--url", "http://127.0.0.1:1/", "--network", link], output, error);

        Assert.Equal(Dashboard.Cli.Cli.UsageError, exitCode);
        Assert.Contains("--network must be MBIT,RTT", error.ToString());
    }

    [Fact]
    public async Task The_browser_bench_refuses_an_address_that_is_not_loopback()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Dashboard.Cli.Cli.RunAsync(["bench", "browser", "--url", "http://example.org/", "--runs", "1"], output, error);

        Assert.Equal(Dashboard.Cli.Cli.UsageError, exitCode);
        Assert.Contains("loopback", error.ToString());
    }
}
