using System.Text;
using Dashboard.Data.Ingestion;

namespace Dashboard.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingesting_the_seeds_stores_five_articles_and_a_second_run_reports_duplicates()
    {
        using var temp = new TempFolder();

        var first = await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--db", temp.Database);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Ingested 5 articles (0 duplicates, 0 failed, ", first.Out);
        Assert.Equal("", first.Error);
        Assert.True(File.Exists(temp.Database));

        var second = await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--db", temp.Database);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Ingested 0 articles (5 duplicates, 0 failed, 0 facts)", second.Out);
        Assert.Contains("duplicate: " + RepositoryPaths.Seed("004"), second.Out);
    }

    [Fact]
    public async Task Bad_files_fail_one_by_one_with_a_non_zero_exit_while_good_files_land()
    {
        using var temp = new TempFolder();
        var folder = temp.Subfolder("mixed");
        File.Copy(RepositoryPaths.Seed("002"), Path.Combine(folder, "good.txt"));
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(folder, "broken.json"), "[{\"text\": ");
        File.WriteAllBytes(Path.Combine(folder, "big.txt"), Encoding.UTF8.GetBytes(new string('ق', 15000)));

        var run = await CliRun.RunAsync("ingest", folder, "--db", temp.Database, "--max-bytes", "20000");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"failed: {Path.Combine(folder, "empty.txt")}: empty file", run.Error);
        Assert.Contains($"failed: {Path.Combine(folder, "binary.txt")}: binary file", run.Error);
        Assert.Contains($"failed: {Path.Combine(folder, "broken.json")}: malformed JSON", run.Error);
        Assert.Contains($"failed: {Path.Combine(folder, "big.txt")}: too large", run.Error);
        Assert.DoesNotContain("good.txt", run.Error);
        Assert.Contains("Ingested 1 articles (0 duplicates, 4 failed, ", run.Out);
    }

    [Fact]
    public async Task Options_are_applied_and_re_extraction_runs_on_request()
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync("ingest", RepositoryPaths.Seed("000"), "--db", temp.Database,
            "--outlet", "Al Arabiya", "--published", "2023-01-02", "--url", "https://www.alarabiya.net/a", "--title", "عنوان", "--reextract");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ingested 1 articles", run.Out);
        Assert.Contains("Re-extracted 0 articles.", run.Out);
    }

    [Theory]
    [InlineData("--published", "23/06/2020")]
    [InlineData("--published", "2020-02-30")]
    public async Task A_malformed_date_is_a_usage_error(string option, string value)
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--db", temp.Database, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--published must be a date as YYYY-MM-DD (e.g. 2020-06-23), not '{value}'", run.Error);
        Assert.False(File.Exists(temp.Database));
    }

    [Fact]
    public async Task Ingest_without_a_path_or_with_an_unknown_option_is_a_usage_error()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, (await CliRun.RunAsync("ingest", "--db", temp.Database)).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--frobnicate")).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--max-bytes", "0", "--db", temp.Database)).ExitCode);
    }

    [Fact]
    public void Redirected_progress_prints_a_plain_line_every_so_many_files()
    {
        var output = new StringWriter();
        var reporter = new ProgressReporter(new CliConsole(output, TextWriter.Null));

        for (var done = 1; done <= 1200; done++) reporter.Report(new IngestProgress(done, 1200, $"f{done}.txt"));
        reporter.Finish();

        Assert.Equal(["progress: 500/1200 files", "progress: 1000/1200 files"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Re_extraction_progress_counts_articles()
    {
        var output = new StringWriter();
        var reporter = new ProgressReporter(new CliConsole(output, TextWriter.Null), "articles re-extracted");

        for (var done = 1; done <= 600; done++) reporter.Report(new IngestProgress(done, 600, done.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        reporter.Finish();

        Assert.Equal("progress: 500/600 articles re-extracted", output.ToString().Trim());
    }
}
