using System.Text;
using System.Text.Json;
using Dashboard.Data.Ingestion;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Bench;

/// <summary>What a corpus run wrote.</summary>
public sealed record CorpusSummary(string Folder, int Articles, int PlantedFacts, long Bytes, string ManifestPath, string PlantedPath);

/// <summary>
/// Writes a generated corpus as an ingestible folder: one UTF-8 text file per article and a <c>manifest.json</c>
/// ({file, outlet, url, published, title}). The planted figures go to <c>planted.jsonl</c> (JSON Lines): a folder
/// ingest picks up only .txt, .html and .json files, so the answer key is never stored as an article.
/// </summary>
public static class CorpusWriter
{
    public const string PlantedFileName = "planted.jsonl";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<CorpusSummary> WriteAsync(string folder, int articles, int seed, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        Directory.CreateDirectory(folder);
        var generator = new CorpusGenerator(seed);
        var manifestPath = Path.Combine(folder, MetadataFiles.ManifestFileName);
        var plantedPath = Path.Combine(folder, PlantedFileName);
        long bytes = 0;
        var planted = 0;

        // The manifest gets its name only when complete: an interrupted run leaves no folder that looks finished.
        var partialManifest = manifestPath + ".partial";
        await using (var manifestStream = File.Create(partialManifest))
        await using (var plantedStream = File.Create(plantedPath))
        await using (var manifest = new Utf8JsonWriter(manifestStream, new JsonWriterOptions { Indented = true, Encoder = ContractJson.Compact.Encoder }))
        await using (var plantedLines = new StreamWriter(plantedStream, Utf8) { NewLine = "\n" })
        {
            manifest.WriteStartArray();

            // Generation is CPU work and independent per article: do it in parallel chunks, write in index order.
            const int chunkSize = 512;
            for (var start = 0; start < articles; start += chunkSize)
            {
                ct.ThrowIfCancellationRequested();
                var count = Math.Min(chunkSize, articles - start);
                var chunk = new GeneratedArticle[count];
                Parallel.For(0, count, new ParallelOptions { CancellationToken = ct }, i => chunk[i] = generator.Generate(start + i));
                foreach (var article in chunk)
                {
                    var content = Utf8.GetBytes(article.Text);
                    await File.WriteAllBytesAsync(Path.Combine(folder, article.File), content, ct);
                    bytes += content.Length;
                    planted += article.Facts.Count;
                    WriteManifestEntry(manifest, article);
                    await plantedLines.WriteLineAsync(JsonSerializer.Serialize(PlantedRecord.From(article), ContractJson.Compact));
                }
                await manifest.FlushAsync(ct);
            }
            manifest.WriteEndArray();
        }
        File.Move(partialManifest, manifestPath, overwrite: true);
        return new CorpusSummary(folder, articles, planted, bytes, manifestPath, plantedPath);
    }

    public static async Task<IReadOnlyList<PlantedRecord>> ReadPlantedAsync(string path, CancellationToken ct = default)
    {
        var records = new List<PlantedRecord>();
        foreach (var line in await File.ReadAllLinesAsync(path, ct))
        {
            if (line.Length == 0) continue;
            records.Add(JsonSerializer.Deserialize<PlantedRecord>(line, ContractJson.Compact)
                ?? throw new InvalidDataException($"{path}: an empty record."));
        }
        return records;
    }

    private static void WriteManifestEntry(Utf8JsonWriter manifest, GeneratedArticle article)
    {
        manifest.WriteStartObject();
        manifest.WriteString("file", article.File);
        manifest.WriteString("outlet", article.Outlet);
        manifest.WriteString("url", article.Url);
        manifest.WriteString("published", article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        manifest.WriteString("title", article.Title);
        manifest.WriteEndObject();
    }
}

/// <summary>A line of <c>planted.jsonl</c>: an article's file and the figures planted in it.</summary>
public sealed record PlantedRecord(string File, string Published, string Governorate, IReadOnlyList<PlantedValue> Facts)
{
    public static PlantedRecord From(GeneratedArticle article) => new(
        article.File,
        article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        article.Governorate,
        article.Facts.Select(f => new PlantedValue(f.Kind, f.Min, f.Max, f.Qualifier, f.Form, f.Sentence)).ToList());
}

public sealed record PlantedValue(FactKind Kind, double Min, double Max, Qualifier Qualifier, NumberForm Form, string Sentence);
