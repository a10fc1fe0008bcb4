using System.Text;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class HtmlTextTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head><title>الرئيسية | موقع الأخبار</title><style>body { color: red; }</style>
        <script>var tracking = "قائمة التتبع";</script></head>
        <body>
          <header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav></header>
          <aside>الأكثر قراءة: خبر جانبي</aside>
          <article>
            <h1>ضربة جوية في الأنبار</h1>
            <p>أعلنت قيادة العمليات المشتركة، أمس، أن طيران الجيش نفذ ضربة جوية في صحراء الأنبار.</p>
            <p>وقال بيان للقيادة إن الضربة أسفرت عن <b>قتل 7</b> من عناصر التنظيم.</p>
            <form><input placeholder="اكتب تعليقك"></form>
          </article>
          <footer>جميع الحقوق محفوظة 2024</footer>
          <script>console.log("نهاية الصفحة")</script>
        </body></html>
        """;

    [Fact]
    public void A_page_is_reduced_to_its_article_with_paragraph_breaks()
    {
        var article = HtmlText.Extract(Page);

        Assert.Equal("ضربة جوية في الأنبار", article.Title);
        Assert.Equal(
            "ضربة جوية في الأنبار\n\nأعلنت قيادة العمليات المشتركة، أمس، أن طيران الجيش نفذ ضربة جوية في صحراء الأنبار.\n\nوقال بيان للقيادة إن الضربة أسفرت عن قتل 7 من عناصر التنظيم.",
            article.Text);
        foreach (var furniture in new[] { "قائمة التتبع", "رياضة", "الأكثر قراءة", "جميع الحقوق", "نهاية الصفحة", "color", "اكتب تعليقك" })
            Assert.DoesNotContain(furniture, article.Text);
    }

    [Fact]
    public void Without_an_article_element_the_largest_block_of_paragraphs_wins()
    {
        var html = """
            <html><head><title>عنوان الصفحة</title></head><body>
            <div class="menu"><p>قائمة</p></div>
            <div class="story"><p>الفقرة الأولى من الخبر وهي طويلة بما يكفي.</p><p>الفقرة الثانية من الخبر.</p></div>
            <div class="related"><p>أخبار ذات صلة</p></div>
            </body></html>
            """;

        var article = HtmlText.Extract(html);

        Assert.Equal("عنوان الصفحة", article.Title);
        Assert.Equal("الفقرة الأولى من الخبر وهي طويلة بما يكفي.\n\nالفقرة الثانية من الخبر.", article.Text);
    }

    [Fact]
    public async Task An_html_file_is_stored_as_its_article_text_with_its_title()
    {
        await using var database = await TempDatabase.CreateAsync();
        var path = Path.Combine(database.CreateSubfolder("web"), "story.html");
        File.WriteAllBytes(path, Encoding.GetEncoding("utf-16").GetPreamble().Concat(Encoding.Unicode.GetBytes(Page)).ToArray());

        var summary = await database.Get<IIngestionService>().IngestPathsAsync([path], new IngestOptions());

        Assert.Equal(1, summary.Stored);
        await using var db = database.CreateContext();
        var stored = await db.Articles.SingleAsync();
        Assert.Equal("ضربة جوية في الأنبار", stored.Title);
        Assert.StartsWith("ضربة جوية في الأنبار\n\nأعلنت", stored.Text);
        Assert.DoesNotContain("<", stored.Text);
        Assert.DoesNotContain("tracking", stored.Text);
    }
}
