using System.Text;
using Bunit;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Tests.Pages;

public sealed class UploadPageTests : PageTestContext
{
    private const string Article = "قتل 7 من عناصر داعش في غارة جوية قرب الموصل أمس";

    private static string[] Outcomes(IRenderedComponent<UploadPage> page) =>
        page.FindAll("[data-testid=upload-results] tbody tr").Select(tr => tr.GetAttribute("data-outcome") ?? "").ToArray();

    [Fact]
    public void Each_file_gets_its_own_outcome_with_a_link_to_stored_articles()
    {
        Ingestion.Outcome = name => name switch
        {
            "a.txt" => new IngestFileResult(name, IngestOutcome.Stored, 31, 2, null),
            "b.txt" => new IngestFileResult(name, IngestOutcome.Duplicate, 9, 1, null),
            _ => new IngestFileResult(name, IngestOutcome.Failed, null, 0, "not UTF-8 text"),
        };
        var page = RenderPage<UploadPage>("/upload");

        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText(Article, "a.txt"),
            InputFileContent.CreateFromText("نص آخر", "b.txt"),
            InputFileContent.CreateFromText("???", "c.bin"));
        Assert.Equal(["waiting", "waiting", "waiting"], Outcomes(page));
        page.Find("#upload-outlet").Change("الشرق الأوسط");
        page.Find("#upload-published").Change("2020-06-23");
        page.Find("[data-testid=start-upload]").Click();

        page.WaitForAssertion(() => Assert.Equal(["stored", "duplicate", "failed"], Outcomes(page)));
        var rows = page.FindAll("[data-testid=upload-results] tbody tr");
        Assert.Equal("/articles/31", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/articles/9", rows[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(rows[2].QuerySelector("a"));
        Assert.Contains("not UTF-8 text", rows[2].TextContent);
        Assert.Contains("Stored 1 · duplicates 1 · failed 1 · 2 facts found", page.Find("[data-testid=upload-summary]").TextContent);

        Assert.Equal(Article, Encoding.UTF8.GetString(Ingestion.Files.Single(f => f.Name == "a.txt").Bytes));
        var options = Assert.Single(Ingestion.Options);
        Assert.Equal("الشرق الأوسط", options.Outlet);
        Assert.Equal(new DateOnly(2020, 6, 23), options.Published);
        Assert.Contains("3 of 3 files", page.Find("[data-testid=upload-progress]").TextContent);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_never_sent_while_the_others_go_through()
    {
        Settings["Dashboard:MaxUploadBytes"] = "100";
        var page = RenderPage<UploadPage>("/upload");

        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText(new string('x', 150), "big.txt"),
            InputFileContent.CreateFromText(Article, "small.txt"));

        Assert.Equal(["refused", "waiting"], Outcomes(page));
        var refused = page.Find("[data-testid=upload-results] tbody tr").TextContent;
        Assert.Contains("Too large (150 B; the limit is 100 B)", refused);
        Assert.Contains("Up to 100 B per file", page.Find("[data-testid=drop-zone]").TextContent);
        Assert.Contains("Add 1 files", page.Find("[data-testid=start-upload]").TextContent);

        page.Find("[data-testid=start-upload]").Click();

        page.WaitForAssertion(() => Assert.Equal(["refused", "stored"], Outcomes(page)));
        Assert.Equal(["small.txt"], Ingestion.Files.Select(f => f.Name));
        Assert.Equal(100, Assert.Single(Ingestion.Options).MaxBytes);
    }

    [Fact]
    public void The_default_limit_is_five_megabytes()
    {
        var page = RenderPage<UploadPage>("/upload");

        Assert.Contains("Up to 5 MB per file", page.Find("[data-testid=drop-zone]").TextContent);
    }

    [Fact]
    public void A_malformed_batch_date_stops_the_upload_with_a_message()
    {
        var page = RenderPage<UploadPage>("/upload");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Article, "a.txt"));

        page.Find("#upload-published").Change("June 23");
        page.Find("[data-testid=start-upload]").Click();

        Assert.Contains("is not a date: write it as YYYY-MM-DD", page.Markup);
        Assert.Empty(Ingestion.Files);
        Assert.Equal(["waiting"], Outcomes(page));
    }

    [Fact]
    public void Large_batches_are_ingested_in_chunks_and_every_file_is_reported()
    {
        var page = RenderPage<UploadPage>("/upload");
        var files = Enumerable.Range(1, 45).Select(i => InputFileContent.CreateFromText($"{Article} {i}", $"f{i:00}.txt")).ToArray();

        page.FindComponent<InputFile>().UploadFiles(files);
        page.Find("[data-testid=start-upload]").Click();

        page.WaitForAssertion(() => Assert.All(Outcomes(page), o => Assert.Equal("stored", o)));
        Assert.Equal(45, Outcomes(page).Length);
        Assert.Equal(45, Ingestion.Files.Count);
        Assert.True(Ingestion.Options.Count >= 3, $"expected several chunks, got {Ingestion.Options.Count}");
        Assert.Contains("45 of 45 files", page.Find("[data-testid=upload-progress]").TextContent);
    }
}
