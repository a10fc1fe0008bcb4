using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// wwwroot/js/chart-redraw.js: Plotly.react for several charts in one call, first drawings and redraws alike. The
/// figures are sent with plotly.js's attribute names as Plotly.Blazor's types carry them (nulls left out), as one UTF-8
/// JSON array passed as bytes, which the interop carries to the browser as they are.
/// </summary>
public static class ChartRedrawScript
{
    public const string React = "dashboardCharts.react";
    /// <summary>(chart id, token, panel): clicks on the chart's marks call the panel's OnPointClicked.</summary>
    public const string Listen = "dashboardCharts.listen";
    /// <summary>(chart id, token): the panel went away.</summary>
    public const string Forget = "dashboardCharts.forget";

    /// <summary>The plotly.js locale chart-redraw.js registers for the Arabic UI (toolbar names, month names).</summary>
    public const string ArabicLocale = "ar";

    /// <summary>The plotly.js locale for a UI culture; null keeps plotly.js's English.</summary>
    public static string? LocaleFor(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ar" ? ArabicLocale : null;

    // What Plotly.Blazor's interop uses (internal there); each trace is serialized as its runtime type. Text is written
    // as it is: the interop's own encoder wrote each Arabic letter of the hover texts as a six-byte \uXXXX escape, 60% of
    // the message a filter change sends. The bytes are only ever read by JSON.parse, never placed in HTML. The figure
    // types are written by PlotlyFigureConverter: Plotly.Blazor's rules, its per-object reflection done once per type.
    internal static JsonSerializerOptions PlotlyJson { get; } = Options(withFigureConverter: true);

    internal static JsonSerializerOptions Options(bool withFigureConverter)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        if (withFigureConverter) options.Converters.Add(new PlotlyFigureConverter());
        return options;
    }

    /// <summary>One chart's redraw: the element id and the figure, serialized when the call is sent.</summary>
    public sealed record Redraw(string Id, IReadOnlyList<ITrace> Data, PlotlyLayout Layout, Config Config);

    public static Redraw For(string chartId, IEnumerable<ITrace> traces, PlotlyLayout layout, Config config) =>
        new(chartId, [.. traces], layout, config);

    /// <summary>The argument of <see cref="React"/>: <c>[{ "id", "data", "layout", "config" }, …]</c> as UTF-8 JSON.</summary>
    public static byte[] Serialize(IReadOnlyList<Redraw> redraws) => Serialize(redraws, PlotlyJson);

    // One buffer kept between calls: grown from small, a filter change's 350 KB of figures left 1 MB of outgrown arrays.
    private static System.Buffers.ArrayBufferWriter<byte>? spareBuffer;
    private const int SpareBufferLimit = 1024 * 1024;

    internal static byte[] Serialize(IReadOnlyList<Redraw> redraws, JsonSerializerOptions options)
    {
        var buffer = Interlocked.Exchange(ref spareBuffer, null) ?? new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            Write(buffer, redraws, options);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= SpareBufferLimit) spareBuffer = buffer;
        }
    }

    private static void Write(System.Buffers.ArrayBufferWriter<byte> buffer, IReadOnlyList<Redraw> redraws, JsonSerializerOptions options)
    {
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder }))
        {
            writer.WriteStartArray();
            foreach (var redraw in redraws)
            {
                writer.WriteStartObject();
                writer.WriteString("id", redraw.Id);
                writer.WriteStartArray("data");
                foreach (var trace in redraw.Data) JsonSerializer.Serialize(writer, trace, trace.GetType(), options);
                writer.WriteEndArray();
                writer.WritePropertyName("layout");
                JsonSerializer.Serialize(writer, redraw.Layout, options);
                writer.WritePropertyName("config");
                JsonSerializer.Serialize(writer, redraw.Config, options);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
    }
}
