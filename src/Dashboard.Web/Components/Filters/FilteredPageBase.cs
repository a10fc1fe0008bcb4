using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Filters;

/// <summary>
/// A page whose filter lives in the URL's query string (names from <see cref="FactFilterQuery"/>).
/// <see cref="Filter"/> is read again whenever the query string changes; pages that override
/// <see cref="OnParametersSet"/> call the base first.
/// </summary>
public abstract class FilteredPageBase : ComponentBase
{
    [SupplyParameterFromQuery(Name = FactFilterQuery.From)] public string? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.To)] public string? ToParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.DateBy)] public string? DateByParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Outlet)] public string[]? OutletParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Claimant)] public string[]? ClaimantParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Kind)] public string[]? KindParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Governorate)] public string[]? GovernorateParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Target)] public string[]? TargetParameter { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Vague)] public string? VagueParameter { get; set; }

    /// <summary>The filter the URL describes; values it could not read are left out and listed in <see cref="FilterErrors"/>.</summary>
    protected FactFilter Filter { get; private set; } = FactFilter.None;

    protected IReadOnlyList<string> FilterErrors { get; private set; } = [];

    protected override void OnParametersSet()
    {
        Filter = FactFilterQuery.Parse(QueryPairs(), out var errors);
        FilterErrors = errors;
    }

    private IEnumerable<KeyValuePair<string, string?>> QueryPairs()
    {
        KeyValuePair<string, string?> One(string name, string? value) => new(name, value);
        yield return One(FactFilterQuery.From, FromParameter);
        yield return One(FactFilterQuery.To, ToParameter);
        yield return One(FactFilterQuery.DateBy, DateByParameter);
        foreach (var v in OutletParameter ?? []) yield return One(FactFilterQuery.Outlet, v);
        foreach (var v in ClaimantParameter ?? []) yield return One(FactFilterQuery.Claimant, v);
        foreach (var v in KindParameter ?? []) yield return One(FactFilterQuery.Kind, v);
        foreach (var v in GovernorateParameter ?? []) yield return One(FactFilterQuery.Governorate, v);
        foreach (var v in TargetParameter ?? []) yield return One(FactFilterQuery.Target, v);
        yield return One(FactFilterQuery.Vague, VagueParameter);
    }
}
