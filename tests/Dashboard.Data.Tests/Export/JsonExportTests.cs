using System.Text.Json;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Export;

public sealed class JsonExportTests(ExportTestData data) : IClassFixture<ExportTestData>
{
    [Fact]
    public async Task Json_is_an_array_of_contract_facts_with_provenance()
    {
        var filter = new FactFilter { Kinds = [FactKind.Killed] };
        var json = await data.ExportAsync(filter, ExportFormat.Json);
        var expected = await data.RowsAsync(filter);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(expected.Count, doc.RootElement.GetArrayLength());
        var first = doc.RootElement[0];
        var row = expected[0];
        Assert.Equal("killed", first.GetProperty("kind").GetString());
        Assert.Equal(row.Min, first.GetProperty("min").GetDouble());
        Assert.Equal(FactFilterQuery.Word(row.Qualifier), first.GetProperty("qualifier").GetString());
        Assert.Equal("incident", first.GetProperty("scope").GetString());
        Assert.Equal("2020-06-22", first.GetProperty("date_start").GetString());
        Assert.Equal(FactFilterQuery.Word(row.Target!.Value), first.GetProperty("target").GetString());
        Assert.Equal([row.SpanStart, row.SpanEnd], first.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(row.Sentence, first.GetProperty("sentence").GetString()); // never neutralised: JSON is data
        Assert.Equal((row.Id, row.ArticleId), (first.GetProperty("fact_id").GetInt64(), first.GetProperty("article_id").GetInt32()));
        Assert.Equal(("السومرية", "2020-06-23"), (first.GetProperty("outlet").GetString(), first.GetProperty("published").GetString()));

        var records = JsonSerializer.Deserialize<List<FactJsonRecord>>(json, ContractJson.Options)!;
        Assert.Equal(expected.Select(FactJsonRecord.From), records);
    }

    [Fact]
    public async Task Empty_selection_is_an_empty_array()
    {
        var json = await data.ExportAsync(new FactFilter { Kinds = [FactKind.Displaced] }, ExportFormat.Json);
        Assert.Equal("[]", System.Text.Encoding.UTF8.GetString(json));
    }
}
