namespace Dashboard.Browser.Tests;

/// <summary>Folders of the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/artifacts (git-ignored): screenshots of the pages the tests visit.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "tests", "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Debug or Release, whichever built these tests, so the app under test matches.</summary>
    public static string Configuration { get; } =
        Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))) is { Length: > 0 } name ? name : "Debug";

    public static string WebAppAssembly =>
        Path.Combine(Root, "src", "Dashboard.Web", "bin", Configuration, "net10.0", "Dashboard.Web.dll");

    private static string FindRoot() =>
        Dashboard.Data.RepositoryRoot.OfApp ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
}
