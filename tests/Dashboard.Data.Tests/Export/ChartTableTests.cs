using System.Text;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using MiniExcelLibs;

namespace Dashboard.Data.Tests.Export;

public sealed class ChartTableTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    [Fact]
    public async Task Every_chart_has_a_table_and_unknown_names_have_none()
    {
        foreach (var name in ChartTables.Names)
        {
            var table = await ChartTables.BuildAsync(corpus.Db.Queries, name, FactFilter.None, ValueMode.Min, SeriesBy.Outlet);
            Assert.NotNull(table);
            Assert.Equal(name, table.Name);
        }
        Assert.Null(await ChartTables.BuildAsync(corpus.Db.Queries, "pie", FactFilter.None, ValueMode.Min, SeriesBy.Outlet));
    }

    [Fact]
    public async Task Incident_totals_table_as_csv_and_xlsx()
    {
        var table = (await ChartTables.BuildAsync(corpus.Db.Queries, ChartTables.IncidentTotals, FactFilter.None, ValueMode.Min, SeriesBy.Outlet))!;

        using var csv = new MemoryStream();
        Assert.Equal(4, await table.WriteAsync(csv, ExportFormat.Csv));
        var lines = Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,min,max,fact_count", lines[0]);
        Assert.Contains("killed,424,603,3", lines);

        using var xlsx = new MemoryStream();
        await table.WriteAsync(xlsx, ExportFormat.Xlsx);
        xlsx.Position = 0;
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var killed = rows.Single(r => (string?)r["kind"] == "killed");
        Assert.Equal((424d, 603d), (killed["min"], killed["max"]));
    }

    [Fact]
    public async Task Arabic_text_columns_of_a_chart_table_read_right_to_left_in_xlsx()
    {
        var table = (await ChartTables.BuildAsync(corpus.Db.Queries, ChartTables.Claims, FactFilter.None, ValueMode.Min, SeriesBy.Outlet))!;
        using var xlsx = new MemoryStream();
        await table.WriteAsync(xlsx, ExportFormat.Xlsx);

        var readingOrder = XlsxReadingOrder.OfFirstRow(xlsx.ToArray());
        foreach (var column in new[] { "sentence", "outlet", "claimant" }) Assert.Equal("2", readingOrder(column));
        foreach (var column in new[] { "min", "kind" }) Assert.NotEqual("2", readingOrder(column));
        xlsx.Position = 0;
        Assert.NotEmpty(MiniExcel.Query(xlsx, useHeaderRow: true));
    }

    [Fact]
    public async Task Monthly_table_names_its_series_column()
    {
        var table = (await ChartTables.BuildAsync(corpus.Db.Queries, ChartTables.Monthly, FactFilter.None, ValueMode.Min, SeriesBy.Governorate))!;
        Assert.Equal(["month", "kind", "governorate", "min", "max", "fact_count"], table.ColumnNames);
        using var csv = new MemoryStream();
        await table.WriteAsync(csv, ExportFormat.Csv);
        Assert.Contains("2020-06,killed,Kirkuk,24,103,2", Encoding.UTF8.GetString(csv.ToArray()));
    }
}
