namespace Dashboard.Web;

/// <summary>
/// Finds the repository's top-level wwwroot whether the app runs from source, the build output or a test, and the
/// wwwroot a publish folder carries (see Dashboard.Web.csproj) when it runs away from the repository.
/// </summary>
public static class WebRootLocator
{
    /// <summary>
    /// The published wwwroot in <paramref name="appFolder"/>, else the wwwroot next to Dashboard.sln above one of
    /// <paramref name="startFolders"/>; null when the command line or the environment names a web root itself (the host
    /// then uses that one).
    /// </summary>
    public static string? FindOrDefault(string[] args, string appFolder, params string[] startFolders)
    {
        var explicitlyGiven = args.Any(a => a.StartsWith("--webroot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_WEBROOT"));
        if (explicitlyGiven) return null;
        // A published app serves the files it was published with, even when started inside a checkout.
        return Published(appFolder) ?? TryFind(startFolders) ?? Find(startFolders);
    }

    /// <summary>The wwwroot of a publish folder, when it holds the site's own files.</summary>
    public static string? Published(string appFolder)
    {
        var candidate = Path.Combine(appFolder, "wwwroot");
        return File.Exists(Path.Combine(candidate, "css", "app.css")) ? candidate : null;
    }

    public static string Find(params string[] startFolders) =>
        TryFind(startFolders) ?? throw new DirectoryNotFoundException(
            $"Could not find the web root (a 'wwwroot' folder next to Dashboard.sln, or a published one) above {string.Join(" or ", startFolders)}; " +
            "pass --webroot <folder>.");

    private static string? TryFind(string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "wwwroot");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
