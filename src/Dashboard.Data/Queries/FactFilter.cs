using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>Which date a date range filters on.</summary>
public enum DateField { Event, Published }

/// <summary>
/// The filters every chart, card, table, export and API call share. Empty lists mean "all".
/// Its text form (query string) lives in <see cref="FactFilterQuery"/>, the one place that names the parameters.
/// </summary>
public sealed record FactFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DateField DateBy { get; init; } = DateField.Event;
    /// <summary>Outlet ids; <see cref="NoOutlet"/> among them selects the facts and articles filed under no outlet.</summary>
    public IReadOnlyList<int> OutletIds { get; init; } = [];
    public IReadOnlyList<string> Claimants { get; init; } = [];
    public IReadOnlyList<FactKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> Governorates { get; init; } = [];
    public IReadOnlyList<FactTarget> Targets { get; init; } = [];
    /// <summary>When false, vague (عشرات) and approximate (نحو) figures are left out.</summary>
    public bool IncludeVague { get; init; } = true;

    public static FactFilter None { get; } = new();

    /// <summary>In <see cref="OutletIds"/>: no outlet (written "none" in URLs), the charts' "(no outlet)".</summary>
    public const int NoOutlet = 0;

    /// <summary>The outlet ids as the store keeps them: NULL for <see cref="NoOutlet"/>.</summary>
    public IReadOnlyList<int?> StoredOutletIds() => [.. OutletIds.Select(id => id == NoOutlet ? (int?)null : id)];

    public bool IsEmpty => this == None || (From is null && To is null && DateBy == DateField.Event && OutletIds.Count == 0
        && Claimants.Count == 0 && Kinds.Count == 0 && Governorates.Count == 0 && Targets.Count == 0 && IncludeVague);

    // Records compare lists by reference; filters compare by content so URL round trips are equal.
    public bool Equals(FactFilter? other) =>
        other is not null && From == other.From && To == other.To && DateBy == other.DateBy && IncludeVague == other.IncludeVague
        && OutletIds.SequenceEqual(other.OutletIds) && Claimants.SequenceEqual(other.Claimants) && Kinds.SequenceEqual(other.Kinds)
        && Governorates.SequenceEqual(other.Governorates) && Targets.SequenceEqual(other.Targets);

    public override int GetHashCode() => HashCode.Combine(From, To, DateBy, IncludeVague, OutletIds.Count, Kinds.Count);
}
