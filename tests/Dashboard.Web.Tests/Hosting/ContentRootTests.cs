namespace Dashboard.Web.Tests.Hosting;

/// <summary>The app reads its own settings (log levels among them) from whatever folder it is started in.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dashboard-cwd-").FullName;

    [Fact]
    public void Started_from_a_folder_without_settings_the_app_reads_its_own()
    {
        var root = WebServiceCollectionExtensions.AppContentRoot(_folder);

        Assert.Equal(AppContext.BaseDirectory, root);
        Assert.True(File.Exists(Path.Combine(root!, "appsettings.json")), "The build output holds no appsettings.json.");
    }

    [Fact]
    public void A_folder_that_holds_settings_of_its_own_keeps_them()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), "{}");

        Assert.Null(WebServiceCollectionExtensions.AppContentRoot(_folder));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/dashboard")]
    [InlineData("--contentroot")]
    [InlineData("/contentRoot")]
    public void A_content_root_on_the_command_line_is_left_to_the_host(string argument)
    {
        Assert.True(WebServiceCollectionExtensions.IsGivenToHost([argument, "/srv/dashboard"], "contentRoot"));
        Assert.False(WebServiceCollectionExtensions.IsGivenToHost([argument, "/srv/dashboard"], "webroot"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
