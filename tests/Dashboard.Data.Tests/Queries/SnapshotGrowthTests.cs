using Dashboard.Data.Snapshot;

namespace Dashboard.Data.Tests.Queries;

public sealed class SnapshotGrowthTests
{
    [Fact]
    public void A_full_read_leaves_room_for_the_next_articles()
    {
        var capacity = Growth.NewCapacity(0, 1_000_000);

        Assert.InRange(capacity, 1_000_000 + 30_000, 1_000_000 + 40_000);
    }

    [Fact]
    public void A_small_table_gets_at_least_a_thousand_rows_of_room()
    {
        Assert.Equal(1_024, Growth.NewCapacity(0, 0));
        Assert.Equal(10 + 1_024, Growth.NewCapacity(0, 10));
    }

    [Fact]
    public void Full_arrays_grow_by_an_eighth_not_by_double()
    {
        var capacity = Growth.NewCapacity(1_000_000, 1_000_001);

        Assert.InRange(capacity, 1_125_000, 1_140_000);
    }

    [Fact]
    public void A_large_append_gets_what_it_needs_and_a_little_more()
    {
        var capacity = Growth.NewCapacity(1_000, 500_000);

        Assert.InRange(capacity, 500_000 + 15_000, 500_000 + 16_000);
    }
}
