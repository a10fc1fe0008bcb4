using System.Net;
using System.Text.Json;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Api;
using Dashboard.Extraction.Model;

namespace Dashboard.Web.Tests.Api;

/// <summary>The base host's facts plus more cumulative claims than the summary's default cap, and a few funding points.</summary>
public sealed class SummaryLimitTestHost : ApiTestHost
{
    /// <summary>Besides the base host's one claim (dated 2020-01-01, older than all of these).</summary>
    public const int ExtraClaims = 120;
    public const int FundingPoints = 3;

    /// <summary>The claim numbered <paramref name="index"/> (0 the oldest) has this figure, so a test can tell which ones came back.</summary>
    public static double ClaimFigure(int index) => 1000 + index;

    protected override void AddFacts(Article kirkuk, Article anbar)
    {
        for (var i = 0; i < ExtraClaims; i++)
        {
            Fact(anbar, FactKind.Killed, ClaimFigure(i), ClaimFigure(i), Qualifier.Exact, FactScope.Cumulative, new DateOnly(2021, 1, 1).AddDays(i), $"حصيلة {i}", 0);
        }
        for (var i = 0; i < FundingPoints; i++)
        {
            Fact(kirkuk, FactKind.Funding, 10 * (i + 1), 10 * (i + 1), Qualifier.Exact, FactScope.Incident, new DateOnly(2019, 1, 1).AddMonths(i), $"منحة {i}", 0, unit: "USD");
        }
    }
}

public sealed class SummaryLimitTests(SummaryLimitTestHost host) : IClassFixture<SummaryLimitTestHost>
{
    private const int AllClaims = SummaryLimitTestHost.ExtraClaims + 1;

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await host.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<double> ClaimFigures(JsonDocument doc) =>
        doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("min").GetDouble()).ToList();

    [Fact]
    public async Task By_default_the_claims_are_cut_to_the_newest_hundred_and_say_so()
    {
        using var doc = await GetJsonAsync("/api/summary");
        var root = doc.RootElement;

        Assert.Equal(100, root.GetProperty("limit").GetInt32());
        var figures = ClaimFigures(doc);
        Assert.Equal(100, figures.Count);
        // The newest hundred, still oldest first as the chart draws them.
        Assert.Equal(Enumerable.Range(AllClaims - 1 - 100, 100).Select(SummaryLimitTestHost.ClaimFigure), figures);
        Assert.Equal(AllClaims, root.GetProperty("claims_matched").GetInt32());
        Assert.True(root.GetProperty("claims_cut").GetBoolean());

        Assert.Equal(SummaryLimitTestHost.FundingPoints, root.GetProperty("funding").GetArrayLength());
        Assert.Equal(SummaryLimitTestHost.FundingPoints, root.GetProperty("funding_matched").GetInt32());
        Assert.False(root.GetProperty("funding_cut").GetBoolean());
    }

    [Fact]
    public async Task An_explicit_limit_returns_that_many_newest_items()
    {
        using var doc = await GetJsonAsync("/api/summary?limit=2");
        var root = doc.RootElement;

        Assert.Equal(2, root.GetProperty("limit").GetInt32());
        Assert.Equal([SummaryLimitTestHost.ClaimFigure(SummaryLimitTestHost.ExtraClaims - 2), SummaryLimitTestHost.ClaimFigure(SummaryLimitTestHost.ExtraClaims - 1)],
            ClaimFigures(doc));
        Assert.Equal(AllClaims, root.GetProperty("claims_matched").GetInt32());
        Assert.True(root.GetProperty("claims_cut").GetBoolean());

        var funding = root.GetProperty("funding").EnumerateArray().Select(f => f.GetProperty("min").GetDouble()).ToList();
        Assert.Equal([20d, 30d], funding);
        Assert.Equal(SummaryLimitTestHost.FundingPoints, root.GetProperty("funding_matched").GetInt32());
        Assert.True(root.GetProperty("funding_cut").GetBoolean());
    }

    [Fact]
    public async Task A_limit_the_list_fits_in_is_not_cut()
    {
        using var exact = await GetJsonAsync($"/api/summary?limit={SummaryLimitTestHost.FundingPoints}");
        Assert.Equal(SummaryLimitTestHost.FundingPoints, exact.RootElement.GetProperty("funding").GetArrayLength());
        Assert.False(exact.RootElement.GetProperty("funding_cut").GetBoolean());

        using var all = await GetJsonAsync("/api/summary?limit=1000");
        Assert.Equal(AllClaims, ClaimFigures(all).Count);
        Assert.Equal(250, ClaimFigures(all)[0]);
        Assert.Equal(AllClaims, all.RootElement.GetProperty("claims_matched").GetInt32());
        Assert.False(all.RootElement.GetProperty("claims_cut").GetBoolean());
    }

    [Fact]
    public async Task The_limit_leaves_the_other_aggregates_alone()
    {
        using var small = await GetJsonAsync("/api/summary?limit=1");
        using var large = await GetJsonAsync("/api/summary?limit=1000");
        foreach (var part in new[] { "mode", "series_by", "cards", "monthly", "by_source" })
        {
            Assert.Equal(large.RootElement.GetProperty(part).GetRawText(), small.RootElement.GetProperty(part).GetRawText());
        }
    }

    [Fact]
    public async Task The_limit_works_with_a_filter()
    {
        using var doc = await GetJsonAsync("/api/summary?from=2021-01-01&to=2021-01-10&limit=4");
        Assert.Equal(4, ClaimFigures(doc).Count);
        Assert.Equal(10, doc.RootElement.GetProperty("claims_matched").GetInt32());
        Assert.True(doc.RootElement.GetProperty("claims_cut").GetBoolean());
        Assert.Equal(SummaryLimitTestHost.ClaimFigure(9), ClaimFigures(doc)[^1]);
    }
}

/// <summary>The response built from query lists directly, for the lengths a small test database cannot reach.</summary>
public sealed class SummaryResponseTests
{
    private static readonly OverviewCards NoCards = new(0, 0, 0, [], [], null, null);
    private static readonly SourceBreakdown NoSources = new([], []);

    private static List<ClaimSpan> Claims(int count) =>
        Enumerable.Range(0, count).Select(i => new ClaimSpan(i, FactKind.Killed, i, i, Qualifier.Exact, null, null, null, null, "")).ToList();

    private static SummaryResponse Create(int claims, int limit) =>
        SummaryResponse.Create(ValueMode.Min, SeriesBy.Outlet, NoCards, [], NoSources, Claims(claims), [], limit);

    [Fact]
    public void A_list_as_long_as_the_querys_limit_counts_as_cut_even_when_all_of_it_is_returned()
    {
        var atQueryLimit = Create(DashboardQueries.ListLimit, DashboardQueries.ListLimit);
        Assert.Equal(DashboardQueries.ListLimit, atQueryLimit.Claims.Count);
        Assert.Equal(DashboardQueries.ListLimit, atQueryLimit.ClaimsMatched);
        Assert.True(atQueryLimit.ClaimsCut);

        var belowQueryLimit = Create(DashboardQueries.ListLimit - 1, DashboardQueries.ListLimit);
        Assert.False(belowQueryLimit.ClaimsCut);
        Assert.False(belowQueryLimit.FundingCut);
    }

    [Fact]
    public void The_newest_items_are_kept_in_their_order()
    {
        var response = Create(claims: 5, limit: 2);
        Assert.Equal([3L, 4L], response.Claims.Select(c => c.FactId));
        Assert.Equal(5, response.ClaimsMatched);
        Assert.True(response.ClaimsCut);
        Assert.Empty(response.Funding);
        Assert.Equal(0, response.FundingMatched);
    }
}
