using Dashboard.Data.Queries;
using Dashboard.Web.Navigation;

namespace Dashboard.Web.Components.Pages;

/// <summary>Export links of the facts explorer, beside <see cref="DashboardUrls.FactsCsv"/> which only knows CSV.</summary>
internal static class FactsLinks
{
    /// <summary>The facts the filter selects as a file: csv, xlsx or json. The server names the file after the filter.</summary>
    public static string Export(string format, FactFilter filter)
    {
        var query = FactFilterQuery.ToQueryString(filter);
        return $"{DashboardUrls.ApiFactsPath}?format={Uri.EscapeDataString(format)}" + (query.Length == 0 ? "" : "&" + query);
    }
}
