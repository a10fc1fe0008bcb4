using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using static Dashboard.Data.Tests.Queries.SampleCorpus;

namespace Dashboard.Data.Tests.Queries;

public sealed class AggregateQueryTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    private readonly DashboardQueries _queries = corpus.Db.Queries;

    [Fact]
    public async Task Cards_count_incidents_only_with_min_and_max_sums()
    {
        var cards = await _queries.GetCardsAsync(FactFilter.None, ValueMode.Min);

        Assert.Equal(3, cards.Articles);
        Assert.Equal(2, cards.Outlets);
        Assert.Equal(10, cards.Facts);
        var killed = cards.IncidentTotals.Single(t => t.Kind == FactKind.Killed);
        // 4 + 20..99 + 400..500; the cumulative 250 is never added.
        Assert.Equal((424d, 603d, 3), (killed.Min, killed.Max, killed.FactCount));
        Assert.Equal(100, cards.IncidentTotals.Single(t => t.Kind == FactKind.Arrested).Min);
        Assert.Equal(7, cards.IncidentTotals.Single(t => t.Kind == FactKind.Wounded).Max);
        Assert.Equal(6, cards.IncidentTotals.Single(t => t.Kind == FactKind.Strikes).Min);
        Assert.DoesNotContain(cards.IncidentTotals, t => t.Kind is FactKind.Funding or FactKind.Other);
        Assert.Equal(new DateOnly(2020, 1, 1), cards.FirstDate);
        Assert.Equal(new DateOnly(2021, 3, 10), cards.LastDate);
    }

    [Fact]
    public async Task Value_mode_picks_min_or_max_of_the_same_totals()
    {
        var cards = await _queries.GetCardsAsync(FactFilter.None, ValueMode.Max);
        var killed = cards.IncidentTotals.Single(t => t.Kind == FactKind.Killed);
        Assert.Equal(603, killed.ValueFor(ValueMode.Max));
        Assert.Equal(424, killed.ValueFor(ValueMode.Min));
    }

    [Fact]
    public async Task Funding_is_summed_per_currency_from_incidents_only()
    {
        var cards = await _queries.GetCardsAsync(FactFilter.None, ValueMode.Min);
        var usd = Assert.Single(cards.Funding);
        Assert.Equal(("USD", 394_000_000d, 1), (usd.Currency, usd.Min, usd.FactCount));
    }

    [Fact]
    public async Task Leaving_out_vague_drops_vague_and_approximate_figures()
    {
        var cards = await _queries.GetCardsAsync(new FactFilter { IncludeVague = false }, ValueMode.Min);
        var killed = cards.IncidentTotals.Single(t => t.Kind == FactKind.Killed);
        Assert.Equal((404d, 504d, 2), (killed.Min, killed.Max, killed.FactCount));
        Assert.DoesNotContain(cards.IncidentTotals, t => t.Kind == FactKind.Arrested);
        Assert.Equal(8, cards.Facts);
    }

    [Fact]
    public async Task Monthly_totals_by_outlet_keep_cumulative_claims_out()
    {
        var points = await _queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Outlet, ValueMode.Min);

        var june = points.Single(p => p is { Year: 2020, Month: 6, Kind: FactKind.Killed });
        Assert.Equal(("السومرية", corpus.Sumaria.Id, 24d, 103d, 2), (june.Series, june.SeriesId, june.Min, june.Max, june.FactCount));
        Assert.DoesNotContain(points, p => p is { Year: 2020, Month: 1 });
        var march = points.Single(p => p is { Year: 2021, Month: 3, Kind: FactKind.Killed });
        Assert.Equal(("شفق نيوز", 400d, 500d), (march.Series, march.Min, march.Max));
        Assert.DoesNotContain(points, p => p.Kind is FactKind.Funding or FactKind.Other);
        Assert.DoesNotContain(points, p => p.Kind == FactKind.Wounded); // undated
        Assert.Equal(5, points.Sum(p => p.FactCount)); // killed ×3, strikes, arrested: dated incidents only
    }

    [Fact]
    public async Task Monthly_totals_by_governorate_and_claimant()
    {
        var byGov = await _queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Governorate, ValueMode.Min);
        Assert.Equal(24, byGov.Single(p => p is { Year: 2020, Month: 6, Kind: FactKind.Killed }).Min);
        Assert.Equal("Nineveh", byGov.Single(p => p.Kind == FactKind.Strikes).Series);

        var byClaimant = await _queries.GetMonthlyTotalsAsync(FactFilter.None, SeriesBy.Claimant, ValueMode.Min);
        var juneKilled = byClaimant.Where(p => p is { Year: 2020, Month: 6, Kind: FactKind.Killed }).ToList();
        Assert.Equal(2, juneKilled.Count);
        Assert.Equal(4, juneKilled.Single(p => p.Series == JointCommand).Min);
        Assert.Equal(99, juneKilled.Single(p => p.Series == SeriesLabels.Unattributed).Max);
    }

    [Fact]
    public async Task By_source_splits_outlets_and_claimants_without_cumulative_claims()
    {
        var sources = await _queries.GetBySourceAsync(FactFilter.None, ValueMode.Max);

        var killedByOutlet = sources.ByOutlet.Where(p => p.Kind == FactKind.Killed).ToList();
        // Ordered by the chosen value (max), largest first.
        Assert.Equal(["شفق نيوز", "السومرية"], killedByOutlet.Select(p => p.Source));
        Assert.Equal(103, killedByOutlet[1].Max);
        Assert.Equal(SeriesLabels.NoOutlet, sources.ByOutlet.Single(p => p.Kind == FactKind.Wounded).Source);

        var defence = sources.ByClaimant.Single(p => p.Source == Defence && p.Kind == FactKind.Killed);
        Assert.Equal((400d, 500d, 1), (defence.Min, defence.Max, defence.FactCount));
    }

    [Fact]
    public async Task Cumulative_claims_are_listed_as_spans_side_by_side()
    {
        var claims = await _queries.GetCumulativeClaimsAsync(FactFilter.None);
        Assert.Equal(2, claims.Count);
        var killed = claims.Single(c => c.Kind == FactKind.Killed);
        Assert.Equal((250d, new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 23), Defence, "السومرية"),
            (killed.Min, killed.Start, killed.End, killed.Claimant, killed.Outlet));

        var onlyKilled = await _queries.GetCumulativeClaimsAsync(new FactFilter { Kinds = [FactKind.Killed] });
        Assert.Single(onlyKilled);
    }

    [Fact]
    public async Task Funding_points_carry_currency_actor_and_scope()
    {
        var funding = await _queries.GetFundingAsync(FactFilter.None);
        Assert.Equal(2, funding.Count);
        Assert.Equal(["IQD", "USD"], funding.Select(f => f.Currency)); // oldest first
        Assert.Equal(FactScope.Cumulative, funding[0].Scope);
        Assert.Equal(("الولايات المتحدة", FactScope.Incident, "شفق نيوز"), (funding[1].Actor, funding[1].Scope, funding[1].Outlet));
    }

    [Fact]
    public async Task Timeline_merges_date_mentions_and_dated_facts_newest_first()
    {
        var events = await _queries.GetTimelineAsync(FactFilter.None);
        Assert.Contains(events, e => e.Text == "أمس الاثنين" && e.ArticleId == corpus.Kirkuk.Id && e.Outlet == "السومرية");
        Assert.Contains(events, e => e.Text == "killed 20–99 person");
        Assert.DoesNotContain(events, e => e.Text == "يوم ما");
        Assert.Equal(events.OrderByDescending(e => e.Start).Select(e => e.Start), events.Select(e => e.Start));

        var limited = await _queries.GetTimelineAsync(FactFilter.None, limit: 2);
        Assert.Equal(2, limited.Count);
        Assert.All(limited, e => Assert.Equal(new DateOnly(2021, 3, 9), e.Start));
    }
}
