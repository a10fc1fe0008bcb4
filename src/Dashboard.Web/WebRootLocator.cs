using Dashboard.Data;

namespace Dashboard.Web;

/// <summary>
/// Finds the repository's top-level wwwroot whether the app runs from source, the build output or a test, and the
/// wwwroot a publish folder carries (see Dashboard.Web.csproj) when it runs away from the repository.
/// </summary>
public static class WebRootLocator
{
    /// <summary>
    /// The published wwwroot in <paramref name="appFolder"/> (a published app serves the files it was published with,
    /// even when started inside a checkout), else the wwwroot next to Dashboard.sln above the current directory or the
    /// app's folder.
    /// </summary>
    public static string Find(string appFolder, string currentDirectory) =>
        Published(appFolder) ?? TryFind([currentDirectory, appFolder]) ?? throw new DirectoryNotFoundException(
            $"Could not find the web root (a 'wwwroot' folder next to Dashboard.sln, or a published one) above {currentDirectory} or {appFolder}; " +
            "pass --webroot <folder>.");

    /// <summary>The wwwroot of a publish folder, when it holds the site's own files.</summary>
    private static string? Published(string appFolder)
    {
        var candidate = Path.Combine(appFolder, "wwwroot");
        return File.Exists(Path.Combine(candidate, "css", "app.css")) ? candidate : null;
    }

    private static string? TryFind(string[] startFolders) =>
        startFolders.Select(RepositoryRoot.Above).OfType<string>().Select(root => Path.Combine(root, "wwwroot")).FirstOrDefault(Directory.Exists);
}
