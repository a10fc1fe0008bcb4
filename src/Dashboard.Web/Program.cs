using Dashboard.Data;
using Dashboard.Data.Snapshot;
using Dashboard.Web;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Localization;

var builder = WebServiceCollectionExtensions.CreateDashboardBuilder(args);
builder.AddDashboardWeb();

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services);

// Read the store into memory while the server starts, so the first overview does not wait for it (a few seconds
// at a million facts); a request that comes sooner waits for this same read.
var snapshots = app.Services.GetRequiredService<StoreSnapshotSource>();
_ = Task.Run(async () =>
{
    try
    {
        await snapshots.WarmAsync(app.Lifetime.ApplicationStopping);
    }
    catch (Exception ex) when (ex is not OperationCanceledException)
    {
        app.Logger.LogWarning(ex, "Could not read the store into memory at start-up; the first request will try again");
    }
});

app.UseRequestLocalization();
app.UseStaticFiles();
app.UseAntiforgery();

app.MapCultureEndpoint();
app.MapDashboardApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
