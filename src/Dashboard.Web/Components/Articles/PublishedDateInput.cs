using System.Globalization;
using System.Text;

namespace Dashboard.Web.Components.Articles;

/// <summary>Why a typed publication date was refused.</summary>
public enum PublishedDateError { None, Malformed, NoSuchDay, InTheFuture, TooEarly }

/// <summary>
/// Reads a publication date typed as YYYY-MM-DD. Arabic-Indic digits are accepted, as Arabic keyboards type them;
/// an empty field means "not known".
/// </summary>
public static class PublishedDateInput
{
    /// <summary>Nothing about the fight against ISIS was published before this.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static PublishedDateError TryParse(string? input, DateOnly today, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(input)) return PublishedDateError.None;

        var text = ToAsciiDigits(input.Trim());
        var parts = text.Split('-');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return PublishedDateError.Malformed;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return PublishedDateError.NoSuchDay;

        var parsed = new DateOnly(year, month, day);
        // A day of slack: the reader's clock and the outlet's time zone may be ahead of the server's.
        if (parsed > today.AddDays(1)) return PublishedDateError.InTheFuture;
        if (parsed < Earliest) return PublishedDateError.TooEarly;
        date = parsed;
        return PublishedDateError.None;
    }

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string ToAsciiDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (ch - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (ch - '\u06F0')),
                '/' or '.' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => '-',
                _ => ch,
            });
        }
        return sb.ToString();
    }
}
