using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Queries;

public sealed class PagingQueryTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    private readonly DashboardQueries _queries = corpus.Db.Queries;

    [Fact]
    public async Task Pages_are_disjoint_sorted_and_report_the_total()
    {
        var sort = new FactSort(FactSortColumn.Min, Descending: false);
        var pages = new List<FactRow>();
        for (var i = 0; i < 4; i++)
        {
            var page = await _queries.GetFactsPageAsync(FactFilter.None, sort, i, 3);
            Assert.Equal(10, page.Total);
            Assert.Equal((i, 3), (page.PageIndex, page.PageSize));
            pages.AddRange(page.Items);
        }
        Assert.Equal(10, pages.Count);
        Assert.Equal(10, pages.Select(f => f.Id).Distinct().Count());
        Assert.Equal(pages.Select(f => f.Min).Order(), pages.Select(f => f.Min));
        Assert.Equal(4, pages[0].Min);
    }

    [Fact]
    public async Task Sorting_by_outlet_and_descending_date()
    {
        var byOutlet = await _queries.GetFactsPageAsync(FactFilter.None, new FactSort(FactSortColumn.Outlet, Descending: false), 0, 50);
        // No outlet first (NULL sorts low), then names in order.
        Assert.Null(byOutlet.Items[0].Outlet);
        Assert.Equal("السومرية", byOutlet.Items[1].Outlet);
        Assert.Equal("شفق نيوز", byOutlet.Items[^1].Outlet);

        var byDate = await _queries.GetFactsPageAsync(FactFilter.None, new FactSort(FactSortColumn.DateStart, Descending: true), 0, 50);
        Assert.Equal(new DateOnly(2021, 3, 9), byDate.Items[0].DateStart);
        Assert.Null(byDate.Items[^1].DateStart);
    }

    [Fact]
    public async Task Rows_carry_article_provenance()
    {
        var page = await _queries.GetFactsPageAsync(new FactFilter { Kinds = [FactKind.Strikes] }, new FactSort(), 0, 10);
        var strike = Assert.Single(page.Items);
        Assert.Equal((corpus.Kirkuk.Id, "مقتل أربعة إرهابيين في كركوك", "السومرية", corpus.Sumaria.Id, new DateOnly(2020, 6, 23)),
            (strike.ArticleId, strike.ArticleTitle, strike.Outlet, strike.OutletId, strike.Published));
        Assert.StartsWith("https://example.org/", strike.Url);
        Assert.Equal(("strike", 20, 25), (strike.Unit, strike.SpanStart, strike.SpanEnd));
    }

    [Fact]
    public async Task Stream_yields_every_matching_row_in_page_order()
    {
        var filter = new FactFilter { Kinds = [FactKind.Killed, FactKind.Funding] };
        var streamed = new List<FactRow>();
        await foreach (var row in _queries.StreamFactsAsync(filter, new FactSort())) streamed.Add(row);
        var page = await _queries.GetFactsPageAsync(filter, new FactSort(), 0, 1000);
        Assert.Equal(page.Items, streamed);
        Assert.Equal(6, streamed.Count);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, DashboardQueries.MaxPageSize + 1)]
    [InlineData(int.MaxValue / 10, 1000)]
    public async Task Bad_page_arguments_are_refused(int index, int size)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _queries.GetFactsPageAsync(FactFilter.None, new FactSort(), index, size));
    }

    [Fact]
    public async Task Article_detail_has_text_facts_and_dates()
    {
        var detail = await _queries.GetArticleAsync(corpus.Kirkuk.Id);
        Assert.NotNull(detail);
        Assert.Equal("قتل 4 إرهابيين أمس الاثنين في كركوك.", detail.Text);
        Assert.Equal(4, detail.Facts.Count);
        Assert.Equal(detail.Facts.Select(f => f.SpanStart).Order(), detail.Facts.Select(f => f.SpanStart));
        var date = Assert.Single(detail.Dates);
        Assert.Equal(("أمس الاثنين", new TextSpan(17, 28), DateBasis.Relative), (date.Text, date.Span, date.DateBasis));
        Assert.Equal("test-1", detail.ExtractorVersion);

        Assert.Null(await _queries.GetArticleAsync(999_999));
    }

    [Fact]
    public async Task Filter_options_list_outlets_with_counts_claimants_and_governorates()
    {
        var options = await _queries.GetFilterOptionsAsync();
        Assert.Equal(2, options.Outlets.Count);
        var shafaq = options.Outlets.Single(o => o.Id == corpus.Shafaq.Id);
        Assert.Equal(("Shafaq News", 1, 5), (shafaq.EnglishName, shafaq.Articles, shafaq.Facts));
        Assert.Equal(new[] { SampleCorpus.JointCommand, SampleCorpus.Defence }.Order(StringComparer.Ordinal), options.Claimants.Order(StringComparer.Ordinal));
        Assert.Equal(["Anbar", "Kirkuk", "Nineveh"], options.Governorates);
    }
}
