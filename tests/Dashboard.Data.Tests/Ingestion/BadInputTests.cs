using System.Text;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class BadInputTests
{
    /// <summary>Writes one bad file of each kind beside two good ones; returns the folder.</summary>
    internal static string WriteMixedBatch(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "good-1.txt"), ArabicSamples.Strike);
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllText(Path.Combine(folder, "blank.txt"), " \n\t \n");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02, 0x03]);
        // Latin-1 French is neither UTF-8 nor Arabic in either Arabic code page.
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Le ministère a déclaré à la presse qu'élève était très fâché. Où êtes-vous allé ?"));
        File.WriteAllBytes(Path.Combine(folder, "huge.txt"), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(ArabicSamples.Camps, 200))));
        File.WriteAllText(Path.Combine(folder, "broken.json"), """{"text": "نص", "title": """);
        File.WriteAllText(Path.Combine(folder, "records.json"), $$"""[{"text": {{System.Text.Json.JsonSerializer.Serialize(ArabicSamples.Camps)}}, "published": "2019-02-03"}, {"title": "no text"}, {"text": "نص", "published": "3/2/2019"}]""");
        File.WriteAllText(Path.Combine(folder, "dated.txt"), ArabicSamples.Arrest);
        File.WriteAllText(Path.Combine(folder, "dated.meta.json"), """{"published": "2020-13-45"}""");
        return folder;
    }

    [Fact]
    public async Task Each_bad_input_fails_alone_with_its_reason_and_the_good_files_land()
    {
        await using var database = await TempDatabase.CreateAsync();
        var folder = WriteMixedBatch(database.CreateSubfolder("mixed"));

        var summary = await database.Get<IIngestionService>().IngestPathsAsync([folder], new IngestOptions { MaxBytes = 64 * 1024 });
        string Reason(string name) => Assert.Single(summary.Files, f => Path.GetFileName(f.Name) == name).Error ?? "";

        Assert.Contains("empty file", Reason("empty.txt"));
        Assert.Contains("empty file", Reason("blank.txt"));
        Assert.Contains("binary file", Reason("binary.txt"));
        Assert.Contains("undecodable", Reason("latin1.txt"));
        Assert.Contains("too large", Reason("huge.txt"));
        Assert.Contains("65,536", Reason("huge.txt"));
        Assert.Contains("malformed JSON", Reason("broken.json"));
        Assert.Contains("'text' is missing", Reason("records.json[1]"));
        Assert.Contains("YYYY-MM-DD", Reason("records.json[2]"));
        Assert.Contains("dated.meta.json", Reason("dated.txt"));
        Assert.Contains("2020-13-45", Reason("dated.txt"));

        Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files, f => f.Name.EndsWith("good-1.txt")).Outcome);
        Assert.Equal(IngestOutcome.Stored, Assert.Single(summary.Files, f => f.Name.EndsWith("records.json[0]")).Outcome);
        Assert.Equal(2, summary.Stored);
        Assert.Equal(summary.Files.Count - 2, summary.Failed);
        Assert.DoesNotContain(summary.Files, f => f.Name.EndsWith("meta.json"));

        await using var db = database.CreateContext();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).ToListAsync();
        Assert.Equal(["good-1.txt", "records.json[0]"], articles.Select(a => a.SourceFile));
        Assert.Equal(new DateOnly(2019, 2, 3), articles[1].PublishedOn);
        Assert.Equal(Extraction.Model.PublishedBasis.Given, articles[1].PublishedBasis);
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_does_not_stop_the_others()
    {
        await using var database = await TempDatabase.CreateAsync();
        var good = Path.Combine(database.CreateSubfolder("in"), "good.txt");
        File.WriteAllText(good, ArabicSamples.Strike);

        var summary = await database.Get<IIngestionService>().IngestPathsAsync([Path.Combine(database.Folder, "nope.txt"), good], new IngestOptions());

        Assert.Equal("not found", summary.Files[0].Error);
        Assert.Equal(IngestOutcome.Stored, summary.Files[1].Outcome);
    }

    [Fact]
    public async Task Uploads_over_the_limit_are_refused_before_being_read()
    {
        await using var database = await TempDatabase.CreateAsync();
        var opened = false;
        var source = new IngestSource("big.txt", _ => { opened = true; return Task.FromResult<Stream>(new MemoryStream(new byte[10])); }, Length: 10_000_000);

        var summary = await database.Get<IIngestionService>().IngestAsync([source], new IngestOptions());

        Assert.False(opened);
        Assert.Contains("too large: 10,000,000 bytes", summary.Files.Single().Error);
    }
}
