using Dashboard.Data;

namespace Dashboard.Data.Tests;

public sealed class RepositoryRootTests
{
    [Fact]
    public void The_nearest_folder_holding_Dashboard_sln_above_a_start_folder()
    {
        var top = Path.Combine(Path.GetTempPath(), "dashboard-root-" + Guid.NewGuid().ToString("N"));
        var inner = Path.Combine(top, "checkout");
        var deep = Path.Combine(inner, "src", "App", "bin");
        Directory.CreateDirectory(deep);
        try
        {
            Assert.Null(RepositoryRoot.Above(deep));
            File.WriteAllText(Path.Combine(top, "Dashboard.sln"), "");
            Assert.Equal(top, RepositoryRoot.Above(deep));
            File.WriteAllText(Path.Combine(inner, "Dashboard.sln"), "");
            Assert.Equal(inner, RepositoryRoot.Above(deep));
            Assert.Equal(inner, RepositoryRoot.Above(inner));
        }
        finally
        {
            Directory.Delete(top, recursive: true);
        }
    }

    [Fact]
    public void The_app_built_in_a_checkout_finds_it()
    {
        // (The seed folder found from it: SeedIngestionTests.)
        var root = RepositoryRoot.OfApp;
        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "Dashboard.sln")));
    }
}
