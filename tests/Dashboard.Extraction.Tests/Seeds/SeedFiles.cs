using System.Text.Json.Nodes;

namespace Dashboard.Extraction.Tests.Seeds;

/// <summary>The seed articles of the repository and their hand-checked gold facts.</summary>
public static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    public static JsonObject Gold() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.json")))!.AsObject();

    /// <summary>Publication dates the seeds' own date lines give (the others carry none).</summary>
    public static DateOnly? Published(string file) => file.StartsWith("004_", StringComparison.Ordinal) ? new DateOnly(2020, 6, 23) : null;

    public static string Read(string file) => File.ReadAllText(Path.Combine(SeedsDirectory, file));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder above the test output holds Dashboard.sln.");
    }
}
