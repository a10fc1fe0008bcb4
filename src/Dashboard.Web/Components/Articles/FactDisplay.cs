using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Articles;

/// <summary>How a fact's numbers and dates read on screen, in the current culture (ar-IQ or en).</summary>
public static class FactDisplay
{
    public static string Number(double value, CultureInfo culture) =>
        value.ToString(Math.Abs(value % 1) < 1e-9 ? "#,0" : "#,0.##", culture);

    /// <summary>"7", or "20–99" for a range; money carries its currency code.</summary>
    public static string Value(double min, double max, string unit, CultureInfo culture)
    {
        var text = min.Equals(max) ? Number(min, culture) : $"{Number(min, culture)}–{Number(max, culture)}";
        return IsCurrency(unit) ? $"{text} {unit}" : text;
    }

    public static string Value(FactRow fact, CultureInfo culture) => Value(fact.Min, fact.Max, fact.Unit, culture);

    public static string Date(DateOnly? date, CultureInfo culture) => date?.ToString("d", culture) ?? "";

    /// <summary>"12/06/2020", or "01/06/2020 – 30/06/2020" for a period; empty when unknown.</summary>
    public static string DateRange(DateOnly? start, DateOnly? end, CultureInfo culture)
    {
        if (start is null && end is null) return "";
        if (start == end || end is null) return Date(start, culture);
        if (start is null) return Date(end, culture);
        return $"{Date(start, culture)} – {Date(end, culture)}";
    }

    /// <summary>Shortens a sentence for a table cell, cutting at a word boundary.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2) cut = maxLength;
        return text[..cut].TrimEnd() + "…";
    }

    private static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);
}
