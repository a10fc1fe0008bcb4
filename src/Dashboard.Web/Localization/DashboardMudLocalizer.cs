using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Localization;

/// <summary>
/// MudBlazor's own words (pager buttons, the grid's sort and column menus, close buttons, "Select all", conversion
/// errors) in the UI language, from Resources/MudStrings.ar.resx: screen readers said "Next page" in the Arabic UI.
/// MudBlazor asks for languages other than English only, and keeps its own text for a key this does not know.
/// </summary>
internal sealed class DashboardMudLocalizer(IStringLocalizer<MudStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key] => strings[key];
}
