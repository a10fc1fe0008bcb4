using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Articles;

/// <summary>
/// The fact contract's words in the UI language: kinds and targets from the shared strings, the other enums from
/// FactsStrings under "EnumName_word" keys ("Qualifier_at_least"); the contract word itself when no translation exists.
/// </summary>
public sealed class FactWords(IStringLocalizer<SharedStrings> shared, IStringLocalizer<FactsStrings> facts)
{
    public string Kind(FactKind kind) => shared.Kind(kind);

    public string Target(FactTarget target) => shared.Target(target);

    public string Word<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var word = FactFilterQuery.Word(value);
        var localized = facts[$"{typeof(TEnum).Name}_{word}"];
        return localized.ResourceNotFound ? word.Replace('_', ' ') : localized.Value;
    }

    /// <summary>A unit word of the contract ("person", "strike") in the UI language; currency codes as they are.</summary>
    public string Unit(string unit)
    {
        var localized = facts[DisplayText.NameKey("Unit", unit)];
        return localized.ResourceNotFound ? unit : localized.Value;
    }

    public string Governorate(string governorate) => shared.Governorate(governorate);

    /// <summary>One line naming a fact, for tooltips and screen readers: "Killed: 7 (exact) · 22/06/2020".</summary>
    public string Summary(FactRow fact)
    {
        var culture = CultureInfo.CurrentCulture;
        var summary = $"{Kind(fact.Kind)}: {FactDisplay.Value(fact, culture)} ({Word(fact.Qualifier)})";
        var date = FactDisplay.DateRange(fact.DateStart, fact.DateEnd, culture);
        return date.Length == 0 ? summary : $"{summary} · {date}";
    }
}
