namespace Dashboard.Web.Tests.Hosting;

public sealed class IdleTrimPolicyTests
{
    private const long MB = 1L << 20;

    [Fact]
    public void A_quiet_spell_after_work_trims_once()
    {
        var policy = new IdleTrimPolicy(allocatedAtStart: 0);

        Assert.False(policy.ShouldTrim(100 * MB)); // busy: 100 MB since the last check
        Assert.True(policy.ShouldTrim(100 * MB + 1)); // quiet now, after 100 MB of work
        policy.Trimmed(100 * MB + 2);

        Assert.False(policy.ShouldTrim(100 * MB + 3)); // still quiet, but nothing new to give back
        Assert.False(policy.ShouldTrim(101 * MB));
    }

    [Fact]
    public void A_busy_server_is_not_paused()
    {
        var policy = new IdleTrimPolicy(0);
        var allocated = 0L;
        for (var check = 0; check < 20; check++)
        {
            allocated += 10 * MB;
            Assert.False(policy.ShouldTrim(allocated));
        }
    }

    [Fact]
    public void Little_work_is_not_worth_a_full_collection()
    {
        var policy = new IdleTrimPolicy(0);

        Assert.False(policy.ShouldTrim(IdleTrimPolicy.WorkBytes / 2));
        Assert.False(policy.ShouldTrim(IdleTrimPolicy.WorkBytes / 2 + 1));
    }

    [Fact]
    public void Work_after_a_trim_earns_the_next_one()
    {
        var policy = new IdleTrimPolicy(0);
        Assert.False(policy.ShouldTrim(80 * MB));
        Assert.True(policy.ShouldTrim(80 * MB));
        policy.Trimmed(80 * MB);

        Assert.False(policy.ShouldTrim(160 * MB));
        Assert.True(policy.ShouldTrim(160 * MB + 1));
    }

    [Fact]
    public void Large_objects_are_moved_only_for_holes_worth_the_moment_of_extra_memory()
    {
        Assert.False(IdleTrimPolicy.WorthMovingLargeObjects(0));
        Assert.False(IdleTrimPolicy.WorthMovingLargeObjects(3L << 20));
        Assert.True(IdleTrimPolicy.WorthMovingLargeObjects(IdleTrimPolicy.LargeObjectHolesWorthMoving));
        Assert.True(IdleTrimPolicy.WorthMovingLargeObjects(40L << 20));
    }
}
