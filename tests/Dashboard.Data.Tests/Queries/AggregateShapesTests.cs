using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Queries;

public sealed class AggregateShapesTests
{
    [Theory]
    [InlineData(ValueMode.Min)]
    [InlineData(ValueMode.Max)]
    public void Ordering_within_each_month_and_kind_gives_the_full_sort(ValueMode mode)
    {
        // Points as the snapshot's totals give them: by month, kind and series code, with values that often tie and
        // names that sort otherwise than the codes.
        var random = new Random(7);
        var names = new[] { "شفق نيوز", "السومرية", "Alsumaria", "بغداد اليوم", "المدى" };
        var points = new List<MonthlyPoint>();
        for (var month = 0; month < 30; month++)
        {
            foreach (var kind in new[] { FactKind.Killed, FactKind.Wounded, FactKind.Arrested })
            {
                for (var series = 1; series <= names.Length; series++)
                {
                    if (random.Next(4) == 0) continue;
                    var min = random.Next(3);
                    points.Add(new MonthlyPoint(2018 + month / 12, month % 12 + 1, kind, names[series - 1], series, min, min + random.Next(2), 1));
                }
            }
        }

        // Two claimants of the same name: a stored value written like the label of facts without one.
        points.Add(new MonthlyPoint(2021, 1, FactKind.Killed, "(unattributed)", null, 5, 5, 1));
        points.Add(new MonthlyPoint(2021, 1, FactKind.Killed, "(unattributed)", null, 5, 9, 3));
        points.Add(new MonthlyPoint(2021, 1, FactKind.Killed, "A", null, 7, 7, 1));

        var expected = AggregateShapes.OrderMonthly(points, mode);
        var ordered = AggregateShapes.OrderMonthlyWithinRuns([.. points], mode);

        Assert.Equal(expected, ordered);
        Assert.NotEqual(points, ordered);
    }
}
