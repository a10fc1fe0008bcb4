using System.CommandLine;
using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Dashboard.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Commands;

/// <summary>
/// <c>dashboard export --format csv|xlsx|json --out FILE [filters] [--db FILE]</c>: writes the facts a filter selects.
/// The filter options carry the same names and values as the dashboard's URLs and the HTTP API.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv, xlsx or json.", Required = true };
        var output = new Option<string>("--out") { Description = "File to write ('-' for standard output). Written whole or not at all.", Required = true };
        var database = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: ConnectionStrings:Dashboard from appsettings.json or the environment, else data/dashboard.db)." };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD." };
        var dateBy = new Option<string?>("--date-by") { Description = "What the dates filter on: event (when it happened, default) or published." };
        var outlet = Many("--outlet", "Outlet id, or none for facts without an outlet (repeat or comma-separate for several).");
        var claimant = Many("--claimant", "Who states the figure, as stored (repeat for several).");
        var kind = Many("--kind", $"Fact kind: {string.Join(", ", Enum.GetValues<Dashboard.Extraction.Model.FactKind>().Select(k => FactFilterQuery.Word(k)))}.");
        var governorate = Many("--gov", "Governorate in English (repeat for several).");
        var target = Many("--target", "Target: militants, security_forces, civilians, mixed, unknown.");
        var vague = new Option<string?>("--vague") { Description = "false leaves out vague and approximate figures (default true)." };

        var command = new Command("export", "Write the facts a filter selects as CSV, XLSX (Facts, Articles and Filters sheets) or JSON.")
        {
            format, output, database, from, to, dateBy, outlet, claimant, kind, governorate, target, vague,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var problems = new List<string>();
            if (!ExportFormats.TryParse(parse.GetValue(format), out var exportFormat))
            {
                problems.Add($"--format must be csv, xlsx or json, not '{parse.GetValue(format)}'.");
            }
            var pairs = new List<KeyValuePair<string, string?>>
            {
                new(FactFilterQuery.From, parse.GetValue(from)),
                new(FactFilterQuery.To, parse.GetValue(to)),
                new(FactFilterQuery.DateBy, parse.GetValue(dateBy)),
                new(FactFilterQuery.Vague, parse.GetValue(vague)),
            };
            Add(pairs, FactFilterQuery.Outlet, parse.GetValue(outlet));
            Add(pairs, FactFilterQuery.Claimant, parse.GetValue(claimant));
            Add(pairs, FactFilterQuery.Kind, parse.GetValue(kind));
            Add(pairs, FactFilterQuery.Governorate, parse.GetValue(governorate));
            Add(pairs, FactFilterQuery.Target, parse.GetValue(target));
            var filter = FactFilterQuery.Parse(pairs, out var filterProblems);
            problems.AddRange(filterProblems);

            // Exporting never creates a database: an empty new one would only hide a wrong path.
            var databasePath = DatabasePath(parse.GetValue(database));
            if (databasePath is not null && !File.Exists(databasePath)) problems.Add($"No database at {databasePath}: ingest articles first or pass --db.");
            if (problems.Count > 0)
            {
                foreach (var problem in problems) await error.WriteLineAsync("export: " + problem);
                await error.WriteLineAsync("Run 'dashboard export --help' for usage.");
                return Cli.UsageError;
            }

            await using var services = await CliHost.StartAsync(parse.GetValue(database), ct);
            var queries = new DashboardQueries(services.GetRequiredService<IDbContextFactory<DashboardDbContext>>());
            var exporter = new FactExporter(queries);
            var destination = parse.GetValue(output)!;
            var summary = destination == "-"
                ? await ExportToStandardOutputAsync(exporter, filter, exportFormat, ct)
                : await ExportToFileAsync(exporter, filter, exportFormat, destination, ct);
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"exported {summary.Facts} facts{(exportFormat == ExportFormat.Xlsx ? $" from {summary.Articles} articles" : "")} to {(destination == "-" ? "standard output" : Path.GetFullPath(destination))}"
                + $" (filter: {(filter.IsEmpty ? "none" : FactFilterQuery.ToQueryString(filter))})"));
            return 0;
        });
        return command;
    }

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private static void Add(List<KeyValuePair<string, string?>> pairs, string name, string[]? values)
    {
        foreach (var value in values ?? []) pairs.Add(new(name, value));
    }

    /// <summary>The database file the configuration (appsettings.json, environment, --db) points at; null for in-memory.</summary>
    private static string? DatabasePath(FileInfo? database)
    {
        var connectionString = CliHost.Configuration(database).GetConnectionString("Dashboard") ?? SqliteTuning.DefaultConnectionString;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : Path.GetFullPath(dataSource);
    }

    // Written beside the target and moved into place at the end, so a failure never leaves half a file.
    private static async Task<ExportSummary> ExportToFileAsync(FactExporter exporter, FactFilter filter, ExportFormat format, string target, CancellationToken ct)
    {
        var fullPath = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var partial = fullPath + ".partial";
        try
        {
            ExportSummary summary;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                summary = await exporter.ExportAsync(filter, format, file, ct: ct);
            }
            File.Move(partial, fullPath, overwrite: true);
            return summary;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static async Task<ExportSummary> ExportToStandardOutputAsync(FactExporter exporter, FactFilter filter, ExportFormat format, CancellationToken ct)
    {
        await using var stdout = Console.OpenStandardOutput();
        return await exporter.ExportAsync(filter, format, stdout, ct: ct);
    }
}
