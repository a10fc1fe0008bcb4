using System.Text;
using System.Text.Json;

namespace Dashboard.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static readonly string[] ArticleFields = ["file", "outlet", "published", "published_basis", "facts", "dates"];

    [Fact]
    public async Task Extracting_seed_004_prints_one_contract_document()
    {
        var seed = RepositoryPaths.Seed("004");
        var run = await CliRun.RunAsync("extract", seed);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["extractor_version", "articles", "errors"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("extractor_version").GetString()));
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        var article = Assert.Single(root.GetProperty("articles").EnumerateArray().ToList());
        Assert.Equal(ArticleFields, article.EnumerateObject().Select(p => p.Name));
        Assert.Equal(seed, article.GetProperty("file").GetString());
        Assert.Equal(JsonValueKind.Array, article.GetProperty("facts").ValueKind);
        Assert.Equal(JsonValueKind.Array, article.GetProperty("dates").ValueKind);
        // The date line under the headline (6/23/2020) and «لـ«الشرق الأوسط»» come from the text itself.
        Assert.Equal("2020-06-23", article.GetProperty("published").GetString());
        Assert.Equal("text", article.GetProperty("published_basis").GetString());
        Assert.Equal("الشرق الأوسط", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Options_win_over_the_text()
    {
        var run = await CliRun.RunAsync("extract", RepositoryPaths.Seed("004"), "--published", "2020-06-24", "--outlet", "Al Arabiya");

        Assert.Equal(0, run.ExitCode);
        var article = JsonDocument.Parse(run.Out).RootElement.GetProperty("articles")[0];
        Assert.Equal("2020-06-24", article.GetProperty("published").GetString());
        Assert.Equal("given", article.GetProperty("published_basis").GetString());
        Assert.Equal("Al Arabiya", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Files_that_cannot_be_read_are_listed_in_errors_and_the_rest_still_extract()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("empty.txt"), []);
        File.WriteAllBytes(temp.File("binary.txt"), [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x10]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var seed = File.ReadAllText(RepositoryPaths.Seed("002"));
        File.WriteAllBytes(temp.File("cp1256.txt"), Encoding.GetEncoding(1256).GetBytes(seed));
        File.WriteAllText(temp.File("page.html"), "<html><body><nav>قائمة</nav><article><h1>عنوان</h1><p>قتل 7 مسلحين في الأنبار.</p></article></body></html>");

        var run = await CliRun.RunAsync("extract", temp.File("empty.txt"), temp.File("cp1256.txt"), temp.File("missing.txt"), temp.File("binary.txt"), temp.File("page.html"));

        Assert.Equal(1, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var errors = root.GetProperty("errors").EnumerateArray().ToDictionary(e => Path.GetFileName(e.GetProperty("file").GetString()!), e => e.GetProperty("reason").GetString()!);
        Assert.Equal(3, errors.Count);
        Assert.Contains("empty file", errors["empty.txt"]);
        Assert.Contains("binary file", errors["binary.txt"]);
        Assert.Equal("not found", errors["missing.txt"]);
        var files = root.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("file").GetString())).ToList();
        Assert.Equal(["cp1256.txt", "page.html"], files);
    }

    [Fact]
    public async Task The_output_is_utf8_json_with_arabic_unescaped()
    {
        var run = await CliRun.RunAsync("extract", RepositoryPaths.Seed("004"), "--outlet", "الشرق الأوسط");
        Assert.Contains("\"outlet\": \"الشرق الأوسط\"", run.Out);
    }

    [Fact]
    public async Task Extract_needs_at_least_one_file()
    {
        var run = await CliRun.RunAsync("extract");
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }
}
