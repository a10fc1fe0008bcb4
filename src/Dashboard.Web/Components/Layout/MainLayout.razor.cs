using System.Globalization;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Layout;

public partial class MainLayout
{
    private static readonly MudTheme DashboardTheme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#37474f", Secondary = "#b71c1c", AppbarBackground = "#263238" },
        Typography = new Typography
        {
            // System fonts only: no request may leave the machine, and Noto covers Arabic.
            Default = new DefaultTypography { FontFamily = ["system-ui", "Noto Sans", "Noto Sans Arabic", "Segoe UI", "Tahoma", "sans-serif"] },
        },
    };

    private bool drawerOpen = true;

    [Inject] public required IStringLocalizer<SharedStrings> Loc { get; set; }
    [Inject] public required IJSRuntime JS { get; set; }

    /// <summary>Marks the page once the circuit runs, so tests (and scripts) know clicks are handled.</summary>
    public const string InteractiveAttribute = "data-interactive";

    private static MudTheme Theme => DashboardTheme;

    /// <summary>The circuit runs in the culture the cookie chose, so the layout follows it.</summary>
    private static bool RightToLeft => DashboardCultures.IsRightToLeft(CultureInfo.CurrentUICulture);

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Runs only in the interactive render, never while prerendering.
        if (firstRender) await JS.InvokeVoidAsync("document.documentElement.setAttribute", InteractiveAttribute, "true");
    }
}
