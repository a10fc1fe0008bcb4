using Dashboard.Data.Bench;
using Dashboard.Data.Ingestion;

namespace Dashboard.Cli.Tests.Bench;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var temp = new TempFolder();
        var first = await CorpusWriter.WriteAsync(temp.Subfolder("a"), 40, seed: 7);
        var second = await CorpusWriter.WriteAsync(temp.Subfolder("b"), 40, seed: 7);
        var other = await CorpusWriter.WriteAsync(temp.Subfolder("c"), 40, seed: 8);

        var names = Directory.GetFiles(first.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(42, names.Count);
        Assert.Contains(MetadataFiles.ManifestFileName, names);
        Assert.Contains(CorpusWriter.PlantedFileName, names);
        foreach (var name in names)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Folder, name!)), File.ReadAllBytes(Path.Combine(second.Folder, name!)));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Folder, "article-0000003.txt")), File.ReadAllBytes(Path.Combine(other.Folder, "article-0000003.txt")));
    }

    [Fact]
    public void An_article_does_not_depend_on_the_order_articles_are_generated_in()
    {
        var generator = new CorpusGenerator(3);
        var late = generator.Generate(25);
        foreach (var i in Enumerable.Range(0, 25)) generator.Generate(i);
        Assert.Equal(late, generator.Generate(25) with { Facts = late.Facts });
        Assert.Equal(late.Facts, generator.Generate(25).Facts);
    }

    [Fact]
    public void Articles_vary_in_outlet_governorate_date_and_number_form()
    {
        var generator = new CorpusGenerator(11);
        var articles = Enumerable.Range(0, 600).Select(generator.Generate).ToList();

        Assert.True(articles.Select(a => a.Outlet).Distinct().Count() >= 30, "dozens of outlets");
        Assert.True(articles.Select(a => a.Governorate).Distinct().Count() >= 15, "most governorates");
        Assert.True(articles.Select(a => a.Published.Year).Distinct().Count() == 10, "ten years of publication dates");
        Assert.Equal(Enum.GetValues<NumberForm>().Order(), articles.SelectMany(a => a.Facts).Select(f => f.Form).Distinct().Order());
        Assert.Equal(articles.Count, articles.Select(a => a.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(articles, a => a.Text.Contains("F-16", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Text.Contains("بالساعة 500", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Text.Contains('\u0660') || a.Text.Any(c => c is >= '\u0661' and <= '\u0669'));
        Assert.All(articles, a => Assert.Contains("جميع الحقوق محفوظة", a.Text));
    }

    [Fact]
    public async Task A_generated_folder_ingests_every_article_once_and_never_the_answer_key()
    {
        using var temp = new TempFolder();
        var corpus = await CorpusWriter.WriteAsync(temp.Subfolder("corpus"), 20, seed: 2);

        Assert.False(ArticleReader.IsArticleFile(corpus.PlantedPath));
        var run = await CliRun.RunAsync("ingest", corpus.Folder, "--db", temp.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ingested 20 articles (0 duplicates, 0 failed, ", run.Out);
    }

    [Fact]
    public async Task The_planted_answers_read_back_as_written()
    {
        using var temp = new TempFolder();
        var corpus = await CorpusWriter.WriteAsync(temp.Subfolder("corpus"), 15, seed: 4);
        var generator = new CorpusGenerator(4);

        var planted = await CorpusWriter.ReadPlantedAsync(corpus.PlantedPath);

        Assert.Equal(15, planted.Count);
        Assert.Equal(corpus.PlantedFacts, planted.Sum(p => p.Facts.Count));
        var article = generator.Generate(9);
        Assert.Equal(article.File, planted[9].File);
        Assert.Equal(article.Facts.Select(f => (f.Kind, f.Min, f.Max)), planted[9].Facts.Select(f => (f.Kind, f.Min, f.Max)));
    }
}
