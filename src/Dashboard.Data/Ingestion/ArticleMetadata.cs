using System.Globalization;
using System.Text.Json;

namespace Dashboard.Data.Ingestion;

/// <summary>What one source (options, sidecar, manifest entry, JSON record) says about an article; null = says nothing.</summary>
public sealed record ArticleMetadata(string? Outlet, string? Url, DateOnly? Published, string? Title)
{
    public static ArticleMetadata None { get; } = new(null, null, null, null);

    public static ArticleMetadata From(IngestOptions options) => new(Blank(options.Outlet), Blank(options.Url), options.Published, Blank(options.Title));

    /// <summary>Field by field, this source wins where it says something; <paramref name="fallback"/> fills the rest.</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) => new(
        Outlet ?? fallback.Outlet,
        Url ?? fallback.Url,
        Published ?? fallback.Published,
        Title ?? fallback.Title);

    /// <summary>
    /// Reads the metadata fields of a JSON object (outlet, url, published, title). A present but malformed field is an
    /// error, never a silent null: a wrong date would mis-resolve every relative date of the article.
    /// </summary>
    public static ArticleMetadata Read(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: expected a JSON object.");
        return new ArticleMetadata(
            ReadString(element, "outlet", where),
            ReadString(element, "url", where),
            ReadDate(element, "published", where),
            ReadString(element, "title", where));
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal static string? ReadString(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new InvalidDataException($"{where}: '{name}' must be a string.");
        return Blank(value.GetString());
    }

    private static DateOnly? ReadDate(JsonElement element, string name, string where)
    {
        var text = ReadString(element, name, where);
        if (text == null) return null;
        return TryParseDate(text, out var date)
            ? date
            : throw new InvalidDataException($"{where}: '{name}' must be a date as YYYY-MM-DD, not '{text}'.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
