using System.Globalization;
using System.Text;
using Dashboard.Data.Queries;

namespace Dashboard.Web.Navigation;

/// <summary>How the figures-over-time chart draws its series.</summary>
public enum ChartStyle { Bars, Lines }

/// <summary>
/// The one place that builds the app's URLs. Filters use the names in <see cref="FactFilterQuery"/>, so a copied URL
/// opens the same view and the API understands the same query string.
/// </summary>
public static class DashboardUrls
{
    /// <summary>Overview-only query parameters (beside the filter's).</summary>
    public const string ValueModeParameter = "mode";
    public const string SeriesByParameter = "seriesBy";
    public const string ChartStyleParameter = "style";
    /// <summary>Page index of a paged list (0-based).</summary>
    public const string PageParameter = "page";
    /// <summary>Highlighted fact on an article page.</summary>
    public const string FactParameter = "fact";

    public const string OverviewPath = "/";
    public const string FactsPath = "/facts";
    public const string ArticlesPath = "/articles";
    public const string UploadPath = "/upload";
    public const string CulturePath = "/culture/set";
    public const string ApiFactsPath = "/api/facts";
    public const string ApiChartsPath = "/api/charts";

    /// <summary>The overview; a null <paramref name="style"/> lets the over-time chart choose by the months it shows.</summary>
    public static string Overview(FactFilter filter, ValueMode mode = ValueMode.Min, SeriesBy seriesBy = SeriesBy.Outlet, ChartStyle? style = null)
    {
        var extra = new List<KeyValuePair<string, string>>();
        if (mode != ValueMode.Min) extra.Add(new(ValueModeParameter, FactFilterQuery.Word(mode)));
        if (seriesBy != SeriesBy.Outlet) extra.Add(new(SeriesByParameter, FactFilterQuery.Word(seriesBy)));
        if (style is { } chosen) extra.Add(new(ChartStyleParameter, FactFilterQuery.Word(chosen)));
        return Build(OverviewPath, filter, extra);
    }

    public static string Facts(FactFilter filter, int pageIndex = 0) => Build(FactsPath, filter, PageOf(pageIndex));

    public static string Articles(FactFilter filter, int pageIndex = 0) => Build(ArticlesPath, filter, PageOf(pageIndex));

    /// <summary>An article's page; with a fact id the page highlights that fact's sentence.</summary>
    public static string Article(int id, long? factId = null)
    {
        var path = $"{ArticlesPath}/{id.ToString(CultureInfo.InvariantCulture)}";
        return factId is { } fact
            ? $"{path}?{FactParameter}={fact.ToString(CultureInfo.InvariantCulture)}#fact-{fact.ToString(CultureInfo.InvariantCulture)}"
            : path;
    }

    public static string Upload() => UploadPath;

    /// <summary>Switches the UI language and comes back to <paramref name="returnUrl"/> (made relative to the site).</summary>
    public static string SetCulture(string culture, string returnUrl) =>
        $"{CulturePath}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(returnUrl)}";

    /// <summary>A chart's table (its aggregated rows) as csv or xlsx, under the same filter, value mode and series.</summary>
    public static string ChartTable(string chartTable, string format, FactFilter filter, ValueMode mode, SeriesBy seriesBy)
    {
        var extra = new List<KeyValuePair<string, string>>();
        if (mode != ValueMode.Min) extra.Add(new(ValueModeParameter, FactFilterQuery.Word(mode)));
        if (seriesBy != SeriesBy.Outlet) extra.Add(new(SeriesByParameter, FactFilterQuery.Word(seriesBy)));
        return Build($"{ApiChartsPath}/{Uri.EscapeDataString(chartTable)}.{format}", filter, extra);
    }

    /// <summary>The facts behind a filter as CSV, from the HTTP API.</summary>
    public static string FactsCsv(FactFilter filter) => FactsExport("csv", filter);

    /// <summary>Every fact a filter selects as a file (csv, xlsx or json); JSON asks for the whole set, not one page.</summary>
    public static string FactsExport(string format, FactFilter filter) =>
        Build(ApiFactsPath, filter,
            format == "json" ? [new("format", format), new("all", "true")] : [new("format", format)], extraFirst: true);

    /// <summary>Reads an overview-only parameter's word ("max", "claimant", "lines") back, or the default.</summary>
    public static TEnum ParseWord<TEnum>(string? word, TEnum fallback) where TEnum : struct, Enum =>
        FactFilterQuery.TryParseWord<TEnum>(word, out var value) ? value : fallback;

    /// <summary>The chart style a URL names; null when it names none (or none known).</summary>
    public static ChartStyle? ParseStyle(string? word) => FactFilterQuery.TryParseWord<ChartStyle>(word, out var style) ? style : null;

    private static List<KeyValuePair<string, string>> PageOf(int pageIndex) =>
        pageIndex > 0 ? [new(PageParameter, pageIndex.ToString(CultureInfo.InvariantCulture))] : [];

    private static string Build(string path, FactFilter filter, IEnumerable<KeyValuePair<string, string>> extra, bool extraFirst = false)
    {
        var pairs = extraFirst
            ? extra.Concat(FactFilterQuery.ToPairs(filter))
            : FactFilterQuery.ToPairs(filter).Concat(extra);
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in pairs)
        {
            sb.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return sb.ToString();
    }
}
