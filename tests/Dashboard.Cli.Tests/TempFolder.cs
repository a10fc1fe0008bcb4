using Microsoft.Data.Sqlite;

namespace Dashboard.Cli.Tests;

/// <summary>A temporary folder holding the database and input files of one test; deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dashboard-cli-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Database => System.IO.Path.Combine(Path, "dashboard.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Subfolder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    public void Dispose()
    {
        // Release this database's pooled connections (only: other tests run meanwhile) so the folder can go.
        SqliteConnection.ClearPool(new SqliteConnection(Dashboard.Data.Sqlite.SqliteTuning.PrepareConnectionString($"Data Source={Database}")));
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner if something still holds a file.
        }
    }
}

/// <summary>Runs the CLI in-process and keeps what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => System.IO.Path.Combine(Root, "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "*.txt").Single();

    private static string FindRoot() =>
        Dashboard.Data.RepositoryRoot.OfApp ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
}
