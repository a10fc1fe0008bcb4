namespace Dashboard.Data;

/// <summary>
/// The checkout an app runs from: the folder holding <c>Dashboard.sln</c> above a start folder. The web app and the CLI
/// find their shared database, the seed articles and the site's files there when they run from source or a build output.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The checkout above the application's own folder, or null when it runs away from one (published).</summary>
    public static string? OfApp { get; } = Above(AppContext.BaseDirectory);

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Dashboard.sln, or null.</summary>
    public static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln"))) return folder.FullName;
        }
        return null;
    }
}
