using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Filters;

/// <summary>
/// Edits a <see cref="FactFilter"/> by navigating: every change goes to the URL <see cref="UrlFor"/> builds, so the page
/// reads its filter back from the query string, a reload keeps it and a copied link opens the same view.
/// </summary>
public partial class FilterBar
{
    private FilterOptions? options;
    private string? optionsError;

    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Loc { get; set; }

    /// <summary>The filter currently in the URL.</summary>
    [Parameter, EditorRequired] public required FactFilter Filter { get; set; }

    /// <summary>The page's URL for another filter (built by DashboardUrls, keeping the page's own parameters).</summary>
    [Parameter, EditorRequired] public required Func<FactFilter, string> UrlFor { get; set; }

    /// <summary>
    /// Told of a new filter just before the page navigates to it, so the page can start what it will load while the
    /// navigation goes to the browser and back. A plain delegate: being told must not render the page again.
    /// </summary>
    [Parameter] public Action<FactFilter>? Choosing { get; set; }

    /// <summary>Problems reading the filter from the URL, shown so the user knows what was ignored.</summary>
    [Parameter] public IReadOnlyList<string>? Errors { get; set; }

    protected override async Task OnInitializedAsync()
    {
        try
        {
            options = await Queries.GetFilterOptionsAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            optionsError = ex.Message;
        }
    }

    internal static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseIsoDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    // Selected claimants and governorates as the chips show them: a chart's name for "none" in the UI language.
    private string? SeriesName(string? value) => value is null ? null : Loc.Series(value);

    private string? GovernorateName(string? value) => value is null ? null : Loc.Governorate(value);

    private string OutletName(int id) => FilterDescription.OutletName(id, outletId => options?.Outlets.FirstOrDefault(o => o.Id == outletId)?.Name, Loc);

    private void Apply(FactFilter changed)
    {
        if (changed.Equals(Filter)) return;
        Choosing?.Invoke(changed);
        Navigation.NavigateTo(UrlFor(changed));
    }

    private void SetDateBy(DateField value) => Apply(Filter with { DateBy = value });
    private void SetFrom(string? value) => Apply(Filter with { From = ParseIsoDate(value) });
    private void SetTo(string? value) => Apply(Filter with { To = ParseIsoDate(value) });
    private void SetOutlets(IEnumerable<int>? values) => Apply(Filter with { OutletIds = [.. values ?? []] });
    private void SetKinds(IEnumerable<FactKind>? values) => Apply(Filter with { Kinds = [.. values ?? []] });
    private void SetClaimants(IEnumerable<string?>? values) => Apply(Filter with { Claimants = [.. (values ?? []).OfType<string>()] });
    private void SetGovernorates(IEnumerable<string?>? values) => Apply(Filter with { Governorates = [.. (values ?? []).OfType<string>()] });
    private void SetTargets(IEnumerable<FactTarget>? values) => Apply(Filter with { Targets = [.. values ?? []] });
    private void SetIncludeVague(bool value) => Apply(Filter with { IncludeVague = value });
    private void ClearAll() => Apply(FactFilter.None);
}
