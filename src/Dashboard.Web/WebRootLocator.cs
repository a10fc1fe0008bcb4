namespace Dashboard.Web;

/// <summary>Finds the repository's top-level wwwroot whether the app runs from source, the build output or a test.</summary>
public static class WebRootLocator
{
    /// <summary>
    /// The wwwroot next to Dashboard.sln above one of <paramref name="startFolders"/>; null when the command line or the
    /// environment names a web root itself (the host then uses that one).
    /// </summary>
    public static string? FindOrDefault(string[] args, params string[] startFolders)
    {
        var explicitlyGiven = args.Any(a => a.StartsWith("--webroot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_WEBROOT"));
        return explicitlyGiven ? null : Find(startFolders);
    }

    public static string Find(params string[] startFolders)
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
        throw new DirectoryNotFoundException(
            $"Could not find the web root (a 'wwwroot' folder next to Dashboard.sln) above {string.Join(" or ", startFolders)}; pass --webroot <folder>.");
    }
}
