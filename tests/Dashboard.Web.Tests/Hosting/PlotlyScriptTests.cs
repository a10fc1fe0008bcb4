using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dashboard.Web.Scripts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// plotly.js as the app sends it: the package's bundle with the functions of the recorded plan in parentheses, nothing
/// else changed, compressed and revalidated like the other scripts.
/// </summary>
public sealed class PlotlyScriptTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_plan_is_for_the_package_bundle_the_app_ships()
    {
        var bundle = await Client().GetByteArrayAsync("/" + PlotlyScript.PackageBundle);
        var plan = PlotlyScript.ReadPlan();

        Assert.NotNull(plan);
        Assert.Equal(PlotlyScript.PackageBundle, plan.Bundle);
        // A new Plotly.Blazor brings a new bundle: the app then sends it unwrapped (and slower to start) until the plan
        // is recorded again.
        Assert.True(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle)) == plan.Sha256,
            $"{PlotlyScript.PackageBundle} changed: run `dashboard bench plotly-plan --url <the running app> --out src/Dashboard.Web/Scripts/PlotlyCompilePlan.json`.");
        Assert.True(plan.Wrap!.Length > 500, $"{plan.Wrap.Length} functions in the plan");
    }

    [Fact]
    public async Task The_served_plotly_is_the_package_bundle_with_parentheses_added_and_nothing_else()
    {
        var bundle = await Client().GetStringAsync("/" + PlotlyScript.PackageBundle);
        using var response = await Client().GetAsync("/" + PlotlyScript.Url);
        var served = await response.Content.ReadAsStringAsync();
        var plan = PlotlyScript.ReadPlan()!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bundle.Length + 2 * plan.Wrap!.Length, served.Length);
        Assert.Equal(WithoutParentheses(bundle), WithoutParentheses(served));
        // Each planned function now opens right after a parenthesis of its own.
        var first = plan.Wrap.OrderBy(span => span[0]).First();
        Assert.Equal("(" + bundle[first[0]..first[1]] + ")", served.Substring(first[0], first[1] - first[0] + 2));
    }

    [Fact]
    public async Task The_browser_revalidates_its_copy_and_gets_a_304_while_it_is_current()
    {
        using var first = await Client().GetAsync("/" + PlotlyScript.Url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/" + PlotlyScript.Url);
        again.Headers.IfNoneMatch.Add(etag);
        using var response = await Client().SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/" + PlotlyScript.Url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef\""));
        using var changed = await Client().SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task The_overview_preloads_the_served_copy_and_the_chart_script_loads_the_same()
    {
        var html = await Client().GetStringAsync("/");
        var chartScript = await File.ReadAllTextAsync(Path.Combine(SeededAppFactory.RepositoryRoot, "wwwroot", "js", "chart-redraw.js"));

        Assert.Contains($"<link rel=\"preload\" as=\"script\" href=\"{PlotlyScript.Url}\" data-plotly", html);
        Assert.Contains($"const plotlyUrl = '{PlotlyScript.Url}';", chartScript);
    }

    [Fact]
    public void A_bundle_the_plan_was_not_recorded_for_is_sent_as_it_is()
    {
        var bundle = Encoding.UTF8.GetBytes("var a=function(){return 1};");
        var plan = new PlotlyScript.CompilePlan("x.js", new string('0', 64), bundle.Length, [[6, 26]]);

        var content = PlotlyScript.Build(bundle, plan);

        Assert.Equal(bundle, Plain(content));
        Assert.Equal(0, content.Wrapped);
    }

    [Fact]
    public void A_bundle_the_plan_was_recorded_for_gets_its_functions_in_parentheses()
    {
        const string text = "var a=function(){return()=>1},b=x=>x;";
        var bundle = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle));
        var plan = new PlotlyScript.CompilePlan("x.js", sha, text.Length, [[6, 29], [23, 28], [32, 36]]);

        var content = PlotlyScript.Build(bundle, plan);

        Assert.Equal("var a=(function(){return(()=>1)}),b=(x=>x);", Encoding.UTF8.GetString(Plain(content)));
        Assert.Equal(3, content.Wrapped);
    }

    [Theory]
    // Nested spans that end together close together; a span that ends where the next starts closes first.
    [InlineData("f=a=>b=>c", new[] { 2, 9, 5, 9 }, "f=(a=>(b=>c))")]
    [InlineData("x(a=>a,b=>b)", new[] { 2, 6, 7, 11 }, "x((a=>a),(b=>b))")]
    [InlineData("ab", new[] { 0, 1, 1, 2 }, "(a)(b)")]
    // Offsets count UTF-16 units, as V8 reports them: «é» is two bytes and one unit, «😀» four bytes and two units.
    [InlineData("a='é😀';f=x=>x", new[] { 10, 14 }, "a='é😀';f=(x=>x)")]
    [InlineData("s=\"داعش\",g=()=>s", new[] { 11, 16 }, "s=\"داعش\",g=(()=>s)")]
    public void Spans_are_wrapped_where_they_start_and_end(string text, int[] offsets, string expected)
    {
        var spans = offsets.Chunk(2).ToArray();

        Assert.Equal(expected, Encoding.UTF8.GetString(PlotlyScript.Wrap(Encoding.UTF8.GetBytes(text), spans)));
    }

    [Fact]
    public void A_plan_whose_spans_leave_the_bundle_is_not_used()
    {
        const string text = "var a=function(){};";
        var bundle = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle));

        var content = PlotlyScript.Build(bundle, new PlotlyScript.CompilePlan("x.js", sha, text.Length, [[6, 18], [6, 400]]));

        Assert.Equal(bundle, Plain(content));
        Assert.Equal(0, content.Wrapped);
    }

    [Fact]
    public async Task A_client_that_does_not_accept_gzip_gets_the_script_plain()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + PlotlyScript.Url);
        request.Headers.AcceptEncoding.ParseAdd("identity");
        using var response = await Client().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("/**", text.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("plotly.js", text[..200], StringComparison.Ordinal);
    }

    private static byte[] Plain(PlotlyScript.Content content)
    {
        using var plain = content.OpenPlain();
        using var copy = new MemoryStream();
        plain.CopyTo(copy);
        return copy.ToArray();
    }

    private static string WithoutParentheses(string text) => text.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
}
