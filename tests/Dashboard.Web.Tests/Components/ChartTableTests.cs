using Bunit;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Components;

public sealed class ChartTableTests : DashboardComponentTest
{
    [Fact]
    public void Tables_show_ten_rows_a_page_and_page_on()
    {
        var rows = Enumerable.Range(1, 25).Select(i => $"row {i}").ToList();
        var table = Render<ChartTable<string>>(p => p
            .Add(c => c.Items, rows)
            .Add(c => c.Header, (RenderFragment)(b => b.AddMarkupContent(0, "<th>Row</th>")))
            .Add(c => c.Row, row => b => { b.OpenElement(0, "td"); b.AddContent(1, row); b.CloseElement(); }));

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"row {i}"), table.FindAll("tbody tr td").Select(td => td.TextContent));

        table.Find("button[aria-label='Next page']").Click();

        Assert.Equal(Enumerable.Range(11, 10).Select(i => $"row {i}"), table.FindAll("tbody tr td").Select(td => td.TextContent));
    }

    [Fact]
    public void The_pager_speaks_arabic_in_the_arabic_ui()
    {
        using var culture = UseCulture(Dashboard.Web.Localization.DashboardCultures.Arabic);
        var rows = Enumerable.Range(1, 25).Select(i => $"row {i}").ToList();
        var table = Render<ChartTable<string>>(p => p
            .Add(c => c.Items, rows)
            .Add(c => c.Header, (RenderFragment)(b => b.AddMarkupContent(0, "<th>Row</th>")))
            .Add(c => c.Row, row => b => { b.OpenElement(0, "td"); b.AddContent(1, row); b.CloseElement(); }));

        Assert.Contains("1–10 من 25", table.Find(".mud-table-pagination").TextContent);
    }
}
