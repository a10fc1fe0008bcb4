using Dashboard.Data;
using Dashboard.Web;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Localization;
using Dashboard.Web.Scripts;

// Before the host starts its threads: the arenas they would add are capped (the runtime's own are made already).
NativeHeap.LimitArenas();
var builder = WebServiceCollectionExtensions.CreateDashboardBuilder(args);
builder.AddDashboardWeb();

var app = builder.Build();

// Migrations and seeds before serving; articles an older extractor stored are read again while the app serves.
var reextraction = await DatabaseInitializer.PrepareAsync(app.Services);

var warmUp = StartupWarmUp.Start(app);
BackgroundReextraction.Start(app, reextraction, warmUp);

app.UseRequestLocalization();
// The packages' and the framework's assets (MudBlazor, blazor.web.js: 0.9 MB) gzip-compressed at build time, sent
// compressed to browsers that accept it; the site's own few files from the web root. plotly.js goes through
// MapPlotlyScript (below), made from the package's bundle at start-up.
app.MapStaticAssets();
// Revalidated on every load (a 304 while unchanged): a browser left to guess from the file's age could pair a new
// build's page with the old chart script for days.
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
app.UseAntiforgery();

app.MapCultureEndpoint();
app.MapPlotlyScript();
app.MapDashboardApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
