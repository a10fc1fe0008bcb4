using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dashboard.Browser.Tests.Pages;

[Collection(DashboardAppCollection.Name)]
public sealed partial class PagesBrowserTests(DashboardAppFixture app)
{
    private const string UploadedArticle = "غارة قرب الموصل\n\nقتل 7 من عناصر داعش في غارة جوية قرب الموصل أمس، بحسب ما أعلنت خلية الإعلام الأمني.\n";

    [GeneratedRegex(@"/articles/(\d+)\?fact=(\d+)")]
    private static partial Regex ArticleLink();

    [Fact]
    public async Task A_row_of_the_facts_explorer_opens_its_article_with_the_figure_highlighted_in_view()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/facts");
        var rows = page.Locator("tbody tr.fact-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await watched.ScreenshotAsync("facts");

        // The last row on the page: its figure tends to sit further down its article, so scrolling matters.
        var row = rows.Last;
        var href = await row.Locator("a.sentence").GetAttributeAsync("href");
        var match = ArticleLink().Match(href ?? "");
        Assert.True(match.Success, $"sentence link was '{href}'");
        await row.Locator("td").First.ClickAsync();

        // The grid navigates inside the circuit (no page load), so poll the address instead of waiting for a load event.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/articles/{match.Groups[1].Value}\\?fact={match.Groups[2].Value}"), new() { Timeout = 30_000 });
        var mark = page.Locator($"mark#fact-{match.Groups[2].Value}");
        await Assertions.Expect(mark).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(mark).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Assertions.Expect(mark).ToBeInViewportAsync();
        Assert.Equal("rtl", await page.Locator(".article-text").GetAttributeAsync("dir"));
        Assert.True(await page.Locator("mark.fact").CountAsync() >= 1);
        await watched.ScreenshotAsync("article");
        Assert.Empty(watched.ExternalRequests);
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task An_uploaded_article_is_stored_and_its_facts_appear_in_the_explorer()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/upload");
        // The page is interactive once the circuit has rendered the drop zone's input.
        var input = page.Locator("#upload-input");
        await Assertions.Expect(input).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        await page.Locator("#upload-outlet").FillAsync("وكالة الاختبار");
        await page.Locator("#upload-published").FillAsync("2021-03-15");
        await page.Locator("#upload-published").PressAsync("Tab");
        await input.SetInputFilesAsync(new FilePayload
        {
            Name = "mosul-strike.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(UploadedArticle),
        });
        await Assertions.Expect(page.Locator("tr[data-outcome=waiting]")).ToHaveCountAsync(1);
        await page.GetByTestId("start-upload").ClickAsync();

        var stored = page.Locator("tr[data-outcome=stored]");
        await Assertions.Expect(stored).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("upload-summary")).ToContainTextAsync("Stored 1");
        await watched.ScreenshotAsync("upload");
        var articleHref = await stored.Locator("a").GetAttributeAsync("href");
        Assert.Matches(@"^/articles/\d+$", articleHref);

        // أمس resolves against the given publication date: the killing happened on 2021-03-14.
        await watched.GotoInteractiveAsync("/facts?kind=killed&from=2021-03-14&to=2021-03-14");
        var newFacts = page.Locator($"a.sentence[href^='{articleHref}?fact=']");
        await Assertions.Expect(newFacts.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var row = page.Locator("tbody tr.fact-row").Filter(new() { Has = newFacts.First });
        await Assertions.Expect(row).ToContainTextAsync("7");
        await Assertions.Expect(row).ToContainTextAsync("وكالة الاختبار");
        await watched.ScreenshotAsync("facts-after-upload");
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task The_articles_list_and_the_arabic_facts_explorer_render()
    {
        await using var watched = await WatchedPage.OpenAsync(app);
        var page = watched.Page;
        await watched.GotoInteractiveAsync("/articles");
        await Assertions.Expect(page.Locator("tbody tr.article-row").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(await page.Locator("tbody tr.article-row").CountAsync() >= 5);
        await watched.ScreenshotAsync("articles");

        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=ar-IQ|uic=ar-IQ", Url = app.BaseUrl }]);
        await watched.GotoInteractiveAsync("/facts");
        await page.WaitForSelectorAsync("html[dir=rtl]");
        await Assertions.Expect(page.Locator("tbody tr.fact-row").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الوقائع");
        await watched.ScreenshotAsync("facts-ar");
        Assert.Empty(watched.ConsoleErrors);
    }
}
