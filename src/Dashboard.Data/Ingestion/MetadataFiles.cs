using System.Collections.Concurrent;
using System.Text.Json;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Metadata kept beside article files: a sidecar <c>NAME.meta.json</c> (or <c>NAME.txt.meta.json</c>) per file and a
/// <c>manifest.json</c> per folder listing {file, outlet, url, published, title}. Manifests are read once per folder.
/// </summary>
public sealed class MetadataFiles
{
    public const string ManifestFileName = "manifest.json";
    public const string SidecarSuffix = ".meta.json";

    private readonly ConcurrentDictionary<string, Lazy<Manifest>> _manifests = new(StringComparer.Ordinal);

    /// <summary>Files that describe articles rather than being articles.</summary>
    public static bool IsMetadataFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(ManifestFileName, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sidecar over manifest entry; throws <see cref="InvalidDataException"/> naming the file when either is malformed.</summary>
    public ArticleMetadata For(string articlePath)
    {
        var full = Path.GetFullPath(articlePath);
        var sidecar = ReadSidecar(full);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var manifest = _manifests.GetOrAdd(folder, f => new Lazy<Manifest>(() => Manifest.Load(f))).Value;
        return sidecar.Over(manifest.EntryFor(Path.GetFileName(full)));
    }

    private static ArticleMetadata ReadSidecar(string articlePath)
    {
        string[] candidates = [articlePath + SidecarSuffix, Path.ChangeExtension(articlePath, null) + SidecarSuffix];
        var path = candidates.FirstOrDefault(File.Exists);
        if (path == null) return ArticleMetadata.None;
        var name = Path.GetFileName(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return ArticleMetadata.Read(document.RootElement, name);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: malformed JSON ({ex.Message})", ex);
        }
    }

    private sealed class Manifest
    {
        private readonly Dictionary<string, (ArticleMetadata? Metadata, string? Error)> _entries;
        private readonly string? _error;

        private Manifest(Dictionary<string, (ArticleMetadata? Metadata, string? Error)> entries, string? error)
        {
            _entries = entries;
            _error = error;
        }

        public ArticleMetadata EntryFor(string fileName)
        {
            // A broken manifest fails the files it may describe rather than letting them in without their dates.
            if (_error != null) throw new InvalidDataException(_error);
            if (!_entries.TryGetValue(fileName, out var entry)) return ArticleMetadata.None;
            return entry.Metadata ?? throw new InvalidDataException(entry.Error);
        }

        public static Manifest Load(string folder)
        {
            var path = Path.Combine(folder, ManifestFileName);
            var entries = new Dictionary<string, (ArticleMetadata?, string?)>(StringComparer.Ordinal);
            if (!File.Exists(path)) return new Manifest(entries, null);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                    return new Manifest(entries, $"{ManifestFileName}: expected a JSON array of {{file, outlet, url, published, title}}.");
                var index = 0;
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    var where = $"{ManifestFileName} entry {index++}";
                    var file = item.ValueKind == JsonValueKind.Object ? ArticleMetadata.ReadString(item, "file", where) : null;
                    if (file == null) return new Manifest(entries, $"{where}: 'file' is missing.");
                    var key = Path.GetFileName(file.Replace('\\', '/'));
                    try
                    {
                        entries[key] = (ArticleMetadata.Read(item, $"{ManifestFileName} entry for {file}"), null);
                    }
                    catch (InvalidDataException ex)
                    {
                        // Only the file with the bad entry fails; its neighbours keep their metadata.
                        entries[key] = (null, ex.Message);
                    }
                }
                return new Manifest(entries, null);
            }
            catch (JsonException ex)
            {
                return new Manifest(entries, $"{ManifestFileName}: malformed JSON ({ex.Message})");
            }
        }
    }
}
