using System.Text.Json;
using System.Text.Json.Serialization;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// wwwroot/js/chart-redraw.js: Plotly.react for several charts in one call. The figures are sent in the shape
/// Plotly.Blazor sends them to plotly.js (its own attribute names, nulls left out).
/// </summary>
public static class ChartRedrawScript
{
    public const string React = "dashboardCharts.react";

    // What Plotly.Blazor's interop uses (internal there); each trace is serialized as its runtime type.
    private static readonly JsonSerializerOptions PlotlyJson = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// One chart's redraw. Data, layout and config are JSON elements, which the interop writes as they are: its
    /// camel-casing cannot rename Plotly's attributes.
    /// </summary>
    public sealed record Redraw(string Id, IReadOnlyList<JsonElement> Data, JsonElement Layout, JsonElement Config);

    public static Redraw For(string chartId, IEnumerable<ITrace> traces, PlotlyLayout layout, Config config) =>
        new(chartId, [.. traces.Select(trace => JsonSerializer.SerializeToElement<object>(trace, PlotlyJson))],
            JsonSerializer.SerializeToElement(layout, PlotlyJson), JsonSerializer.SerializeToElement(config, PlotlyJson));
}
