using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Export;

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(long Facts, long Articles, DateTime ExportedAtUtc);

/// <summary>
/// Exports the facts a filter selects as CSV, XLSX or JSON, streaming rows from the database to the output as they come.
/// </summary>
public sealed class FactExporter(IExportQueries queries, TimeProvider? clock = null)
{
    public const string FactsSheet = "Facts";
    public const string ArticlesSheet = "Articles";
    public const string FiltersSheet = "Filters";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    public static string FileName(FactFilter filter, ExportFormat format, DateTime exportedAtUtc) =>
        ExportFormats.FileName("facts", filter, format, exportedAtUtc);

    public async Task<ExportSummary> ExportAsync(FactFilter filter, ExportFormat format, Stream output, FactSort? sort = null, CancellationToken ct = default)
    {
        var exportedAt = UtcNow;
        var facts = queries.StreamFactsAsync(filter, sort ?? new FactSort(), ct);
        return format switch
        {
            ExportFormat.Csv => new ExportSummary(await CsvTableWriter.WriteAsync(output, FactColumns.All, facts, ct), 0, exportedAt),
            ExportFormat.Json => new ExportSummary(await WriteJsonAsync(output, facts, ct), 0, exportedAt),
            _ => await WriteXlsxAsync(output, filter, facts, exportedAt, ct),
        };
    }

    /// <summary>A JSON array of <see cref="FactJsonRecord"/>, serialised element by element.</summary>
    public static async Task<long> WriteJsonAsync(Stream output, IAsyncEnumerable<FactRow> facts, CancellationToken ct = default)
    {
        long count = 0;
        await JsonSerializer.SerializeAsync(output, Records(), ContractJson.Compact, ct);
        return count;

        async IAsyncEnumerable<FactJsonRecord> Records()
        {
            await foreach (var row in facts.WithCancellation(ct))
            {
                count++;
                yield return FactJsonRecord.From(row);
            }
        }
    }

    private async Task<ExportSummary> WriteXlsxAsync(Stream output, FactFilter filter, IAsyncEnumerable<FactRow> facts, DateTime exportedAt, CancellationToken ct)
    {
        long factCount = 0, articleCount = 0;
        var factRows = Counted(facts.ToBlockingEnumerable(ct), () => factCount++);
        var articleRows = Counted(queries.StreamArticlesAsync(filter, ct).ToBlockingEnumerable(ct), () => articleCount++);

        IReadOnlyList<XlsxSheet> sheets =
        [
            XlsxWorkbookWriter.Sheet(FactsSheet, FactColumns.All, factRows),
            XlsxWorkbookWriter.Sheet(ArticlesSheet, ArticleColumns.All, articleRows),
            // Enumerated after the two sheets above are written, so the counts are final.
            XlsxWorkbookWriter.Sheet(FiltersSheet, FilterSheetColumns, FilterSheetRows(filter, exportedAt, () => (factCount, articleCount))),
        ];
        // MiniExcel pulls rows synchronously; running it off the caller's thread keeps a server's request threads free.
        await Task.Run(() => XlsxWorkbookWriter.WriteAsync(output, sheets, rightToLeftColumns: ArabicTextColumns, ct: ct), ct);
        return new ExportSummary(factCount, articleCount, exportedAt);
    }

    /// <summary>Columns that hold Arabic text as written in the articles: right-to-left in the workbook.</summary>
    public static IReadOnlySet<string> ArabicTextColumns { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "actor", "location", "attribution", "claimant", "sentence", "article_title", "outlet", "title" };

    private static readonly IReadOnlyList<ExportColumn<KeyValuePair<string, string>>> FilterSheetColumns =
    [
        new("setting", ColumnType.Text, p => p.Key),
        new("value", ColumnType.Text, p => p.Value),
    ];

    private static IEnumerable<KeyValuePair<string, string>> FilterSheetRows(FactFilter filter, DateTime exportedAt, Func<(long Facts, long Articles)> counts)
    {
        yield return new("exported_at_utc", exportedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var query = FactFilterQuery.ToQueryString(filter);
        yield return new("filter", query.Length == 0 ? "(none: every fact)" : query);
        foreach (var pair in FactFilterQuery.ToPairs(filter)) yield return pair;
        var (factCount, articleCount) = counts();
        yield return new("facts", factCount.ToString(CultureInfo.InvariantCulture));
        yield return new("articles", articleCount.ToString(CultureInfo.InvariantCulture));
        yield return new("values", "min and max as stated; ranges and vague words keep their span; cumulative claims are separate from incidents (scope)");
    }

    private static IEnumerable<T> Counted<T>(IEnumerable<T> rows, Action onRow)
    {
        foreach (var row in rows)
        {
            onRow();
            yield return row;
        }
    }
}
