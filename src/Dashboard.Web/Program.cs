using Dashboard.Data;
using Dashboard.Web;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Localization;

// Before the host starts its threads: the arenas they would add are capped (the runtime's own are made already).
NativeHeap.LimitArenas();
var builder = WebServiceCollectionExtensions.CreateDashboardBuilder(args);
builder.AddDashboardWeb();

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services);

StartupWarmUp.Start(app);

app.UseRequestLocalization();
app.UseStaticFiles();
app.UseAntiforgery();

app.MapCultureEndpoint();
app.MapDashboardApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
