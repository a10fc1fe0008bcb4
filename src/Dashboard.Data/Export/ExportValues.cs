using System.Globalization;
using System.Text.Json;

namespace Dashboard.Data.Export;

/// <summary>How values are written as text in exports: InvariantCulture numbers, ISO dates, contract words.</summary>
public static class ExportValues
{
    public static string Number(double value) =>
        // Whole numbers (the usual case, money included) are written without exponent or decimal point.
        Math.Abs(value) < 1e17 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => Number(d),
        float f => Number(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateOnly d => Date(d),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
