using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using MiniExcelLibs;

namespace Dashboard.Data.Tests.Export;

public sealed class XlsxExportTests(ExportTestData data) : IClassFixture<ExportTestData>
{
    private static List<IDictionary<string, object?>> Sheet(byte[] xlsx, string sheet) =>
        MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    /// <summary>What a cell should hold: numbers as numbers, dates as dates, text neutralised.</summary>
    private static object? Expected(ExportColumn<FactRow> column, FactRow row)
    {
        var value = column.Value(row);
        return value switch
        {
            null => null,
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            _ when column.Type == ColumnType.Number => Convert.ToDouble(value),
            // Line breaks inside a cell are LF in a workbook.
            _ => ExportTestData.ExpectedCsvText(column, row).Replace("\r\n", "\n"),
        };
    }

    [Fact]
    public async Task Xlsx_round_trips_facts_articles_and_filters()
    {
        var filter = new FactFilter { Kinds = [FactKind.Killed, FactKind.Arrested] };
        var xlsx = await data.ExportAsync(filter, ExportFormat.Xlsx);
        var expected = await data.RowsAsync(filter);

        Assert.Equal([FactExporter.FactsSheet, FactExporter.ArticlesSheet, FactExporter.FiltersSheet], MiniExcel.GetSheetNames(new MemoryStream(xlsx)));
        var facts = Sheet(xlsx, FactExporter.FactsSheet);
        Assert.Equal(expected.Count, facts.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            foreach (var column in FactColumns.All)
            {
                Assert.Equal(Expected(column, expected[r]), facts[r][column.Name]);
            }
        }
        Assert.Contains(facts, f => (string?)f["sentence"] == "قتل 4 إرهابيين، أمس\nفي \"كركوك\"");

        var articles = Sheet(xlsx, FactExporter.ArticlesSheet);
        var article = Assert.Single(articles);
        Assert.Equal(("مقتل 4 إرهابيين، و\"اعتقال\" آخرين", "السومرية", 3d), ((string?)article["title"], (string?)article["outlet"], (double?)article["fact_count"]));

        var rows = Sheet(xlsx, FactExporter.FiltersSheet).Select(r => ((string)r["setting"]!, (string?)r["value"])).ToList();
        var settings = rows.GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
        Assert.Equal(["killed", "arrested"], rows.Where(r => r.Item1 == "kind").Select(r => r.Item2));
        Assert.Equal("2026-11-23T17:30:00Z", settings["exported_at_utc"]);
        Assert.Equal("kind=killed&kind=arrested", settings["filter"]);
        Assert.Equal("3", settings["facts"]);
        Assert.Equal("1", settings["articles"]);
    }

    [Fact]
    public async Task Arabic_text_columns_read_right_to_left_and_the_others_keep_their_format()
    {
        var xlsx = await data.ExportAsync(FactFilter.None, ExportFormat.Xlsx);
        var readingOrder = XlsxReadingOrder.OfFirstRow(xlsx);
        foreach (var column in new[] { "sentence", "outlet", "article_title" }) Assert.Equal("2", readingOrder(column));
        foreach (var column in new[] { "min", "kind", "span_start" }) Assert.NotEqual("2", readingOrder(column));
        // The rewritten workbook still opens and reads back.
        Assert.NotEmpty(Sheet(xlsx, FactExporter.FactsSheet));
    }

    [Fact]
    public async Task Formula_like_text_is_neutralised_and_numbers_stay_numeric()
    {
        var facts = Sheet(await data.ExportAsync(FactFilter.None, ExportFormat.Xlsx), FactExporter.FactsSheet);
        var vague = facts.Single(f => (string?)f["qualifier"] == "vague");
        Assert.Equal("'" + ExportTestData.Hyperlink, vague["sentence"]);
        Assert.IsType<double>(vague["min"]);
        Assert.Equal(20d, vague["min"]);
        Assert.Equal(new DateTime(2020, 6, 22), vague["date_start"]);

        var arrested = facts.Single(f => (string?)f["kind"] == "arrested");
        Assert.Equal(("'-القوات", "'@SUM(1)", "'\tاعتقال 5"), (arrested["actor"], arrested["attribution"], arrested["sentence"]));
        Assert.Equal(394_000_000d, facts.Single(f => (string?)f["kind"] == "funding")["max"]);
    }

    [Fact]
    public async Task Formula_like_text_never_becomes_a_formula_cell()
    {
        var xlsx = await data.ExportAsync(FactFilter.None, ExportFormat.Xlsx);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.DoesNotContain("<x:f>", xml);
            Assert.DoesNotContain("<f>", xml);
        }
    }

    [Fact]
    public async Task Empty_selection_still_has_headers()
    {
        var xlsx = await data.ExportAsync(new FactFilter { Kinds = [FactKind.Displaced] }, ExportFormat.Xlsx);
        var columns = MiniExcel.GetColumns(new MemoryStream(xlsx), useHeaderRow: false, sheetName: FactExporter.FactsSheet);
        Assert.Equal(FactColumns.All.Count, columns.Count);
        var header = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: false, sheetName: FactExporter.FactsSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(FactColumns.All.Select(c => c.Name), Assert.Single(header).Values.Cast<string>());
    }
}
