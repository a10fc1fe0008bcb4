using Dashboard.Data.Queries;
using System.Globalization;
using Dashboard.Extraction.Model;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Localization;

/// <summary>Names of contract words in the UI language, and numbers and dates in the UI culture (ar-IQ or en).</summary>
public static class DisplayText
{
    public static string Kind(this IStringLocalizer<SharedStrings> loc, FactKind kind) => loc[kind switch
    {
        FactKind.Killed => nameof(SharedStrings.KindKilled),
        FactKind.Wounded => nameof(SharedStrings.KindWounded),
        FactKind.Arrested => nameof(SharedStrings.KindArrested),
        FactKind.Abducted => nameof(SharedStrings.KindAbducted),
        FactKind.Strikes => nameof(SharedStrings.KindStrikes),
        FactKind.Operations => nameof(SharedStrings.KindOperations),
        FactKind.Funding => nameof(SharedStrings.KindFunding),
        FactKind.MilitantStrength => nameof(SharedStrings.KindMilitantStrength),
        FactKind.Seized => nameof(SharedStrings.KindSeized),
        FactKind.Displaced => nameof(SharedStrings.KindDisplaced),
        _ => nameof(SharedStrings.KindOther),
    }];

    public static string Target(this IStringLocalizer<SharedStrings> loc, FactTarget target) => loc[target switch
    {
        FactTarget.Militants => nameof(SharedStrings.TargetMilitants),
        FactTarget.SecurityForces => nameof(SharedStrings.TargetSecurityForces),
        FactTarget.Civilians => nameof(SharedStrings.TargetCivilians),
        FactTarget.Mixed => nameof(SharedStrings.TargetMixed),
        _ => nameof(SharedStrings.TargetUnknown),
    }];

    /// <summary>A series or source name, with the data layer's names for a missing key in the UI language.</summary>
    public static string Series(this IStringLocalizer<SharedStrings> loc, string series) => series switch
    {
        SeriesLabels.NoOutlet => loc[nameof(SharedStrings.SeriesNoOutlet)],
        SeriesLabels.Unattributed => loc[nameof(SharedStrings.SeriesUnattributed)],
        SeriesLabels.UnknownPlace => loc[nameof(SharedStrings.SeriesUnknownPlace)],
        _ => series,
    };

    /// <summary>A governorate (the gazetteer's English name) in the UI language; the charts' name for none as <see cref="Series"/> gives it.</summary>
    public static string Governorate(this IStringLocalizer<SharedStrings> loc, string name)
    {
        if (name == SeriesLabels.UnknownPlace) return loc.Series(name);
        var localized = loc[NameKey("Governorate", name)];
        return localized.ResourceNotFound ? name : localized.Value;
    }

    /// <summary>The resource key of a data value: "Governorate_Salah_al_Din" for "Salah al-Din".</summary>
    public static string NameKey(string prefix, string value) =>
        $"{prefix}_{string.Concat(value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'))}";

    // A tenth is worth showing on small figures (2.5 km); on thousands and more it is only the noise of adding up
    // decimal amounts (716.3 billion + …). The choice is made on the rounded value, so 999.96 reads 1,000.
    public static string Number(double value)
    {
        var tenths = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return value.ToString(tenths == Math.Floor(tenths) || Math.Abs(tenths) >= 1000 ? "N0" : "N1", CultureInfo.CurrentCulture);
    }

    /// <summary>"12" when both ends read the same, otherwise "12–15".</summary>
    public static string Range(double min, double max)
    {
        var (low, high) = (Number(min), Number(max));
        return low == high ? low : $"{low}–{high}";
    }

    private static readonly (double Scale, string Key)[] Scales =
    [
        (1e12, nameof(OverviewStrings.ScaleTrillion)), (1e9, nameof(OverviewStrings.ScaleBillion)), (1e6, nameof(OverviewStrings.ScaleMillion)),
    ];

    /// <summary>
    /// A card's range at a glance: in millions, billions or trillions with one decimal, both ends on the scale of the
    /// larger ("19.6–20.6 trillion"). Exact when rounding would mislead (below a million, or when the smaller end would
    /// read 0); "≈" when the two ends round to the same figure. The exact range goes in the card's tooltip.
    /// </summary>
    public static string CompactRange(this IStringLocalizer<OverviewStrings> loc, double min, double max)
    {
        var exact = LeftToRight(Range(min, max));
        var top = Math.Max(Math.Abs(min), Math.Abs(max));
        // The largest scale under which the rounded figure is at least 1 (999,999,999 is 1 billion, not 1,000 million).
        var index = Array.FindIndex(Scales, s => Math.Round(top / s.Scale, 1, MidpointRounding.AwayFromZero) >= 1);
        if (index < 0 || top < 1e6) return exact;
        var (scale, key) = Scales[index];
        string Scaled(double v, int decimals) => Math.Round(v / scale, decimals, MidpointRounding.AwayFromZero)
            .ToString("#,0." + new string('#', decimals), CultureInfo.CurrentCulture);
        // One decimal, more when fewer would hide a range (2,400,000–2,420,000 is 2.4–2.42 million, not 2.4).
        var decimals = 1;
        while (min != max && decimals < 3 && Scaled(min, decimals) == Scaled(max, decimals)) decimals++;
        var (low, high) = (Scaled(min, decimals), Scaled(max, decimals));
        if (min != 0 && Math.Round(min / scale, decimals, MidpointRounding.AwayFromZero) == 0) return exact;
        // Ends a thousandth apart read as one figure, marked as rounded: «≈2.001 trillion» (the tooltip has both).
        var figures = low != high ? $"{low}–{high}" : min != max ? "≈" + low : low;
        return loc[key, LeftToRight(figures)];
    }

    // A range keeps its left-to-right order inside Arabic text («20–99 مليون» must not read 99–20): a Unicode
    // left-to-right isolate around it, so the words around it still follow the page's direction.
    private const char LeftToRightIsolate = '\u2066', PopIsolate = '\u2069';

    private static string LeftToRight(string figures) => $"{LeftToRightIsolate}{figures}{PopIsolate}";

    /// <summary>The text as read, without the isolates <see cref="CompactRange"/> puts around figures.</summary>
    public static string WithoutIsolates(string text) => text.Replace(LeftToRightIsolate.ToString(), "").Replace(PopIsolate.ToString(), "");

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMM yyyy", CultureInfo.CurrentCulture) : "—";

    public static string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMM yyyy", CultureInfo.CurrentCulture);
}
