using System.Globalization;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components;

public partial class App
{
    [Inject] public required IStringLocalizer<SharedStrings> Loc { get; set; }

    private static string LanguageTag => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static string Direction => DashboardCultures.IsRightToLeft(CultureInfo.CurrentUICulture) ? "rtl" : "ltr";
}
