using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Filters;

/// <summary>A one-line, human-readable account of a filter ("kind: killed; outlet: Alsumaria; from: 2017-01-01").</summary>
public static class FilterDescription
{
    public static string Describe(FactFilter filter, Func<int, string?> outletName) =>
        string.Join("; ", FactFilterQuery.ToPairs(filter)
            .GroupBy(p => p.Key)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => Readable(p, outletName)))}"));

    private static string Readable(KeyValuePair<string, string> pair, Func<int, string?> outletName) =>
        pair.Key == FactFilterQuery.Outlet && int.TryParse(pair.Value, out var id) ? outletName(id) ?? pair.Value : pair.Value;
}
