using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A page whose FactFilter comes from the URL, under the names <see cref="FactFilterQuery"/> gives them,
/// so a filtered view can be bookmarked, shared and exported as it is.
/// </summary>
public abstract class FactsQueryPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = FactFilterQuery.From)] public string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.To)] public string? ToQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.DateBy)] public string? DateByQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Outlet)] public string[]? OutletQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Claimant)] public string[]? ClaimantQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Kind)] public string[]? KindQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Governorate)] public string[]? GovernorateQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Target)] public string[]? TargetQuery { get; set; }
    [SupplyParameterFromQuery(Name = FactFilterQuery.Vague)] public string? VagueQuery { get; set; }

    /// <summary>The filter the URL describes; values it could not read are left out and listed in <see cref="FilterErrors"/>.</summary>
    protected FactFilter Filter { get; private set; } = FactFilter.None;

    protected IReadOnlyList<string> FilterErrors { get; private set; } = [];

    /// <summary>The filter as query string ("kind=killed&amp;from=…"), empty when unfiltered.</summary>
    protected string FilterQueryString => FactFilterQuery.ToQueryString(Filter);

    protected override void OnParametersSet()
    {
        Filter = FactFilterQuery.Parse(QueryPairs(), out var errors);
        FilterErrors = errors;
    }

    private IEnumerable<KeyValuePair<string, string?>> QueryPairs()
    {
        KeyValuePair<string, string?> Pair(string name, string? value) => new(name, value);
        yield return Pair(FactFilterQuery.From, FromQuery);
        yield return Pair(FactFilterQuery.To, ToQuery);
        yield return Pair(FactFilterQuery.DateBy, DateByQuery);
        yield return Pair(FactFilterQuery.Vague, VagueQuery);
        foreach (var v in OutletQuery ?? []) yield return Pair(FactFilterQuery.Outlet, v);
        foreach (var v in ClaimantQuery ?? []) yield return Pair(FactFilterQuery.Claimant, v);
        foreach (var v in KindQuery ?? []) yield return Pair(FactFilterQuery.Kind, v);
        foreach (var v in GovernorateQuery ?? []) yield return Pair(FactFilterQuery.Governorate, v);
        foreach (var v in TargetQuery ?? []) yield return Pair(FactFilterQuery.Target, v);
    }
}
