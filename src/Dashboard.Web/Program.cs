using Dashboard.Data;
using Dashboard.Web;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Localization;

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
