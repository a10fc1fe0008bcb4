using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>
/// The text form of <see cref="FactFilter"/>: the same parameter names in the UI's URLs, the HTTP API and file names.
/// </summary>
public static class FactFilterQuery
{
    public const string From = "from";
    public const string To = "to";
    public const string DateBy = "dateBy";
    public const string Outlet = "outlet";
    /// <summary>The <see cref="Outlet"/> value for facts and articles filed under no outlet.</summary>
    public const string NoOutletWord = "none";
    public const string Claimant = "claimant";
    public const string Kind = "kind";
    public const string Governorate = "gov";
    public const string Target = "target";
    public const string Vague = "vague";

    public static IReadOnlyList<string> Names { get; } = [From, To, DateBy, Outlet, Claimant, Kind, Governorate, Target, Vague];

    /// <summary>Contract word for an enum value ("militant_strength", "security_forces").</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParseWord<TEnum>(string? word, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Word(candidate), word?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Pairs of (name, value) for a filter, leaving out defaults, in a stable order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ToPairs(FactFilter filter)
    {
        if (filter.From is { } from) yield return new(From, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (filter.To is { } to) yield return new(To, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (filter.DateBy != DateField.Event) yield return new(DateBy, Word(filter.DateBy));
        foreach (var id in filter.OutletIds) yield return new(Outlet, id == FactFilter.NoOutlet ? NoOutletWord : id.ToString(CultureInfo.InvariantCulture));
        foreach (var c in filter.Claimants) yield return new(Claimant, c);
        foreach (var k in filter.Kinds) yield return new(Kind, Word(k));
        foreach (var g in filter.Governorates) yield return new(Governorate, g);
        foreach (var t in filter.Targets) yield return new(Target, Word(t));
        if (!filter.IncludeVague) yield return new(Vague, "false");
    }

    /// <summary>"from=2020-01-01&amp;kind=killed", without a leading '?'; empty for no filter.</summary>
    public static string ToQueryString(FactFilter filter)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in ToPairs(filter))
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return sb.ToString();
    }

    /// <summary>A short, file-name-safe description of the filter, for export file names.</summary>
    public static string ToFileNamePart(FactFilter filter)
    {
        if (filter.IsEmpty) return "all";
        var parts = ToPairs(filter).Select(p => $"{p.Key}-{p.Value}");
        var raw = string.Join('_', parts);
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw) sb.Append(char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-');
        return sb.Length > 120 ? sb.ToString(0, 120) : sb.ToString();
    }

    /// <summary>Reads a filter from a raw query string ("?a=b&amp;c=d" or "a=b&amp;c=d").</summary>
    public static FactFilter Parse(string? queryString, out IReadOnlyList<string> errors) =>
        Parse(SplitQuery(queryString), out errors);

    /// <summary>Reads a filter from (name, value) pairs; unknown names are ignored, bad values reported in <paramref name="errors"/>.</summary>
    public static FactFilter Parse(IEnumerable<KeyValuePair<string, string?>> pairs, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        DateOnly? from = null, to = null;
        var dateBy = DateField.Event;
        var outlets = new List<int>();
        var claimants = new List<string>();
        var kinds = new List<FactKind>();
        var govs = new List<string>();
        var targets = new List<FactTarget>();
        var vague = true;

        foreach (var (rawName, rawValue) in pairs)
        {
            var value = rawValue?.Trim();
            if (string.IsNullOrEmpty(value)) continue;
            switch (rawName)
            {
                case var n when n.Equals(From, StringComparison.OrdinalIgnoreCase):
                    from = ParseDate(From, value, problems);
                    break;
                case var n when n.Equals(To, StringComparison.OrdinalIgnoreCase):
                    to = ParseDate(To, value, problems);
                    break;
                case var n when n.Equals(DateBy, StringComparison.OrdinalIgnoreCase):
                    if (TryParseWord<DateField>(value, out var field)) dateBy = field;
                    else problems.Add($"'{DateBy}' must be 'event' or 'published', not '{value}'.");
                    break;
                case var n when n.Equals(Outlet, StringComparison.OrdinalIgnoreCase):
                    foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (part.Equals(NoOutletWord, StringComparison.OrdinalIgnoreCase)) AddOnce(outlets, FactFilter.NoOutlet);
                        else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) AddOnce(outlets, id);
                        else problems.Add($"'{Outlet}' takes outlet ids (whole numbers) or '{NoOutletWord}', not '{part}'.");
                    }
                    break;
                case var n when n.Equals(Claimant, StringComparison.OrdinalIgnoreCase):
                    AddOnce(claimants, value);
                    break;
                case var n when n.Equals(Kind, StringComparison.OrdinalIgnoreCase):
                    foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (TryParseWord<FactKind>(part, out var kind)) AddOnce(kinds, kind);
                        else problems.Add($"Unknown {Kind} '{part}'. Known: {string.Join(", ", Enum.GetValues<FactKind>().Select(k => Word(k)))}.");
                    }
                    break;
                case var n when n.Equals(Governorate, StringComparison.OrdinalIgnoreCase):
                    AddOnce(govs, value);
                    break;
                case var n when n.Equals(Target, StringComparison.OrdinalIgnoreCase):
                    foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (TryParseWord<FactTarget>(part, out var target)) AddOnce(targets, target);
                        else problems.Add($"Unknown {Target} '{part}'. Known: {string.Join(", ", Enum.GetValues<FactTarget>().Select(t => Word(t)))}.");
                    }
                    break;
                case var n when n.Equals(Vague, StringComparison.OrdinalIgnoreCase):
                    if (bool.TryParse(value, out var v)) vague = v;
                    else problems.Add($"'{Vague}' must be true or false, not '{value}'.");
                    break;
            }
        }

        if (from is { } f && to is { } t && f > t) problems.Add($"'{From}' ({f:yyyy-MM-dd}) is after '{To}' ({t:yyyy-MM-dd}).");

        errors = problems;
        return new FactFilter
        {
            From = from, To = to, DateBy = dateBy, OutletIds = outlets, Claimants = claimants, Kinds = kinds,
            Governorates = govs, Targets = targets, IncludeVague = vague,
        };
    }

    private static DateOnly? ParseDate(string name, string value, List<string> problems)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        problems.Add($"'{name}' must be a date as YYYY-MM-DD, not '{value}'.");
        return null;
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    private static IEnumerable<KeyValuePair<string, string?>> SplitQuery(string? query)
    {
        if (string.IsNullOrEmpty(query)) yield break;
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
            yield return new(name, value);
        }
    }
}
