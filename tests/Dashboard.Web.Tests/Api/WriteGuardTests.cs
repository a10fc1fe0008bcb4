using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

internal static class Uploads
{
    public static MultipartFormDataContent Article(string fileName, string text, string? published = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        form.Add(file, "files", fileName);
        if (published is not null) form.Add(new StringContent(published), "published");
        return form;
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string mentioned)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(mentioned, problem.RootElement.GetProperty("detail").GetString());
    }

    public const string ArabicArticle = "بغداد - أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل 5 إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.";
}

public sealed class WritesOffTests(ApiTestHost host) : IClassFixture<ApiTestHost>
{
    [Fact]
    public async Task Without_a_configured_key_writes_are_refused()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        var response = await client.PostAsync("/api/articles", Uploads.Article("a.txt", Uploads.ArabicArticle));
        await Uploads.AssertProblemAsync(response, HttpStatusCode.Forbidden, "Dashboard:ApiKey");
    }
}

public sealed class WriteGuardTests(ApiTestHostWithKey host) : IClassFixture<ApiTestHostWithKey>
{
    [Fact]
    public async Task Missing_key_is_401()
    {
        var response = await host.Factory.CreateClient().PostAsync("/api/articles", Uploads.Article("a.txt", Uploads.ArabicArticle));
        await Uploads.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "X-Api-Key");
    }

    [Fact]
    public async Task Wrong_key_is_401()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        var response = await client.PostAsync("/api/articles", Uploads.Article("a.txt", Uploads.ArabicArticle));
        await Uploads.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "does not match");
    }

    [Fact]
    public async Task Too_large_upload_is_413_and_nothing_is_stored()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiTestHostWithKey.Key);
        var before = await ArticleCountAsync(client);
        var big = string.Concat(Enumerable.Repeat(Uploads.ArabicArticle, 1000));
        var form = Uploads.Article("small.txt", Uploads.ArabicArticle + " 2");
        var bigFile = new ByteArrayContent(Encoding.UTF8.GetBytes(big));
        form.Add(bigFile, "files", "big.txt");
        var response = await client.PostAsync("/api/articles", form);
        await Uploads.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "big.txt");
        Assert.Equal(before, await ArticleCountAsync(client));
    }

    private static async Task<int> ArticleCountAsync(HttpClient client)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/articles?pageSize=1"));
        return doc.RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Bad_form_fields_are_400()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiTestHostWithKey.Key);
        var badDate = await client.PostAsync("/api/articles", Uploads.Article("a.txt", Uploads.ArabicArticle, published: "23/11/2026"));
        await Uploads.AssertProblemAsync(badDate, HttpStatusCode.BadRequest, "published");

        var notMultipart = await client.PostAsync("/api/articles", new StringContent(Uploads.ArabicArticle));
        await Uploads.AssertProblemAsync(notMultipart, HttpStatusCode.BadRequest, "multipart");
    }

    [Fact]
    public async Task Right_key_ingests_an_uploaded_utf8_article()
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiTestHostWithKey.Key);
        var response = await client.PostAsync("/api/articles", Uploads.Article("kirkuk.txt", Uploads.ArabicArticle, published: "2021-05-02"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, doc.RootElement.GetProperty("stored").GetInt32());
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal(("kirkuk.txt", "stored"), (file.GetProperty("name").GetString(), file.GetProperty("outcome").GetString()));
        var articleId = file.GetProperty("article_id").GetInt32();

        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{articleId}"));
        Assert.Equal(Uploads.ArabicArticle, detail.RootElement.GetProperty("text").GetString());
        Assert.Equal("2021-05-02", detail.RootElement.GetProperty("article").GetProperty("published").GetString());
    }
}
