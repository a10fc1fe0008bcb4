using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Tests.Components;

public sealed class CompactRangeTests : DashboardComponentTest
{
    private string Compact(double min, double max) =>
        Services.GetRequiredService<IStringLocalizer<OverviewStrings>>().CompactRange(min, max).Replace("\u2066", "").Replace("\u2069", "");

    [Theory]
    [InlineData(22, 26, "22–26")]
    [InlineData(999_999, 999_999, "999,999")]
    [InlineData(2_500_000, 2_500_000, "2.5 million")]
    [InlineData(2_400_000, 2_420_000, "2.4–2.42 million")]
    [InlineData(999_999_999, 999_999_999, "1 billion")]
    [InlineData(19_570_164_834_631, 20_625_267_519_007, "19.6–20.6 trillion")]
    // A smaller end that would read 0 gives the exact range; ends that round to the same figure are marked as rounded.
    [InlineData(20_000, 3_000_000, "20,000–3,000,000")]
    [InlineData(2_400_000, 2_400_100, "≈2.4 million")]
    [InlineData(2_001_007_385_165, 2_001_015_385_224, "≈2.001 trillion")]
    public void Rounds_to_a_scale_and_says_so_where_the_ends_meet(double min, double max, string expected)
    {
        using var _ = UseCulture("en");
        Assert.Equal(expected, Compact(min, max));
    }

    [Fact]
    public void Scales_read_in_arabic()
    {
        using var _ = UseCulture("ar-IQ");
        Assert.Equal("2٫5 مليار", Compact(2_500_000_000, 2_500_000_000));
    }
}
