using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Dashboard.Web.Tests.Api;

public sealed class FactsApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private sealed record FactsPage(int Total, int Page, int PageSize, List<FactJsonRecord> Items);

    [Theory]
    [InlineData("kind=killed&page=2&pageSize=2&sort=min&desc=false")]
    [InlineData("vague=false&from=2020-06-01&to=2021-12-31")]
    [InlineData("")]
    public async Task Json_page_equals_what_the_queries_return(string query)
    {
        var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/api/facts?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<FactsPage>(ContractJson.Options))!;

        var filter = FactFilterQuery.Parse(query, out var errors);
        Assert.Empty(errors);
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var sort = new FactSort(pairs.TryGetValue("sort", out var s) && FactFilterQuery.TryParseWord<FactSortColumn>(s, out var c) ? c : FactSortColumn.DateStart,
            !pairs.TryGetValue("desc", out var d) || bool.Parse(d));
        var pageNumber = pairs.TryGetValue("page", out var p) ? int.Parse(p) : 1;
        var size = pairs.TryGetValue("pageSize", out var z) ? int.Parse(z) : 50;

        var queries = host.Factory.Services.GetRequiredService<IDashboardQueries>();
        var expected = await queries.GetFactsPageAsync(filter, sort, pageNumber - 1, size);
        Assert.Equal((expected.Total, pageNumber, size), (page.Total, page.Page, page.PageSize));
        Assert.Equal(expected.Items.Select(FactJsonRecord.From), page.Items);
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public async Task Comma_separated_and_repeated_values_both_work_and_a_page_past_the_end_is_empty()
    {
        var client = host.Factory.CreateClient();
        using var commas = JsonDocument.Parse(await client.GetStringAsync("/api/facts?kind=killed,arrested&unknown=ignored"));
        using var repeated = JsonDocument.Parse(await client.GetStringAsync("/api/facts?kind=killed&kind=arrested"));
        Assert.Equal(5, commas.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(5, repeated.RootElement.GetProperty("total").GetInt32());

        using var past = JsonDocument.Parse(await client.GetStringAsync("/api/facts?page=1000"));
        Assert.Equal(0, past.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(6, past.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Json_uses_the_contract_names_and_words()
    {
        var client = host.Factory.CreateClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/facts?kind=killed&sort=min&desc=false&pageSize=1"));
        Assert.Equal(4, doc.RootElement.GetProperty("total").GetInt32());
        var fact = doc.RootElement.GetProperty("items")[0];
        Assert.Equal("killed", fact.GetProperty("kind").GetString());
        Assert.Equal("exact", fact.GetProperty("qualifier").GetString());
        Assert.Equal("2020-06-22", fact.GetProperty("date_start").GetString());
        Assert.Equal(JsonValueKind.Array, fact.GetProperty("span").ValueKind);
        Assert.Equal("السومرية", fact.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Csv_download_streams_every_matching_fact_with_a_filter_file_name()
    {
        var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/api/facts?format=csv&kind=killed&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("kind-killed", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(5, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header + 4 killed (pageSize ignored)
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text);
    }

    [Fact]
    public async Task Json_with_all_streams_every_matching_fact_as_a_download()
    {
        var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/api/facts?format=json&all=true&kind=killed&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition!.FileNameStar);
        var records = JsonSerializer.Deserialize<List<FactJsonRecord>>(await response.Content.ReadAsStringAsync(), ContractJson.Options)!;
        Assert.Equal(4, records.Count);
        Assert.Contains(records, r => r.Sentence == "=HYPERLINK(\"x\")"); // JSON is data: never altered
    }

    [Fact]
    public async Task Xlsx_download_has_the_facts_sheet()
    {
        var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/api/facts?format=xlsx&kind=killed&vague=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: FactExporter.FactsSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count); // the vague 20..99 is left out
        Assert.All(rows, r => Assert.IsType<double>(r["min"]));
    }

    [Theory]
    [InlineData("/api/facts?kind=bogus", "bogus")]
    [InlineData("/api/facts?from=2020-13-01", "YYYY-MM-DD")]
    [InlineData("/api/facts?from=2021-01-01&to=2020-01-01", "after")]
    [InlineData("/api/facts?pageSize=1001", "pageSize")]
    [InlineData("/api/facts?page=0", "page")]
    [InlineData("/api/facts?page=abc", "page")]
    [InlineData("/api/facts?page=99999999&pageSize=1000", "page")]
    [InlineData("/api/articles?page=3000000000", "page")]
    [InlineData("/api/facts?format=pdf", "format")]
    [InlineData("/api/facts?sort=colour", "sort")]
    [InlineData("/api/facts?outlet=x", "outlet")]
    [InlineData("/api/facts?target=aliens", "aliens")]
    [InlineData("/api/facts?vague=maybe", "vague")]
    [InlineData("/api/facts?dateBy=tomorrow", "dateBy")]
    [InlineData("/api/facts?format=json&all=yes", "all")]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/summary?mode=average", "mode")]
    [InlineData("/api/summary?seriesBy=colour", "seriesBy")]
    [InlineData("/api/summary?limit=0", "limit")]
    [InlineData("/api/summary?limit=-5", "limit")]
    [InlineData("/api/summary?limit=lots", "limit")]
    [InlineData("/api/summary?limit=1001", "1000")]
    [InlineData("/api/charts/monthly.pdf", "monthly.csv")]
    public async Task Bad_requests_get_a_problem_saying_what_was_wrong(string url, string mentioned)
    {
        var client = host.Factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(mentioned, problem.RootElement.GetProperty("detail").GetString());
        Assert.NotEmpty(problem.RootElement.GetProperty("errors").EnumerateArray());
    }
}
