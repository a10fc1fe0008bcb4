using Dashboard.Web.Components.Charts;

namespace Dashboard.Web.Tests.Components;

public sealed class DateViewTests
{
    // One item a month from 2014 to 2019: the bulk of a corpus about the war on ISIS.
    private static IEnumerable<(DateOnly, int)> Monthly() =>
        Enumerable.Range(0, 72).Select(m => (new DateOnly(2014, 1, 1).AddMonths(m), 1));

    [Fact]
    public void Dates_close_together_are_all_in_view()
    {
        var view = DateView.Of([.. Monthly(), (new DateOnly(2012, 6, 1), 1)]);

        Assert.Equal(new DateView(new DateOnly(2012, 6, 1), new DateOnly(2019, 12, 1), 0), view);
    }

    [Fact]
    public void A_few_dates_far_from_the_bulk_are_left_outside_and_counted()
    {
        var view = DateView.Of([(new DateOnly(1187, 7, 4), 1), .. Monthly(), (new DateOnly(2047, 1, 1), 1)]);

        Assert.Equal(new DateView(new DateOnly(2014, 1, 1), new DateOnly(2019, 12, 1), 2), view);
    }

    [Fact]
    public void Weights_count_as_that_many_items()
    {
        // A month that holds a fifth of the figures is part of the bulk however far it lies.
        var view = DateView.Of([(new DateOnly(1990, 1, 1), 20), .. Monthly()]);
        Assert.Equal(new DateOnly(1990, 1, 1), view!.Value.First);

        var light = DateView.Of([(new DateOnly(1990, 1, 1), 1), .. Monthly().Select(m => (m.Item1, 10))]);
        Assert.Equal((new DateOnly(2014, 1, 1), 1), (light!.Value.First, light.Value.Outside));
    }

    [Fact]
    public void A_handful_of_items_are_all_in_view()
    {
        var view = DateView.Of([(new DateOnly(1187, 7, 4), 1), .. Monthly().Take(20)]);

        Assert.Equal((new DateOnly(1187, 7, 4), 0), (view!.Value.First, view.Value.Outside));
    }

    [Fact]
    public void No_dates_no_view()
    {
        Assert.Null(DateView.Of([]));
        Assert.Equal(new DateView(new DateOnly(2020, 6, 23), new DateOnly(2020, 6, 23), 0), DateView.Of([(new DateOnly(2020, 6, 23), 3)]));
    }
}
