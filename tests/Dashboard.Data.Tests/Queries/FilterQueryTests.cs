using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using static Dashboard.Data.Tests.Queries.SampleCorpus;

namespace Dashboard.Data.Tests.Queries;

public sealed class FilterQueryTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    private readonly DashboardQueries _queries = corpus.Db.Queries;

    private async Task<List<FactRow>> FactsAsync(FactFilter filter) =>
        (await _queries.GetFactsPageAsync(filter, new FactSort(), 0, 1000)).Items.ToList();

    [Fact]
    public async Task Event_date_range_keeps_overlapping_spans_and_drops_undated_facts()
    {
        var facts = await FactsAsync(new FactFilter { From = D(2020, 6, 22), To = D(2020, 6, 22) });
        // The two incidents of that day and the cumulative claim whose period covers it.
        Assert.Equal(3, facts.Count);
        Assert.Contains(facts, f => f.Scope == FactScope.Cumulative);
        Assert.DoesNotContain(facts, f => f.DateStart is null);

        var openEnded = await FactsAsync(new FactFilter { From = D(2021, 3, 9) });
        Assert.Equal(3, openEnded.Count); // arrested, percent, and the IQD total running to 2021-03-10
    }

    [Fact]
    public async Task Publication_date_range_filters_on_the_article_date()
    {
        var filter = new FactFilter { From = D(2021, 1, 1), DateBy = DateField.Published };
        var facts = await FactsAsync(filter);
        Assert.Equal(5, facts.Count);
        Assert.All(facts, f => Assert.Equal(corpus.Anbar.Id, f.ArticleId));

        var articles = await _queries.GetArticlesPageAsync(filter, 0, 50);
        Assert.Equal(corpus.Anbar.Id, Assert.Single(articles.Items).Id);
    }

    [Fact]
    public async Task Outlet_claimant_kind_governorate_and_target_filters()
    {
        Assert.Equal(5, (await FactsAsync(new FactFilter { OutletIds = [corpus.Shafaq.Id] })).Count);
        Assert.Equal(2, (await FactsAsync(new FactFilter { Claimants = [Defence] })).Count);
        Assert.Equal(4, (await FactsAsync(new FactFilter { Kinds = [FactKind.Killed] })).Count);
        Assert.Equal(5, (await FactsAsync(new FactFilter { Kinds = [FactKind.Killed, FactKind.Wounded] })).Count);
        Assert.Equal(2, (await FactsAsync(new FactFilter { Governorates = ["Kirkuk"] })).Count);
        Assert.Equal(2, (await FactsAsync(new FactFilter { Targets = [FactTarget.Civilians] })).Count);

        var combined = await _queries.GetCardsAsync(new FactFilter { Claimants = [Defence], Kinds = [FactKind.Killed] }, ValueMode.Min);
        var killed = Assert.Single(combined.IncidentTotals);
        Assert.Equal((400d, 1), (killed.Min, killed.FactCount));
        Assert.Equal(2, combined.Facts);
        Assert.Equal(2, combined.Articles);
    }

    [Fact]
    public async Task Filter_parsed_from_a_query_string_selects_the_same_facts()
    {
        var filter = FactFilterQuery.Parse($"kind=killed&gov=Kirkuk&vague=false", out var errors);
        Assert.Empty(errors);
        var fact = Assert.Single(await FactsAsync(filter));
        Assert.Equal(4, fact.Min);
    }

    [Fact]
    public void No_outlet_is_the_word_none_in_a_query_string()
    {
        var filter = new FactFilter { OutletIds = [FactFilter.NoOutlet, 3] };

        Assert.Equal("outlet=none&outlet=3", FactFilterQuery.ToQueryString(filter));
        Assert.Equal(filter, FactFilterQuery.Parse("outlet=none&outlet=3", out var errors));
        Assert.Empty(errors);
        FactFilterQuery.Parse("outlet=0", out var zero);
        Assert.Contains("'none'", Assert.Single(zero));
    }

    [Fact]
    public async Task Articles_page_applies_fact_conditions_through_the_articles_facts()
    {
        var wounded = await _queries.GetArticlesPageAsync(new FactFilter { Kinds = [FactKind.Wounded] }, 0, 50);
        Assert.Equal(corpus.Undated.Id, Assert.Single(wounded.Items).Id);

        var all = await _queries.GetArticlesPageAsync(FactFilter.None, 0, 2);
        Assert.Equal(3, all.Total);
        Assert.Equal([corpus.Anbar.Id, corpus.Kirkuk.Id], all.Items.Select(a => a.Id)); // newest first
        Assert.Equal(("شفق نيوز", 5), (all.Items[0].Outlet, all.Items[0].FactCount));
    }
}
