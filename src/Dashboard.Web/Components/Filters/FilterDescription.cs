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
        Add(loc[nameof(SharedStrings.Outlets)], filter.OutletIds.Select(id => outletName(id) ?? id.ToString(CultureInfo.InvariantCulture)));
        Add(loc[nameof(SharedStrings.Claimants)], filter.Claimants.Select(loc.Series));
        Add(loc[nameof(SharedStrings.Kinds)], filter.Kinds.Select(loc.Kind));
        Add(loc[nameof(SharedStrings.Governorates)], filter.Governorates.Select(loc.Governorate));
        Add(loc[nameof(SharedStrings.Targets)], filter.Targets.Select(loc.Target));
        if (!filter.IncludeVague) parts.Add(loc[nameof(SharedStrings.VagueLeftOut)]);
        return string.Join(between, parts);
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
