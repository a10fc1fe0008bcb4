namespace Dashboard.Extraction.Tests.Dates;

/// <summary>Reads the seed articles from the repository's seeds/ folder (found by walking up to Dashboard.sln).</summary>
internal static class SeedFiles
{
    public static string Read(string prefix)
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        var file = Directory.GetFiles(seeds, prefix + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Dashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
