using Dashboard.Data.Queries;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Navigation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

public partial class Overview : FilteredPageBase
{
    [Inject] public required IStringLocalizer<OverviewStrings> L { get; set; }

    private string UrlFor(FactFilter filter) => DashboardUrls.Overview(filter);
}
