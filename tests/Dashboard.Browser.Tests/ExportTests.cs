using System.IO.Compression;

namespace Dashboard.Browser.Tests;

[Collection(DashboardAppCollection.Name)]
public sealed class ExportTests(DashboardAppFixture app)
{
    [Fact]
    public async Task Export_all_figures_downloads_one_zip_with_every_chart_as_png_and_svg_and_the_facts_csv()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/?vague=false");
        await page.WaitForSelectorAsync("svg.main-svg", new() { Timeout = 60_000 });
        var drawnCharts = await page.Locator("[data-export-chart]").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-all").ClickAsync());

        Assert.Equal("figures_vague-false_min.zip", download.SuggestedFilename);
        var path = Path.Combine(RepositoryPaths.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(drawnCharts * 2 + 1, names.Count);
        Assert.Contains("over-time_vague-false_min.png", names);
        Assert.Contains("over-time_vague-false_min.svg", names);
        var png = zip.GetEntry("over-time_vague-false_min.png")!;
        await using (var stream = png.Open())
        {
            var header = new byte[8];
            await stream.ReadExactlyAsync(header);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        }
        using (var svg = new StreamReader(zip.GetEntry("over-time_vague-false_min.svg")!.Open()))
        {
            Assert.StartsWith("<svg", (await svg.ReadToEndAsync()).TrimStart());
        }
        var csv = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".csv", StringComparison.Ordinal));
        using (var reader = new StreamReader(csv.Open()))
        {
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length > 1, "The CSV has no fact rows.");
        }
        Assert.Empty(watched.ConsoleErrors);
        Assert.Empty(watched.ExternalRequests);
    }
}
