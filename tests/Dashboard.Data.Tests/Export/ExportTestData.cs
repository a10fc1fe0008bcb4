using System.Globalization;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Data.Tests.Queries;
using Dashboard.Extraction.Model;
using static Dashboard.Data.Tests.Queries.QueryTestDatabase;

namespace Dashboard.Data.Tests.Export;

/// <summary>Facts whose text is hard to export: Arabic, commas, quotes, line breaks, and formula-like starts.</summary>
public sealed class ExportTestData : IAsyncLifetime
{
    public const string Hyperlink = "=HYPERLINK(\"http://evil.example/\",\"انقر\")";

    public QueryTestDatabase Db { get; private set; } = null!;
    public FactExporter Exporter { get; private set; } = null!;
    public static readonly DateTime Now = new(2026, 11, 23, 17, 30, 0, DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        var outlet = Outlet("السومرية", "Alsumaria");
        var a = Article(outlet, "مقتل 4 إرهابيين، و\"اعتقال\" آخرين", new DateOnly(2020, 6, 23));
        var b = Article(null, "+تمويل", null);
        Fact(a, FactKind.Killed, 4, 4, start: new DateOnly(2020, 6, 22), attribution: "قيادة العمليات المشتركة", governorate: "Kirkuk",
            target: FactTarget.Militants, sentence: "قتل 4 إرهابيين، أمس\r\nفي \"كركوك\"");
        Fact(a, FactKind.Killed, 20, 99, Qualifier.Vague, start: new DateOnly(2020, 6, 22), target: FactTarget.Civilians, sentence: Hyperlink, spanStart: 30);
        Fact(a, FactKind.Arrested, 5, 5, start: new DateOnly(2020, 6, 22), actor: "-القوات", attribution: "@SUM(1)", target: FactTarget.Militants,
            sentence: "\tاعتقال 5", spanStart: 60);
        Fact(b, FactKind.Funding, 394_000_000, 394_000_000, scope: FactScope.Cumulative, start: new DateOnly(2021, 1, 1), end: new DateOnly(2021, 12, 31),
            unit: "USD", actor: "الولايات المتحدة", sentence: "394 مليون دولار");
        Db = await QueryTestDatabase.CreateAsync();
        await Db.AddAsync(a, b);
        Exporter = new FactExporter(Db.Queries, new FixedClock(Now));
    }

    public async Task<List<FactRow>> RowsAsync(FactFilter filter) =>
        (await Db.Queries.GetFactsPageAsync(filter, new FactSort(), 0, DashboardQueries.MaxPageSize)).Items.ToList();

    public async Task<byte[]> ExportAsync(FactFilter filter, ExportFormat format)
    {
        using var output = new MemoryStream();
        await Exporter.ExportAsync(filter, format, output);
        return output.ToArray();
    }

    /// <summary>What a CSV cell should hold for a column of a row, worked out independently of the writer.</summary>
    public static string ExpectedCsvText(ExportColumn<FactRow> column, FactRow row)
    {
        var value = column.Value(row);
        var text = value switch
        {
            null => "",
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum e => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
        return column.Type == ColumnType.Text && text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
