using System.Globalization;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Queries;

/// <summary>A short caption for a fact on the timeline: "killed 20–99 person (cumulative)".</summary>
public static class FactCaption
{
    public static string Describe(FactKind kind, double min, double max, string unit, FactScope scope)
    {
        var value = min.Equals(max)
            ? min.ToString("0.##", CultureInfo.InvariantCulture)
            : $"{min.ToString("0.##", CultureInfo.InvariantCulture)}–{max.ToString("0.##", CultureInfo.InvariantCulture)}";
        var caption = $"{FactFilterQuery.Word(kind)} {value} {unit}";
        return scope == FactScope.Cumulative ? caption + " (cumulative)" : caption;
    }
}
