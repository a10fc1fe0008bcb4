using Bunit;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Pages;

public sealed class ArticlePageTests : PageTestContext
{
    private const string Text = "قتل 7 من عناصر داعش في غارة جوية قرب الموصل أمس.\n\nواعتقلت القوات 12 مشتبهاً بهم.";

    public ArticlePageTests()
    {
        var killed = Text.IndexOf("7 من عناصر", StringComparison.Ordinal);
        var arrested = Text.IndexOf("12 مشتبهاً", StringComparison.Ordinal);
        var yesterday = Text.IndexOf("أمس", StringComparison.Ordinal);
        var article = new ArticleRow(5, "غارة قرب الموصل", "الشرق الأوسط", 1, new DateOnly(2020, 6, 23), PublishedBasis.Given, 2, null, "a.txt");
        Queries.Details[5] = new ArticleDetail(article, Text,
        [
            RecordingQueries.Fact(11, 5, killed, killed + 10),
            RecordingQueries.Fact(12, 5, arrested, arrested + 10, FactKind.Arrested, 12, 12),
        ],
        [
            new DateMention { Text = "أمس", DateStart = new DateOnly(2020, 6, 22), DateEnd = new DateOnly(2020, 6, 22), DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Relative, Span = new TextSpan(yesterday, yesterday + 3) },
        ], "test");
    }

    [Fact]
    public void The_text_is_right_to_left_arabic_with_a_mark_per_fact_and_the_dates_underlined()
    {
        var page = RenderPage<ArticlePage>("/articles/5", p => p.Add(x => x.Id, 5));

        var text = page.Find(".article-text");
        Assert.Equal("rtl", text.GetAttribute("dir"));
        Assert.Equal("ar", text.GetAttribute("lang"));
        Assert.Equal(Text, text.TextContent);

        var marks = page.FindAll("mark.fact");
        Assert.Equal(["7 من عناصر", "12 مشتبهاً"], marks.Select(m => m.TextContent));
        Assert.Equal(["fact-11", "fact-12"], marks.Select(m => m.Id));
        Assert.All(marks, m => Assert.Equal("0", m.GetAttribute("tabindex")));
        Assert.Contains("Killed: 7 (exact)", marks[0].GetAttribute("aria-label"));
        Assert.Contains("Arrested: 12", marks[1].GetAttribute("title"));
        Assert.Empty(page.FindAll("mark.selected"));

        var date = page.Find(".date-mention");
        Assert.Equal("أمس", date.TextContent);
        Assert.Contains("6/22/2020", date.GetAttribute("title"));
        Assert.Equal(2, page.FindAll("[data-testid=fact-list] li").Count);
    }

    [Fact]
    public void The_fact_in_the_address_is_highlighted_more_strongly_and_scrolled_to()
    {
        var page = RenderPage<ArticlePage>("/articles/5?fact=12", p => p.Add(x => x.Id, 5));

        var selected = page.Find("mark.selected");
        Assert.Equal("fact-12", selected.Id);
        Assert.Equal("true", page.Find("[data-testid=fact-list] li.selected a").GetAttribute("aria-current"));
        var scroll = JSInterop.Invocations.Where(i => i.Identifier.Contains("scrollIntoView", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(scroll, i => i.Arguments.Contains("#fact-12"));
    }

    [Fact]
    public void A_fact_that_is_not_in_the_article_is_reported_not_highlighted()
    {
        var page = RenderPage<ArticlePage>("/articles/5?fact=999", p => p.Add(x => x.Id, 5));

        Assert.Contains("999", page.Find("[data-testid=fact-missing]").TextContent);
        Assert.Empty(page.FindAll("mark.selected"));
    }

    [Fact]
    public void An_unknown_article_says_so()
    {
        var page = RenderPage<ArticlePage>("/articles/77", p => p.Add(x => x.Id, 77));

        Assert.Contains("There is no article 77", page.Find("[data-testid=article-missing]").TextContent);
    }

    [Fact]
    public void A_malformed_date_is_refused_with_a_message_and_nothing_is_saved()
    {
        var page = RenderPage<ArticlePage>("/articles/5", p => p.Add(x => x.Id, 5));

        page.Find("#article-published").Change("23/06/2020");
        page.Find("[data-testid=metadata-form]").Submit();

        Assert.Contains("is not a date: write it as YYYY-MM-DD", page.Markup);
        Assert.Empty(Ingestion.MetadataUpdates);
    }

    [Fact]
    public void Saving_sends_the_outlet_and_date_and_reloads_the_article()
    {
        var page = RenderPage<ArticlePage>("/articles/5?fact=11", p => p.Add(x => x.Id, 5));
        var loadsBefore = Queries.ArticleLoads;

        page.Find("#article-outlet").Change("  السومرية نيوز ");
        page.Find("#article-published").Change("٢٠٢٠-٠٦-٢٥");
        page.Find("[data-testid=metadata-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal((5, (string?)"السومرية نيوز", (DateOnly?)new DateOnly(2020, 6, 25)), Assert.Single(Ingestion.MetadataUpdates)));
        Assert.True(Queries.ArticleLoads > loadsBefore);
        Assert.Contains("Saved", page.Find("[data-testid=save-result]").TextContent);
        // Re-extraction renumbers the facts, so the stale fact id leaves the address.
        Assert.EndsWith("/articles/5", Navigation.Uri);
    }

    [Fact]
    public void A_failed_save_shows_why()
    {
        Ingestion.MetadataFailure = new InvalidOperationException("database is locked");
        var page = RenderPage<ArticlePage>("/articles/5", p => p.Add(x => x.Id, 5));

        page.Find("#article-published").Change("2020-06-25");
        page.Find("[data-testid=metadata-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("database is locked", page.Find("[data-testid=save-result]").TextContent));
    }
}
