namespace Dashboard.Data.Export;

/// <summary>Rows with named, typed columns (e.g. a chart's aggregated data) that can be written as CSV or XLSX.</summary>
public abstract class ExportTable(string name)
{
    /// <summary>Also the XLSX sheet name and the start of the file name.</summary>
    public string Name { get; } = name;

    public abstract IReadOnlyList<string> ColumnNames { get; }

    public abstract Task<long> WriteAsync(Stream output, ExportFormat format, CancellationToken ct = default);

    public static ExportTable<TRow> Of<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows) => new(name, columns, rows);
}

public sealed class ExportTable<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows) : ExportTable(name)
{
    public override IReadOnlyList<string> ColumnNames { get; } = columns.Select(c => c.Name).ToList();

    public override async Task<long> WriteAsync(Stream output, ExportFormat format, CancellationToken ct = default)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                return await CsvTableWriter.WriteAsync(output, columns, rows, ct);
            case ExportFormat.Xlsx:
                var reader = new ColumnsDataReader<TRow>(columns, rows);
                // Claimants, outlets, actors and sentences read right to left, as in the facts workbook.
                var arabic = ColumnNames.Where(FactExporter.ArabicTextColumns.Contains).ToHashSet(StringComparer.Ordinal);
                await XlsxWorkbookWriter.WriteAsync(output, [new XlsxSheet(SheetName(Name), columns.Select(c => (c.Name, c.Type)).ToList(), reader)],
                    rightToLeftColumns: arabic, ct: ct);
                return reader.RowCount;
            default:
                throw new NotSupportedException($"Tables are written as CSV or XLSX, not {format}.");
        }
    }

    // Excel limits sheet names to 31 characters.
    private static string SheetName(string name) => name.Length <= 31 ? name : name[..31];
}
