using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>Small, readable query results for component tests.</summary>
public static class SampleData
{
    public static IReadOnlyList<MonthlyPoint> Monthly { get; } =
    [
        new(2017, 3, FactKind.Killed, "Alsumaria", 1, 10, 12, 2),
        new(2017, 1, FactKind.Killed, "Alsumaria", 1, 5, 5, 1),
        new(2017, 1, FactKind.Killed, "Shafaq", 2, 7, 9, 1),
        new(2017, 2, FactKind.Arrested, "Shafaq", 2, 3, 3, 1),
    ];

    public static OverviewCards Cards { get; } = new(
        5, 2, 14,
        [new KindTotal(FactKind.Killed, 22, 26, 4), new KindTotal(FactKind.Arrested, 3, 3, 1)],
        [new CurrencyTotal("USD", 1_000_000, 1_000_000, 1)],
        new DateOnly(2017, 1, 4), new DateOnly(2017, 3, 30));

    public static SourceBreakdown BySource { get; } = new(
        [new SourcePoint("Alsumaria", 1, FactKind.Killed, 15, 17, 3), new SourcePoint("Shafaq", 2, FactKind.Killed, 7, 9, 1)],
        [new SourcePoint("قيادة العمليات المشتركة", null, FactKind.Killed, 12, 12, 2)]);

    public static IReadOnlyList<ClaimSpan> Claims { get; } =
    [
        new(41, FactKind.Killed, 1200, 1200, Qualifier.Exact, new DateOnly(2017, 1, 1), new DateOnly(2017, 6, 30), "وزارة الدفاع", "Alsumaria", "قتل 1200 إرهابي منذ بداية العام"),
        new(42, FactKind.Killed, 1500, 1700, Qualifier.Range, new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), "التحالف الدولي", "Shafaq", "ما بين 1500 و1700"),
    ];

    public static void Fill(FakeDashboardQueries queries)
    {
        queries.Cards = Cards;
        queries.Monthly = Monthly;
        queries.BySource = BySource;
        queries.Claims = Claims;
        queries.Funding = [new FundingPoint(50, new DateOnly(2017, 2, 1), "الحكومة", "USD", 1_000_000, 1_000_000, Qualifier.Exact, "Alsumaria")];
        queries.Timeline = [new TimelineEvent(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 1), DatePrecision.Day, "تحرير الموصل", 3, "عنوان", "Alsumaria")];
        queries.Options = new FilterOptions(
            [new OutletRow(1, "Alsumaria", null, "alsumaria.tv", 3, 10), new OutletRow(2, "Shafaq", null, "shafaq.com", 2, 4)],
            ["وزارة الدفاع"], ["نينوى"]);
    }
}
