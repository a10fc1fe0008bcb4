using System.Globalization;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Api;

/// <summary>
/// The filter as query parameters, named exactly as <see cref="FactFilterQuery"/> names them. Everything arrives as
/// text and is checked by <c>FactFilterQuery.Parse</c>,
/// so a bad value is a 400 that says what was wrong, never a binding failure.
/// </summary>
internal sealed class FilterParameters
{
    [FromQuery(Name = FactFilterQuery.From)] public string? From { get; init; }
    [FromQuery(Name = FactFilterQuery.To)] public string? To { get; init; }
    [FromQuery(Name = FactFilterQuery.DateBy)] public string? DateBy { get; init; }
    [FromQuery(Name = FactFilterQuery.Outlet)] public string[]? Outlet { get; init; }
    [FromQuery(Name = FactFilterQuery.Claimant)] public string[]? Claimant { get; init; }
    [FromQuery(Name = FactFilterQuery.Kind)] public string[]? Kind { get; init; }
    [FromQuery(Name = FactFilterQuery.Governorate)] public string[]? Gov { get; init; }
    [FromQuery(Name = FactFilterQuery.Target)] public string[]? Target { get; init; }
    [FromQuery(Name = FactFilterQuery.Vague)] public string? Vague { get; init; }

    public FactFilter Parse(List<string> errors)
    {
        var filter = FactFilterQuery.Parse(Pairs(), out var problems);
        errors.AddRange(problems);
        return filter;
    }

    private IEnumerable<KeyValuePair<string, string?>> Pairs()
    {
        yield return new(FactFilterQuery.From, From);
        yield return new(FactFilterQuery.To, To);
        yield return new(FactFilterQuery.DateBy, DateBy);
        foreach (var v in Outlet ?? []) yield return new(FactFilterQuery.Outlet, v);
        foreach (var v in Claimant ?? []) yield return new(FactFilterQuery.Claimant, v);
        foreach (var v in Kind ?? []) yield return new(FactFilterQuery.Kind, v);
        foreach (var v in Gov ?? []) yield return new(FactFilterQuery.Governorate, v);
        foreach (var v in Target ?? []) yield return new(FactFilterQuery.Target, v);
        yield return new(FactFilterQuery.Vague, Vague);
    }
}

/// <summary>Paging as query parameters: page is 1-based.</summary>
internal sealed class PageParameters
{
    public const int DefaultPageSize = 50;

    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    /// <summary>The 0-based page index and the page size, or errors.</summary>
    public (int Index, int Size) Parse(List<string> errors)
    {
        var size = ApiText.PositiveInt("pageSize", PageSize, DefaultPageSize, DashboardQueries.MaxPageSize, errors);
        var page = ApiText.PositiveInt("page", Page, 1, int.MaxValue / size, errors);
        return (page - 1, size);
    }
}

/// <summary>
/// How many claims and funding points a summary carries. Full lists (then up to 10,000 items with their sentences,
/// about 8 MB of JSON at 100k facts) made serialising, not querying, the cost of /api/summary; a client that wants
/// more asks for it, up to <see cref="DashboardQueries.ListLimit"/>.
/// </summary>
internal sealed class SummaryParameters
{
    public const int DefaultLimit = 100;

    [FromQuery(Name = "limit")] public string? Limit { get; init; }

    public int Parse(List<string> errors) => ApiText.PositiveInt("limit", Limit, DefaultLimit, DashboardQueries.ListLimit, errors);
}

/// <summary>Sort order of the facts list.</summary>
internal sealed class SortParameters
{
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
    [FromQuery(Name = "desc")] public string? Desc { get; init; }

    public FactSort Parse(List<string> errors)
    {
        var column = FactSortColumn.DateStart;
        if (!string.IsNullOrWhiteSpace(Sort) && !FactFilterQuery.TryParseWord(Sort, out column))
        {
            errors.Add($"Unknown sort '{Sort}'. Known: {string.Join(", ", Enum.GetValues<FactSortColumn>().Select(c => FactFilterQuery.Word(c)))}.");
        }
        var descending = true;
        if (!string.IsNullOrWhiteSpace(Desc) && !bool.TryParse(Desc, out descending))
        {
            errors.Add($"'desc' must be true or false, not '{Desc}'.");
            descending = true;
        }
        return new FactSort(column, descending);
    }
}

internal static class ApiText
{
    public static int PositiveInt(string name, string? text, int fallback, int max, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            errors.Add($"'{name}' must be a whole number from 1, not '{text}'.");
            return fallback;
        }
        if (value > max)
        {
            errors.Add($"'{name}' may be at most {max.ToString(CultureInfo.InvariantCulture)}, not {text}.");
            return fallback;
        }
        return value;
    }

    public static TEnum Word<TEnum>(string name, string? text, TEnum fallback, List<string> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (FactFilterQuery.TryParseWord<TEnum>(text, out var value)) return value;
        errors.Add($"'{name}' must be one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => FactFilterQuery.Word(v)))}, not '{text}'.");
        return fallback;
    }

    public static ExportFormat Format(string? text, List<string> errors) => Word("format", text, ExportFormat.Json, errors);
}
