using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Filters;

/// <summary>
/// A one-line account of a filter in the UI language ("Kinds: Killed; Outlets: Alsumaria; From: 2017-01-01"), for chart
/// titles and so for the images downloaded from them. Dates stay ISO: unambiguous in both languages.
/// </summary>
public static class FilterDescription
{
    /// <summary>What separates the items of a list in the UI language: the Arabic comma in Arabic.</summary>
    public static string ListSeparator => DashboardCultures.IsRightToLeft(CultureInfo.CurrentUICulture) ? "، " : ", ";

    /// <summary>
    /// An outlet of a filter by name: "(no outlet)" for <see cref="FactFilter.NoOutlet"/>, and for an id the store does
    /// not know (an old link, an outlet since merged) a name that says so rather than a bare number.
    /// </summary>
    public static string OutletName(int id, Func<int, string?> outletName, IStringLocalizer<SharedStrings> loc) =>
        id == FactFilter.NoOutlet ? loc.Series(SeriesLabels.NoOutlet)
        : outletName(id) ?? loc[nameof(SharedStrings.UnknownOutletId), id.ToString(CultureInfo.InvariantCulture)];

    public static string Describe(FactFilter filter, Func<int, string?> outletName, IStringLocalizer<SharedStrings> loc)
    {
        var rightToLeft = DashboardCultures.IsRightToLeft(CultureInfo.CurrentUICulture);
        var (between, within) = (rightToLeft ? "؛ " : "; ", ListSeparator);
        var parts = new List<string>();
        void Add(string label, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0) parts.Add($"{label}: {string.Join(within, list)}");
        }

        if (filter.DateBy != DateField.Event) Add(loc[nameof(SharedStrings.DateBy)], [loc[nameof(SharedStrings.DateByPublished)]]);
        if (filter.From is { } from) Add(loc[nameof(SharedStrings.From)], [IsoDate(from)]);
        if (filter.To is { } to) Add(loc[nameof(SharedStrings.To)], [IsoDate(to)]);
        Add(loc[nameof(SharedStrings.Outlets)], filter.OutletIds.Select(id => OutletName(id, outletName, loc)));
        Add(loc[nameof(SharedStrings.Claimants)], filter.Claimants.Select(loc.Series));
        Add(loc[nameof(SharedStrings.Kinds)], filter.Kinds.Select(loc.Kind));
        Add(loc[nameof(SharedStrings.Governorates)], filter.Governorates.Select(loc.Governorate));
        Add(loc[nameof(SharedStrings.Targets)], filter.Targets.Select(loc.Target));
        if (!filter.IncludeVague) parts.Add(loc[nameof(SharedStrings.VagueLeftOut)]);
        return string.Join(between, parts);
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
