using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Scripts;

/// <summary>
/// plotly.js as the pages load it: the Plotly.Blazor package's bundle with the functions the overview's first load runs
/// wrapped in parentheses. Chromium's V8 compiles a function written as <c>(function …)</c> while the file streams in, on
/// another thread, where it would otherwise compile it on the page's one thread the first time it is called: about a
/// third of a second of a first load on a two-core machine (docs/benchmarks.md, "Browser timing"). Nothing else
/// changes: other browsers run the same code. Which functions: <c>dashboard bench plotly-plan</c> records them in
/// Chromium and writes <c>PlotlyCompilePlan.json</c> for the one bundle it names by its SHA-256; any other bundle (a
/// package upgrade before the plan is recorded again) is sent as it is.
/// </summary>
public sealed class PlotlyScript(IWebHostEnvironment environment, ILogger<PlotlyScript> logger)
{
    /// <summary>Where pages load plotly.js from (the overview preloads it; chart-redraw.js names it too).</summary>
    public const string Url = "scripts/plotly-basic-3.7.0.min.js";

    /// <summary>The package's bundle, under the web root (its static web assets).</summary>
    public const string PackageBundle = "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js";

    private const string PlanResource = "PlotlyCompilePlan.json";

    private readonly Lazy<Content?> content = new(() => Build(environment, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The script gzip-compressed (375 KB; what every browser asks for: a client that does not accept gzip gets it
    /// decompressed as it is sent), the tag a browser revalidates its copy with, and how many functions were wrapped.
    /// </summary>
    internal sealed record Content(byte[] Gzip, string ETag, int Wrapped)
    {
        public Stream OpenPlain() => new GZipStream(new MemoryStream(Gzip, writable: false), CompressionMode.Decompress);
    }

    /// <summary>The functions to write as <c>(function …)</c>: start and end offsets (UTF-16) in the bundle's text.</summary>
    internal sealed record CompilePlan(string? Bundle, string? Sha256, int Length, int[][]? Wrap);

    /// <summary>Made once, at start-up or on the first request (reading, wrapping and compressing 1.1 MB); null when it cannot be read.</summary>
    internal Content? Prepared => content.Value;

    /// <summary>Sends the script: 304 when the browser's copy is current, gzip when the browser accepts it.</summary>
    public IResult Send(HttpContext context)
    {
        if (Prepared is not { } script) return Results.NotFound();
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = script.ETag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        var tag = new EntityTagHeaderValue(script.ETag);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(known => known.Compare(tag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        if (!AcceptsGzip(context.Request.Headers.AcceptEncoding)) return Results.Stream(script.OpenPlain(), "text/javascript; charset=utf-8");
        response.Headers.ContentEncoding = "gzip";
        return Results.Bytes(script.Gzip, "text/javascript; charset=utf-8");
    }

    private static bool AcceptsGzip(StringValues acceptEncoding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
        && codings.Any(coding => coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (coding.Quality ?? 1) > 0);

    private static Content? Build(IWebHostEnvironment environment, ILogger logger)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(PackageBundle);
        if (!file.Exists)
        {
            logger.LogError("{Bundle} is not among the web root's files: pages cannot draw charts", PackageBundle);
            return null;
        }
        var bundle = new byte[file.Length];
        try
        {
            using var stream = file.CreateReadStream();
            stream.ReadExactly(bundle);
        }
        catch (IOException ex)
        {
            // Made once: an exception would be kept and thrown at every request, and would stop the start-up warm-up.
            logger.LogError(ex, "{Bundle} could not be read: pages cannot draw charts", PackageBundle);
            return null;
        }
        var content = Build(bundle, ReadPlan());
        if (content.Wrapped == 0)
        {
            logger.LogWarning("{Bundle} is not the bundle PlotlyCompilePlan.json was recorded for (run `dashboard bench plotly-plan`): it is sent as it is, and a first load compiles its functions on the page's thread",
                PackageBundle);
        }
        return content;
    }

    /// <summary>The bundle with the plan's functions in parentheses when the plan is for this bundle, else as it is.</summary>
    internal static Content Build(byte[] bundle, CompilePlan? plan)
    {
        // A plan read from JSON may lack its spans; one recorded for another bundle would wrap the wrong text.
        var length = Encoding.UTF8.GetCharCount(bundle);
        var spans = plan is { Wrap: { } wrap } && plan.Sha256 == Convert.ToHexStringLower(SHA256.HashData(bundle)) && plan.Length == length
            && wrap.All(span => span is [var start, var end] && 0 <= start && start <= end && end <= length) ? wrap : null;
        var plain = spans is null ? bundle : Wrap(bundle, spans);
        using var gzip = new MemoryStream();
        using (var compressor = new GZipStream(gzip, CompressionLevel.SmallestSize, leaveOpen: true)) compressor.Write(plain);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(plain))[..16]}\"";
        return new Content(gzip.ToArray(), etag, spans?.Length ?? 0);
    }

    internal static CompilePlan? ReadPlan()
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(PlanResource);
        return stream is null ? null : JsonSerializer.Deserialize<CompilePlan>(stream, JsonSerializerOptions.Web);
    }

    /// <summary>
    /// Writes each (start, end) span of the UTF-8 <paramref name="text"/> in parentheses, the offsets counted in UTF-16
    /// code units as V8 reports them (the bundle is worked on as bytes: no 2 MB string copies at start-up). Spans nest or
    /// follow one another; where one ends and another starts at the same offset, the first is closed before the second
    /// is opened.
    /// </summary>
    internal static byte[] Wrap(byte[] text, IReadOnlyCollection<int[]> spans)
    {
        var opens = spans.Select(span => span[0]).Order().ToArray();
        var closes = spans.Select(span => span[1]).Order().ToArray();
        var result = new byte[text.Length + opens.Length + closes.Length];
        int o = 0, c = 0, written = 0, unit = 0;
        for (var at = 0; ; )
        {
            while (c < closes.Length && closes[c] == unit) { result[written++] = (byte)')'; c++; }
            while (o < opens.Length && opens[o] == unit) { result[written++] = (byte)'('; o++; }
            if (at >= text.Length) break;
            // A character's bytes: one below 0x80, else as many as its lead byte says; four make two UTF-16 units.
            var lead = text[at];
            var bytes = Math.Min(lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, text.Length - at);
            Array.Copy(text, at, result, written, bytes);
            (at, written, unit) = (at + bytes, written + bytes, unit + (bytes == 4 ? 2 : 1));
        }
        return result;
    }
}

internal static class PlotlyScriptEndpoint
{
    public static IEndpointConventionBuilder MapPlotlyScript(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/" + PlotlyScript.Url, (HttpContext context, PlotlyScript script) => script.Send(context))
            .ExcludeFromDescription();
}
