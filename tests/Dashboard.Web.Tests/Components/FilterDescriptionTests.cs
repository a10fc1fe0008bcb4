using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Dashboard.Web.Components.Filters;
using Dashboard.Web.Resources;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Components;

public sealed class FilterDescriptionTests : DashboardComponentTest
{
    private static readonly FactFilter Filter = new()
    {
        Kinds = [FactKind.Killed, FactKind.Arrested],
        OutletIds = [2],
        From = new DateOnly(2017, 1, 1),
        IncludeVague = false,
    };

    private IStringLocalizer<SharedStrings> Loc => Services.GetRequiredService<IStringLocalizer<SharedStrings>>();

    [Fact]
    public void An_english_description_names_each_filter_and_its_values()
    {
        using var _ = UseCulture("en");

        var text = FilterDescription.Describe(Filter, id => id == 2 ? "Alsumaria" : null, Loc);

        Assert.Equal("From: 2017-01-01; Outlets: Alsumaria; Kinds: Killed, Arrested; Vague and approximate figures left out", text);
    }

    [Fact]
    public void An_arabic_description_has_no_english_words_and_arabic_separators()
    {
        using var _ = UseCulture("ar-IQ");

        var text = FilterDescription.Describe(Filter, id => id == 2 ? "السومرية نيوز" : null, Loc);

        Assert.DoesNotMatch("[A-Za-z]", text);
        Assert.Contains("المصادر الإعلامية: السومرية نيوز", text, StringComparison.Ordinal);
        Assert.Contains("2017-01-01", text, StringComparison.Ordinal);
        Assert.Contains("؛ ", text, StringComparison.Ordinal);
        Assert.Contains("، ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Governorates_are_named_in_the_ui_language()
    {
        var filter = new FactFilter { Governorates = ["Salah al-Din", "Nineveh", "Atlantis"] };

        using (UseCulture("ar-IQ"))
            Assert.Equal("المحافظات: صلاح الدين، نينوى، Atlantis", FilterDescription.Describe(filter, _ => null, Loc));
        using (UseCulture("en"))
            Assert.Equal("Governorates: Salah al-Din, Nineveh, Atlantis", FilterDescription.Describe(filter, _ => null, Loc));
    }

    [Fact]
    public void No_outlet_and_an_unknown_outlet_id_are_named_not_numbered()
    {
        using var _ = UseCulture("en");
        var filter = new FactFilter { OutletIds = [FactFilter.NoOutlet, 2, 77] };

        Assert.Equal("Outlets: (no outlet), Alsumaria, outlet #77 (not in the database)",
            FilterDescription.Describe(filter, id => id == 2 ? "Alsumaria" : null, Loc));
    }

    [Fact]
    public void No_filter_describes_as_nothing()
    {
        Assert.Equal("", FilterDescription.Describe(FactFilter.None, _ => null, Loc));
    }
}
