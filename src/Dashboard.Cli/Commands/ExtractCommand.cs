using System.CommandLine;
using System.Text.Json;
using Dashboard.Data.Ingestion;
using Dashboard.Extraction;
using Dashboard.Extraction.Metadata;
using Dashboard.Extraction.Model;

namespace Dashboard.Cli.Commands;

/// <summary><c>dashboard extract FILE…</c>: prints the facts and dates of files as one contract JSON document, storing nothing.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console) => Create(console, new ArticleExtractor());

    public static Command Create(CliConsole console, IArticleExtractor extractor)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Article files (.txt, .html, .htm, .json records; any supported encoding) or folders.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CliOptions.Published();
        var outlet = CliOptions.Outlet();
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Largest file accepted, in bytes.",
            DefaultValueFactory = _ => new IngestOptions().MaxBytes,
        };

        var command = new Command("extract", "Print the facts and dates found in files as JSON (the fact contract).")
        {
            files, published, outlet, maxBytes,
        };
        command.SetAction(async (parse, ct) =>
        {
            // Unknown options reach the FILE list; a path that does not exist and looks like an option is a typo.
            if ((parse.GetValue(files) ?? []).FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f) && !Directory.Exists(f)) is { } unknown)
            {
                await console.Error.WriteLineAsync($"extract: unknown option '{unknown}'. Run 'dashboard extract --help' for usage.");
                return Cli.UsageError;
            }
            var given = new ArticleMetadata(parse.GetValue(outlet), null, parse.GetValue(published), null);
            var document = await ExtractAsync(extractor, parse.GetValue(files) ?? [], given, parse.GetValue(maxBytes), ct);
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(document, ContractJson.Options));
            await console.Out.FlushAsync(ct);
            return document.Errors.Count > 0 ? Cli.SomeInputsFailed : Cli.Success;
        });
        return command;
    }

    internal static async Task<ExtractDocument> ExtractAsync(IArticleExtractor extractor, IEnumerable<string> paths, ArticleMetadata given, long maxBytes, CancellationToken ct)
    {
        var articles = new List<ExtractedArticle>();
        var errors = new List<ExtractError>();
        var metadataFiles = new MetadataFiles();
        foreach (var path in Expand(paths))
        {
            if (!File.Exists(path))
            {
                errors.Add(new ExtractError(path, "not found"));
                continue;
            }
            foreach (var read in await ArticleReader.ReadAsync(IngestSource.FromFile(path), maxBytes, ct))
            {
                if (!read.Succeeded)
                {
                    errors.Add(new ExtractError(read.Name, read.Error!));
                    continue;
                }
                try
                {
                    var stated = given.Over(read.Embedded).Over(metadataFiles.For(path));
                    var sniffed = TextMetadata.Sniff(read.Text!);
                    var (date, basis) = stated.Published is { } p ? (p, PublishedBasis.Given)
                        : sniffed.Published is { } t ? (t, PublishedBasis.Text)
                        : ((DateOnly?)null, PublishedBasis.None);
                    var result = extractor.Extract(read.Text!, date);
                    articles.Add(new ExtractedArticle(read.Name, stated.Outlet ?? sniffed.Outlet, date, basis, result.Facts, result.Dates));
                }
                catch (InvalidDataException ex)
                {
                    errors.Add(new ExtractError(read.Name, ex.Message));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    errors.Add(new ExtractError(read.Name, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
                }
            }
        }
        return new ExtractDocument(extractor.Version, articles, errors);
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(ArticleReader.IsArticleFile).Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (!MetadataFiles.IsMetadataFile(path))
            {
                yield return path;
            }
        }
    }
}

/// <summary>What <c>extract</c> prints; property names become the contract's snake_case fields.</summary>
internal sealed record ExtractDocument(string ExtractorVersion, IReadOnlyList<ExtractedArticle> Articles, IReadOnlyList<ExtractError> Errors);

internal sealed record ExtractedArticle(string File, string? Outlet, DateOnly? Published, PublishedBasis PublishedBasis, IReadOnlyList<Fact> Facts, IReadOnlyList<DateMention> Dates);

internal sealed record ExtractError(string File, string Reason);
