using System.Globalization;
using CsvHelper;

namespace Dashboard.Data.Export;

/// <summary>
/// Writes rows as RFC 4180 CSV: UTF-8 with a byte order mark (so spreadsheet programs read Arabic correctly), CRLF line
/// ends, quotes only where needed, InvariantCulture numbers, ISO dates, and formula-like text neutralised.
/// Rows are written as they arrive; nothing is buffered beyond the writer's own buffer.
/// </summary>
public static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        WriteByteOrderMark = true,
        // Neutralising is done here, once, the same way for CSV and XLSX.
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
        HasHeader = false,
    };

    public static async Task<long> WriteAsync<TRow>(Stream output, IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await WriteHeaderAsync(csv, columns, ct);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await WriteRowAsync(csv, columns, row, ct);
            count++;
        }
        await csv.FlushAsync(ct);
        return count;
    }

    public static Task<long> WriteAsync<TRow>(Stream output, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows, CancellationToken ct = default) =>
        WriteAsync(output, columns, rows.ToAsyncEnumerable(), ct);

    /// <summary>The text a CSV cell holds for a value of the given column type.</summary>
    public static string CellText(ColumnType type, object? value)
    {
        var text = ExportValues.Text(value);
        return type == ColumnType.Text ? SpreadsheetText.Neutralise(text) ?? "" : text;
    }

    private static async Task WriteHeaderAsync<TRow>(CsvWriter csv, IReadOnlyList<ExportColumn<TRow>> columns, CancellationToken ct)
    {
        foreach (var column in columns) csv.WriteField(column.Name);
        await csv.EndRecordAsync(ct);
    }

    private static async Task WriteRowAsync<TRow>(CsvWriter csv, IReadOnlyList<ExportColumn<TRow>> columns, TRow row, CancellationToken ct)
    {
        foreach (var column in columns) csv.WriteField(CellText(column.Type, column.Value(row)));
        await csv.EndRecordAsync(ct);
    }
}
