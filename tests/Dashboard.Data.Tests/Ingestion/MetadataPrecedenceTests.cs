using Dashboard.Data.Entities;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Dashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class MetadataPrecedenceTests
{
    private static async Task<List<Article>> IngestAsync(TempDatabase database, string folder, IngestOptions options)
    {
        var summary = await database.Get<IIngestionService>().IngestPathsAsync([folder], options);
        Assert.Equal(0, summary.Failed);
        await using var db = database.CreateContext();
        return await db.Articles.AsNoTracking().Include(a => a.Outlet).OrderBy(a => a.SourceFile).ToListAsync();
    }

    /// <summary>Seed 004 (its text names a date and an outlet) plus plain articles, with a manifest and one sidecar.</summary>
    private static string WriteFolder(TempDatabase database)
    {
        var folder = database.CreateSubfolder("precedence");
        File.Copy(RepositoryPaths.Seed("004"), Path.Combine(folder, "a-seed004.txt"));
        File.WriteAllText(Path.Combine(folder, "b-manifest-only.txt"), ArabicSamples.Strike);
        File.WriteAllText(Path.Combine(folder, "c-sidecar.txt"), ArabicSamples.Camps);
        File.WriteAllText(Path.Combine(folder, "d-nothing.txt"), ArabicSamples.Arrest);
        File.WriteAllText(Path.Combine(folder, "c-sidecar.meta.json"),
            """{"outlet": "BBC Arabic", "published": "2019-09-09", "title": "عنوان الملف المرافق"}""");
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """
            [
              {"file": "b-manifest-only.txt", "outlet": "Al Arabiya", "url": "https://www.alarabiya.net/ar/x.html", "published": "2018-05-04", "title": "عنوان البيان"},
              {"file": "c-sidecar.txt", "outlet": "France 24", "url": "https://www.france24.com/ar/y", "published": "2018-01-01"}
            ]
            """);
        return folder;
    }

    [Fact]
    public async Task Sidecar_wins_over_manifest_which_fills_what_the_sidecar_leaves_out()
    {
        await using var database = await TempDatabase.CreateAsync();
        var articles = await IngestAsync(database, WriteFolder(database), new IngestOptions());
        Assert.Equal(4, articles.Count);

        var manifestOnly = articles[1];
        Assert.Equal(new DateOnly(2018, 5, 4), manifestOnly.PublishedOn);
        Assert.Equal(PublishedBasis.Given, manifestOnly.PublishedBasis);
        Assert.Equal("عنوان البيان", manifestOnly.Title);
        Assert.Equal("العربية", manifestOnly.Outlet!.Name);
        Assert.Equal("alarabiya.net", manifestOnly.Outlet.Domain);
        Assert.Equal("https://www.alarabiya.net/ar/x.html", manifestOnly.Url);

        var sidecar = articles[2];
        Assert.Equal(new DateOnly(2019, 9, 9), sidecar.PublishedOn);
        Assert.Equal("عنوان الملف المرافق", sidecar.Title);
        Assert.Equal("BBC Arabic", sidecar.Outlet!.EnglishName);
        Assert.Equal("https://www.france24.com/ar/y", sidecar.Url);

        var nothing = articles[3];
        Assert.Null(nothing.PublishedOn);
        Assert.Equal(PublishedBasis.None, nothing.PublishedBasis);
        Assert.Null(nothing.OutletId);
        Assert.Null(nothing.Url);
    }

    [Fact]
    public async Task Options_win_over_sidecar_manifest_and_text()
    {
        await using var database = await TempDatabase.CreateAsync();
        var options = new IngestOptions { Outlet = "Sky News Arabia", Published = new DateOnly(2022, 2, 2), Title = "عنوان الخيار" };
        var articles = await IngestAsync(database, WriteFolder(database), options);

        Assert.All(articles, a =>
        {
            Assert.Equal(new DateOnly(2022, 2, 2), a.PublishedOn);
            Assert.Equal(PublishedBasis.Given, a.PublishedBasis);
            Assert.Equal("عنوان الخيار", a.Title);
            Assert.Equal("سكاي نيوز عربية", a.Outlet!.Name);
        });
        // The URL was not given as an option, so the manifest's still stands.
        Assert.Equal("https://www.alarabiya.net/ar/x.html", articles[1].Url);
    }

    [Fact]
    public async Task The_text_itself_gives_seed_004_its_date_line_and_outlet_when_nothing_else_does()
    {
        await using var database = await TempDatabase.CreateAsync();
        var articles = await IngestAsync(database, WriteFolder(database), new IngestOptions());

        var seed = articles[0];
        Assert.Equal(new DateOnly(2020, 6, 23), seed.PublishedOn);
        Assert.Equal(PublishedBasis.Text, seed.PublishedBasis);
        Assert.Equal("بغداد تنسّق مع «الناتو» لمحاربة «داعش»", seed.Title);
        Assert.Equal("الشرق الأوسط", seed.Outlet!.Name);
    }

    [Fact]
    public async Task A_manifest_entry_wins_over_the_text()
    {
        await using var database = await TempDatabase.CreateAsync();
        var folder = database.CreateSubfolder("manifest-over-text");
        File.Copy(RepositoryPaths.Seed("004"), Path.Combine(folder, "seed.txt"));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """[{"file": "seed.txt", "published": "2020-07-01", "outlet": "Al Jazeera"}]""");

        var article = Assert.Single(await IngestAsync(database, folder, new IngestOptions()));

        Assert.Equal(new DateOnly(2020, 7, 1), article.PublishedOn);
        Assert.Equal(PublishedBasis.Given, article.PublishedBasis);
        Assert.Equal("الجزيرة", article.Outlet!.Name);
    }

    [Fact]
    public void Outlet_spellings_share_one_key()
    {
        Assert.Equal(OutletNames.Key("«الشرق الأوسط»"), OutletNames.Key("الشرق الاوسط"));
        Assert.Equal(OutletNames.Identify("Asharq Al-Awsat").Key, OutletNames.Identify("الشرق الأوسط").Key);
        var unknown = OutletNames.Identify("Iraqi News Agency", "https://www.ina.iq/123");
        Assert.Equal("Iraqi News Agency", unknown.EnglishName);
        Assert.Equal("ina.iq", unknown.Domain);
        Assert.Null(OutletNames.Identify("وكالة الأنباء العراقية").EnglishName);
    }
}
