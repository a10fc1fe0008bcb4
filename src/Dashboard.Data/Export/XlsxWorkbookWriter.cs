using System.Data.Common;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Dashboard.Data.Export;

/// <summary>One sheet of a workbook: its name, its columns, and a reader whose rows are enumerated only while the sheet is written.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<(string Column, ColumnType Type)> Columns, DbDataReader Rows);

/// <summary>
/// Writes workbooks with MiniExcel, each sheet streamed row by row from its reader.
/// MiniExcel can only set right-to-left for a whole workbook's sheets (no per-column direction), and a right-to-left
/// sheet also mirrors the column order; so sheets stay left-to-right and the Arabic text columns are given a
/// right-to-left cell format afterwards (<see cref="XlsxRightToLeftColumns"/>).
/// </summary>
public static class XlsxWorkbookWriter
{
    /// <param name="rows">A lazy sequence: it is enumerated when MiniExcel writes this sheet, after the sheets before it.</param>
    public static XlsxSheet Sheet<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows) =>
        new(name, columns.Select(c => (c.Name, c.Type)).ToList(), new ColumnsDataReader<TRow>(columns, rows));

    /// <param name="rightToLeftColumns">Headers of the columns whose cells read right to left (Arabic text); the rest stay as they are.</param>
    public static async Task WriteAsync(Stream output, IReadOnlyList<XlsxSheet> sheets, bool rightToLeft = false,
        IReadOnlySet<string>? rightToLeftColumns = null, CancellationToken ct = default)
    {
        if (rightToLeftColumns is not { Count: > 0 })
        {
            await WriteWorkbookAsync(output, sheets, rightToLeft, ct);
            return;
        }
        var temporary = Path.Combine(Path.GetTempPath(), $"dashboard-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await WriteWorkbookAsync(file, sheets, rightToLeft, ct);
                file.Position = 0;
                await XlsxRightToLeftColumns.RewriteAsync(file, output, rightToLeftColumns, ct);
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task WriteWorkbookAsync(Stream output, IReadOnlyList<XlsxSheet> sheets, bool rightToLeft, CancellationToken ct)
    {
        try
        {
            // MiniExcel writes the sheets in order and reads each reader only while writing its sheet,
            // so a later sheet's rows (e.g. counts) may depend on an earlier sheet having been written.
            var workbook = new Dictionary<string, object>();
            foreach (var sheet in sheets) workbook[sheet.Name] = sheet.Rows;
            var configuration = new OpenXmlConfiguration
            {
                RightToLeft = rightToLeft,
                EnableAutoWidth = false,
                DynamicColumns = sheets.SelectMany(s => s.Columns).Where(c => c.Type == ColumnType.Date)
                    .Select(c => c.Column).Distinct()
                    .Select(name => new DynamicExcelColumn(name) { Format = "yyyy-MM-dd" })
                    .ToArray(),
            };
            await MiniExcel.SaveAsAsync(output, workbook, printHeader: true, sheetName: sheets.FirstOrDefault()?.Name ?? "Sheet1",
                excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        }
        finally
        {
            foreach (var sheet in sheets) await sheet.Rows.DisposeAsync();
        }
    }
}
