using System.Globalization;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
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

    private static MudTheme Theme => DashboardTheme;

    /// <summary>The circuit runs in the culture the cookie chose, so the layout follows it.</summary>
    private static bool RightToLeft => DashboardCultures.IsRightToLeft(CultureInfo.CurrentUICulture);

    private void ToggleDrawer() => drawerOpen = !drawerOpen;
}
