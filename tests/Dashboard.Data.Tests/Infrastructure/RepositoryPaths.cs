namespace Dashboard.Data.Tests.Infrastructure;

/// <summary>Locates files of the repository (seeds, corpus samples) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "*.txt").Single();

    private static string FindRoot() =>
        Dashboard.Data.RepositoryRoot.OfApp ?? throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
}
