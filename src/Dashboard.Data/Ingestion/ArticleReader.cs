using System.Globalization;
using System.Text.Json;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// One article read from an input, or why it could not be read. <see cref="Embedded"/> holds what a JSON record
/// states about itself; <see cref="DocumentTitle"/> is the title of a web page.
/// </summary>
public sealed record ReadArticle(string Name, string? Text, ArticleMetadata Embedded, string? DocumentTitle, string? Error)
{
    public bool Succeeded => Text != null;

    public static ReadArticle Fail(string name, string error) => new(name, null, ArticleMetadata.None, null, error);
}

/// <summary>
/// Reads inputs into article texts, the same way for the CLI, the web upload and start-up seeding: size limit, any
/// supported encoding, web pages reduced to their article, JSON article records (one object or an array).
/// </summary>
public static class ArticleReader
{
    public static bool IsJson(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsHtml(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Extensions picked up when a folder is ingested.</summary>
    public static bool IsArticleFile(string path) =>
        !MetadataFiles.IsMetadataFile(path)
        && (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsHtml(path) || IsJson(path));

    /// <summary>Reads a source, refusing it when larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<IReadOnlyList<ReadArticle>> ReadAsync(IngestSource source, long maxBytes, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            if (source.Length is { } length && length > maxBytes) return [ReadArticle.Fail(source.Name, TooLarge(length, maxBytes))];
            await using var stream = await source.Open(ct);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes) return [ReadArticle.Fail(source.Name, TooLarge(null, maxBytes))];
            }
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadArticle.Fail(source.Name, $"cannot read the file: {ex.Message}")];
        }
        return Read(source.Name, bytes);
    }

    /// <summary>Reads bytes already in memory; the name decides between text, HTML and JSON records.</summary>
    public static IReadOnlyList<ReadArticle> Read(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Succeeded) return [ReadArticle.Fail(name, decoded.Error!)];
        var text = decoded.Text!;

        if (IsJson(name)) return ReadJsonRecords(name, text);
        if (IsHtml(name) || HtmlText.LooksLikeHtml(text)) return [FromHtml(name, text, ArticleMetadata.None)];
        return [new ReadArticle(name, text, ArticleMetadata.None, null, null)];
    }

    private static ReadArticle FromHtml(string name, string html, ArticleMetadata embedded)
    {
        var page = HtmlText.Extract(html);
        return string.IsNullOrWhiteSpace(page.Text)
            ? ReadArticle.Fail(name, "no article text found in the HTML")
            : new ReadArticle(name, page.Text, embedded, page.Title, null);
    }

    private static IReadOnlyList<ReadArticle> ReadJsonRecords(string name, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return [ReadArticle.Fail(name, $"malformed JSON: {ex.Message}")];
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return [ReadJsonRecord(name, root)];
                case JsonValueKind.Array:
                    var records = root.EnumerateArray()
                        .Select((record, i) => ReadJsonRecord(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]"), record))
                        .ToList();
                    return records.Count > 0 ? records : [ReadArticle.Fail(name, "the JSON array holds no article records")];
                default:
                    return [ReadArticle.Fail(name, "malformed JSON: expected an article record object or an array of them")];
            }
        }
    }

    private static ReadArticle ReadJsonRecord(string name, JsonElement record)
    {
        try
        {
            if (record.ValueKind != JsonValueKind.Object) return ReadArticle.Fail(name, "malformed JSON record: expected an object with a 'text' field");
            var metadata = ArticleMetadata.Read(record, "JSON record");
            var text = ArticleMetadata.ReadString(record, "text", "JSON record");
            if (text == null) return ReadArticle.Fail(name, "malformed JSON record: 'text' is missing or empty");
            return HtmlText.LooksLikeHtml(text) ? FromHtml(name, text, metadata) : new ReadArticle(name, text, metadata, null, null);
        }
        catch (InvalidDataException ex)
        {
            return ReadArticle.Fail(name, "malformed JSON record: " + ex.Message);
        }
    }

    private static string TooLarge(long? length, long maxBytes) =>
        length is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"too large: {l:N0} bytes (the limit is {maxBytes:N0})")
            : string.Create(CultureInfo.InvariantCulture, $"too large: more than {maxBytes:N0} bytes (the limit)");
}
