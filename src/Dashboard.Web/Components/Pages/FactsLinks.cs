using System.Globalization;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Components.Pages;

/// <summary>The URLs the facts, articles and upload pages link to.</summary>
internal static class FactsLinks
{
    public const string Upload = "/upload";

    public static string Facts(FactFilter filter) => WithQuery("/facts", FactFilterQuery.ToQueryString(filter));

    public static string Articles(FactFilter filter) => WithQuery("/articles", FactFilterQuery.ToQueryString(filter));

    /// <summary>An article, opened on one of its facts (highlighted and scrolled into view) when given.</summary>
    public static string Article(int articleId, long? factId = null) =>
        string.Create(CultureInfo.InvariantCulture, $"/articles/{articleId}") + (factId is { } id ? string.Create(CultureInfo.InvariantCulture, $"?fact={id}") : "");

    /// <summary>The facts the filter selects as a file: csv, xlsx or json. The server names the file after the filter.</summary>
    public static string Export(string format, FactFilter filter)
    {
        var query = FactFilterQuery.ToQueryString(filter);
        return $"/api/facts?format={Uri.EscapeDataString(format)}" + (query.Length == 0 ? "" : "&" + query);
    }

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}
