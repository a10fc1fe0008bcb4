using System.Globalization;
using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Pages;

public sealed class FactsPageTests : PageTestContext
{
    private void AddFacts(int count)
    {
        for (var i = 1; i <= count; i++) Queries.Facts.Add(RecordingQueries.Fact(i, 100 + i, 4, 14, min: i, max: i));
    }

    [Fact]
    public void First_request_is_page_zero_of_the_url_filter_newest_first()
    {
        AddFacts(3);
        var page = RenderPage<FactsPage>("/facts?kind=killed&from=2020-01-01&gov=Nineveh");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr.fact-row").Count));
        var call = Assert.Single(Queries.FactsPageCalls);
        Assert.Equal(new FactFilter { Kinds = [FactKind.Killed], From = new DateOnly(2020, 1, 1), Governorates = ["Nineveh"] }, call.Filter);
        Assert.Equal(new FactSort(FactSortColumn.DateStart, true), call.Sort);
        Assert.Equal(0, call.PageIndex);
        Assert.Equal(25, call.PageSize);
        Assert.Contains("Facts: 3", page.Find("[data-testid=fact-total]").TextContent);
    }

    [Fact]
    public void Sorting_a_column_and_paging_ask_the_query_for_that_sort_and_page()
    {
        AddFacts(30);
        var page = RenderPage<FactsPage>("/facts?kind=killed");
        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("tbody tr.fact-row").Count));

        var valueHeader = page.FindAll("th").Single(th => th.TextContent.Contains("Value (min–max)"));
        valueHeader.QuerySelector(".sortable-column-header")!.Click();
        page.WaitForAssertion(() => Assert.Equal(new FactSort(FactSortColumn.Min, false), Queries.FactsPageCalls[^1].Sort));

        page.Find("button[aria-label='Next page']").Click();
        page.WaitForAssertion(() => Assert.Equal(1, Queries.FactsPageCalls[^1].PageIndex));
        var last = Queries.FactsPageCalls[^1];
        Assert.Equal(new FactSort(FactSortColumn.Min, false), last.Sort);
        Assert.Equal([FactKind.Killed], last.Filter.Kinds);
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("tbody tr.fact-row").Count));
    }

    [Fact]
    public void In_arabic_the_grids_own_buttons_are_named_in_arabic()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-IQ");
        AddFacts(30);
        var page = RenderPage<FactsPage>("/facts");
        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("tbody tr.fact-row").Count));

        // MudBlazor's words, not the page's: the pager's buttons and each column's sort and options buttons.
        Assert.Empty(page.FindAll("button[aria-label='Next page']"));
        page.Find("button[aria-label='الصفحة التالية']").Click();
        page.WaitForAssertion(() => Assert.Equal(1, Queries.FactsPageCalls[^1].PageIndex));
        Assert.NotEmpty(page.FindAll("[aria-label='فرز']"));
        Assert.NotEmpty(page.FindAll("[aria-label='خيارات العمود']"));
        Assert.DoesNotContain(page.FindAll("[aria-label]"), e => e.GetAttribute("aria-label") is "Sort" or "Column options" or "First page" or "Last page");
    }

    [Fact]
    public void Units_and_governorates_read_in_the_ui_language()
    {
        AddFacts(1);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-IQ");
        var arabic = RenderPage<FactsPage>("/facts");
        arabic.WaitForAssertion(() => Assert.Single(arabic.FindAll("tbody tr.fact-row")));
        var cells = arabic.FindAll("tbody tr.fact-row td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("شخص", cells);
        Assert.Contains("نينوى", cells);
        Assert.DoesNotContain("person", cells);
        Assert.DoesNotContain("Nineveh", cells);
    }

    [Fact]
    public void A_row_opens_its_article_at_the_figure()
    {
        Queries.Facts.Add(RecordingQueries.Fact(42, 7, 4, 14));
        var page = RenderPage<FactsPage>("/facts");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr.fact-row")));

        var link = page.Find("a.sentence");
        Assert.Equal("/articles/7?fact=42#fact-42", link.GetAttribute("href"));
        Assert.Equal("rtl", link.GetAttribute("dir"));

        page.Find("tbody tr.fact-row td").Click();
        // Click() only queues the event when the renderer is still busy with the grid's data load: wait for the navigation.
        page.WaitForAssertion(() => Assert.EndsWith("/articles/7?fact=42#fact-42", Navigation.Uri));
    }

    [Fact]
    public void Cells_show_the_contract_fields_in_words()
    {
        Queries.Facts.Add(RecordingQueries.Fact(1, 1, 0, 3, FactKind.Killed, 20, 99));
        var page = RenderPage<FactsPage>("/facts");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr.fact-row")));

        var row = page.Find("tbody tr.fact-row").TextContent;
        Assert.Contains("20–99", row);
        Assert.Contains("range", row);
        Assert.Contains("incident", row);
        Assert.Contains("Nineveh", row);
        Assert.Contains("90%", row);
    }

    [Fact]
    public void Export_menu_links_every_format_with_the_same_filter()
    {
        var page = RenderPage<FactsPage>("/facts?kind=killed&vague=false");
        page.Find("[data-testid=export-menu] button").Click();

        var hrefs = Popovers.WaitForElements("a[href^='/api/facts']")
            .Select(a => a.GetAttribute("href")).Where(h => h is not null).Distinct().ToList();
        Assert.Contains("/api/facts?format=csv&kind=killed&vague=false", hrefs);
        Assert.Contains("/api/facts?format=xlsx&kind=killed&vague=false", hrefs);
        Assert.Contains("/api/facts?format=json&all=true&kind=killed&vague=false", hrefs);
    }

    [Fact]
    public void No_match_under_a_filter_offers_to_clear_it()
    {
        var page = RenderPage<FactsPage>("/facts?kind=seized");

        var empty = page.WaitForElement("[data-testid=facts-empty]");
        Assert.Contains("No facts match these filters", empty.TextContent);
        Assert.Equal("/facts", empty.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_empty_store_points_to_the_upload_page()
    {
        var page = RenderPage<FactsPage>("/facts");

        var empty = page.WaitForElement("[data-testid=facts-empty]");
        Assert.Contains("No facts yet", empty.TextContent);
        Assert.Equal("/upload", empty.QuerySelector("a")!.GetAttribute("href"));
    }
}
