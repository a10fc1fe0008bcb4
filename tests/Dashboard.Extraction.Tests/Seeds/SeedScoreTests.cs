using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Seeds;

public sealed class SeedScoreTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static (string, ExtractionResult) ExtractSeed(string file)
    {
        var text = SeedFiles.Read(file);
        return (text, Extractor.Extract(text, SeedFiles.Published(file)));
    }

    [Fact]
    public void Seeds_score_F1_of_at_least_095_and_break_no_must_not()
    {
        var score = GoldScorer.Run(SeedFiles.Gold(), ExtractSeed);

        Assert.True(score.F1 >= 0.95, score.ToString());
        Assert.True(score.MustNotBroken == 0, score.ToString());
    }

    [Fact]
    public void Every_resolvable_gold_date_of_the_seeds_is_found()
    {
        var score = GoldScorer.Run(SeedFiles.Gold(), ExtractSeed);

        Assert.True(score.DatesTotal > 0);
        Assert.True(score.DatesRight == score.DatesTotal, score.ToString());
    }

    [Fact]
    public void Contract_json_of_the_seeds_names_every_field_in_snake_case()
    {
        var articles = new JsonArray();
        foreach (var file in Directory.GetFiles(SeedFiles.SeedsDirectory, "*.txt").Order())
        {
            var (_, result) = ExtractSeed(Path.GetFileName(file));
            articles.Add(new JsonObject
            {
                ["file"] = "seeds/" + Path.GetFileName(file),
                ["published"] = SeedFiles.Published(Path.GetFileName(file))?.ToString("yyyy-MM-dd"),
                ["facts"] = JsonSerializer.SerializeToNode(result.Facts, ContractJson.Options),
                ["dates"] = JsonSerializer.SerializeToNode(result.Dates, ContractJson.Options),
            });
        }
        var document = new JsonObject { ["extractor_version"] = Extractor.Version, ["articles"] = articles };
        var json = document.ToJsonString(ContractJson.Options);
        var output = Path.Combine(Path.GetTempPath(), "seeds.extracted.json");
        File.WriteAllText(output, json);

        var first = JsonNode.Parse(json)!["articles"]!.AsArray().SelectMany(a => a!["facts"]!.AsArray()).First()!.AsObject();
        foreach (var field in new[] { "kind", "min", "max", "qualifier", "unit", "scope", "date_start", "date_end", "date_precision", "date_basis",
                     "actor", "target", "location", "governorate", "attribution", "sentence", "span", "confidence" })
            Assert.True(first.ContainsKey(field), field);
        Assert.Equal(2, first["span"]!.AsArray().Count);
    }
}
