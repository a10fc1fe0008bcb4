using System.Collections;
using System.Data.Common;

namespace Dashboard.Data.Export;

/// <summary>
/// Presents a lazily enumerated sequence of rows as a data reader, so MiniExcel writes a sheet row by row with its
/// header even when there are no rows. Text is neutralised against formulas, numbers stay numbers, dates become dates.
/// </summary>
internal sealed class ColumnsDataReader<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IEnumerable<TRow> rows) : DbDataReader
{
    private readonly IEnumerator<TRow> _rows = rows.GetEnumerator();
    private bool _hasRow;
    private bool _closed;

    public long RowCount { get; private set; }

    public override bool Read()
    {
        _hasRow = _rows.MoveNext();
        if (_hasRow) RowCount++;
        return _hasRow;
    }

    public override object GetValue(int ordinal)
    {
        if (!_hasRow) throw new InvalidOperationException("No current row.");
        var column = columns[ordinal];
        return CellValue(column.Type, column.Value(_rows.Current)) ?? DBNull.Value;
    }

    /// <summary>The value an XLSX cell holds for a value of the given column type.</summary>
    public static object? CellValue(ColumnType type, object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ when type == ColumnType.Number => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        _ when type == ColumnType.Date => value,
        _ => CellText(SpreadsheetText.Neutralise(ExportValues.Text(value))!),
    };

    // XML readers turn a raw CR into LF, and Excel breaks lines in a cell with LF: write LF so what is read back is what was written.
    private static string CellText(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    public override int FieldCount => columns.Count;
    public override string GetName(int ordinal) => columns[ordinal].Name;
    public override int GetOrdinal(string name) => columns.Select((c, i) => (c, i)).First(x => x.c.Name == name).i;
    public override Type GetFieldType(int ordinal) => columns[ordinal].Type switch
    {
        ColumnType.Number => typeof(double),
        ColumnType.Date => typeof(DateTime),
        _ => typeof(string),
    };
    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;
    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(GetOrdinal(name));
    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < n; i++) values[i] = GetValue(i);
        return n;
    }

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);
    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException("Exports hold no binary columns.");
    public override char GetChar(int ordinal) => GetString(ordinal)[0];
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException("Read text columns with GetString.");
    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);
    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);
    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);
    public override Guid GetGuid(int ordinal) => throw new NotSupportedException("Exports hold no GUID columns.");
    public override short GetInt16(int ordinal) => (short)GetDouble(ordinal);
    public override int GetInt32(int ordinal) => (int)GetDouble(ordinal);
    public override long GetInt64(int ordinal) => (long)GetDouble(ordinal);
    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override int Depth => 0;
    public override bool HasRows => true;
    public override bool IsClosed => _closed;
    public override int RecordsAffected => -1;
    public override bool NextResult() => false;
    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    public override void Close()
    {
        if (_closed) return;
        _closed = true;
        _rows.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }
}
