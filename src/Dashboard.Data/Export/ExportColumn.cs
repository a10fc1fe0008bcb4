namespace Dashboard.Data.Export;

/// <summary>What a column holds; decides how CSV and XLSX write it.</summary>
public enum ColumnType { Text, Number, Date }

/// <summary>One column of an export: its header and how to read its value from a row.</summary>
public sealed record ExportColumn<TRow>(string Name, ColumnType Type, Func<TRow, object?> Value);
