using System.Text;
using CsvHelper;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Export;

public sealed class CsvExportTests(ExportTestData data) : IClassFixture<ExportTestData>
{
    private static (IReadOnlyList<string> Header, List<string[]> Rows) Parse(byte[] csv)
    {
        using var reader = CsvReader.Create(new MemoryStream(csv), new CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.GetString(i);
            rows.Add(row);
        }
        return (reader.Headers.ToList(), rows);
    }

    [Fact]
    public async Task Csv_round_trips_to_the_rows_the_query_returns()
    {
        var filter = new FactFilter { Kinds = [FactKind.Killed, FactKind.Arrested] };
        var csv = await data.ExportAsync(filter, ExportFormat.Csv);
        var expected = await data.RowsAsync(filter);

        var (header, rows) = Parse(csv);
        Assert.Equal(FactColumns.All.Select(c => c.Name), header);
        Assert.Equal(3, rows.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < FactColumns.All.Count; c++)
            {
                Assert.Equal(ExportTestData.ExpectedCsvText(FactColumns.All[c], expected[r]), rows[r][c]);
            }
        }
        Assert.Contains(rows, r => r[Column("sentence")] == "قتل 4 إرهابيين، أمس\r\nفي \"كركوك\"");
        Assert.Contains(rows, r => r[Column("article_title")] == "مقتل 4 إرهابيين، و\"اعتقال\" آخرين");
    }

    [Fact]
    public async Task Csv_is_utf8_with_bom_crlf_and_iso_invariant_values()
    {
        var csv = await data.ExportAsync(new FactFilter { Kinds = [FactKind.Funding] }, ExportFormat.Csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith("fact_id,kind,min,max,qualifier,unit,scope,date_start,date_end,", text);
        Assert.Contains(",funding,394000000,394000000,exact,USD,cumulative,2021-01-01,2021-12-31,", text);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Formula_like_text_is_neutralised_and_numbers_stay_plain()
    {
        var (_, rows) = Parse(await data.ExportAsync(FactFilter.None, ExportFormat.Csv));
        var vague = rows.Single(r => r[Column("kind")] == "killed" && r[Column("qualifier")] == "vague");
        Assert.Equal("'" + ExportTestData.Hyperlink, vague[Column("sentence")]);
        Assert.Equal(("20", "99"), (vague[Column("min")], vague[Column("max")]));

        var arrested = rows.Single(r => r[Column("kind")] == "arrested");
        Assert.Equal("'-القوات", arrested[Column("actor")]);
        Assert.Equal("'@SUM(1)", arrested[Column("attribution")]);
        Assert.Equal("'\tاعتقال 5", arrested[Column("sentence")]);
        Assert.Equal("'+تمويل", rows.Single(r => r[Column("kind")] == "funding")[Column("article_title")]);
        Assert.Equal("0.9", arrested[Column("confidence")]);
    }

    [Fact]
    public async Task Empty_selection_writes_the_header_only()
    {
        var (header, rows) = Parse(await data.ExportAsync(new FactFilter { Kinds = [FactKind.Displaced] }, ExportFormat.Csv));
        Assert.Equal(FactColumns.All.Count, header.Count);
        Assert.Empty(rows);
    }

    [Fact]
    public void File_name_carries_the_filter_and_time()
    {
        var name = FactExporter.FileName(new FactFilter { Kinds = [FactKind.Killed], From = new DateOnly(2020, 1, 1) }, ExportFormat.Xlsx, ExportTestData.Now);
        Assert.Equal("facts_from-2020-01-01_kind-killed_20261123T173000Z.xlsx", name);
        Assert.Equal("facts_all_20261123T173000Z.csv", FactExporter.FileName(FactFilter.None, ExportFormat.Csv, ExportTestData.Now));
    }

    private static int Column(string name) => FactColumns.All.Select((c, i) => (c, i)).Single(x => x.c.Name == name).i;
}
