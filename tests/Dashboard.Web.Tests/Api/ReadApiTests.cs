using Dashboard.Data.Queries;
using Dashboard.Data.Export;
using Dashboard.Web.Navigation;
using System.Net;
using System.Text;
using System.Text.Json;
using Dashboard.Extraction.Model;

namespace Dashboard.Web.Tests.Api;

public sealed class ReadApiTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await host.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Summary_keeps_cumulative_claims_out_of_incident_totals()
    {
        using var doc = await GetJsonAsync("/api/summary");
        var cards = doc.RootElement.GetProperty("cards");
        Assert.Equal(2, cards.GetProperty("articles").GetInt32());
        var killed = cards.GetProperty("incident_totals").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "killed");
        Assert.Equal((424d, 603d), (killed.GetProperty("min").GetDouble(), killed.GetProperty("max").GetDouble()));
        var claim = Assert.Single(doc.RootElement.GetProperty("claims").EnumerateArray());
        Assert.Equal(250, claim.GetProperty("min").GetDouble());
        Assert.Equal("min", doc.RootElement.GetProperty("mode").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("monthly").EnumerateArray());
        Assert.NotEmpty(doc.RootElement.GetProperty("by_source").GetProperty("by_outlet").EnumerateArray());
    }

    [Fact]
    public async Task Summary_filter_applies()
    {
        using var doc = await GetJsonAsync($"/api/summary?outlet={host.ShafaqOutletId}&mode=max&seriesBy=governorate");
        var totals = doc.RootElement.GetProperty("cards").GetProperty("incident_totals").EnumerateArray().ToList();
        Assert.Equal(500, totals.Single(t => t.GetProperty("kind").GetString() == "killed").GetProperty("max").GetDouble());
        Assert.Equal("Kirkuk", doc.RootElement.GetProperty("monthly")[0].GetProperty("series").GetString());
    }

    [Fact]
    public async Task Articles_are_paged_and_filtered()
    {
        using var all = await GetJsonAsync("/api/articles?pageSize=1");
        Assert.Equal(2, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("معارك في الأنبار", all.RootElement.GetProperty("items")[0].GetProperty("title").GetString());

        using var wounded = await GetJsonAsync("/api/articles?kind=wounded");
        Assert.Equal(1, wounded.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("شفق نيوز", wounded.RootElement.GetProperty("items")[0].GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Article_detail_has_text_facts_and_dates()
    {
        using var doc = await GetJsonAsync($"/api/articles/{host.KirkukArticleId}");
        Assert.Equal("قتل 4 إرهابيين أمس الاثنين في كركوك.", doc.RootElement.GetProperty("text").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("facts").GetArrayLength());
        var date = doc.RootElement.GetProperty("dates")[0];
        Assert.Equal("أمس الاثنين", date.GetProperty("text").GetString());
        Assert.Equal([17, 28], date.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("relative", date.GetProperty("date_basis").GetString());

        var missing = await host.Factory.CreateClient().GetAsync("/api/articles/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Outlets_list_counts()
    {
        using var doc = await GetJsonAsync("/api/outlets");
        var shafaq = doc.RootElement.EnumerateArray().Single(o => o.GetProperty("id").GetInt32() == host.ShafaqOutletId);
        Assert.Equal((1, 3), (shafaq.GetProperty("articles").GetInt32(), shafaq.GetProperty("facts").GetInt32()));
    }

    [Fact]
    public async Task Chart_tables_download_as_csv_and_unknown_charts_are_404()
    {
        var client = host.Factory.CreateClient();
        var csv = await client.GetAsync("/api/charts/incident-totals.csv?vague=false");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Contains("killed,404,504,2", text);
        Assert.StartsWith("incident-totals_vague-false_", csv.Content.Headers.ContentDisposition!.FileNameStar);

        var xlsx = await client.GetAsync("/api/charts/by-outlet.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);

        var unknown = await client.GetAsync("/api/charts/pie.csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_overview_table_download_links_are_served_with_their_filter_mode_and_series()
    {
        var client = host.Factory.CreateClient();
        var filter = new FactFilter { Kinds = [FactKind.Killed], IncludeVague = false };
        var url = DashboardUrls.ChartTable(ChartTables.Monthly, "csv", filter, ValueMode.Max, SeriesBy.Governorate);
        Assert.Equal("/api/charts/monthly.csv?kind=killed&vague=false&mode=max&seriesBy=governorate", url);

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("monthly_kind-killed_vague-false_", response.Content.Headers.ContentDisposition!.FileNameStar);
        var xlsx = await client.GetAsync(DashboardUrls.ChartTable(ChartTables.Claims, "xlsx", filter, ValueMode.Min, SeriesBy.Outlet));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        using var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/facts", "/api/articles", "/api/articles/{id}", "/api/summary", "/api/outlets", "/api/charts/{file}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }
        var parameters = paths.GetProperty("/api/facts").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("kind", parameters);
        Assert.Contains("gov", parameters);
        Assert.Contains("pageSize", parameters);
        var upload = paths.GetProperty("/api/articles").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(upload.TryGetProperty("multipart/form-data", out _));
    }
}
