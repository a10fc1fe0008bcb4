using Dashboard.Data.Snapshot;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The narrow forms the snapshot keeps its columns in read back what was stored.</summary>
public sealed class SnapshotColumnTests
{
    // 16,777,217 is the first whole number single precision cannot hold; 0.1 and 123,456,789.25 it rounds too.
    public static TheoryData<double> Values => [0, 1, 7.5, 16_777_216, 16_777_217, 0.1, 123_456_789.25, 1_200_000_000, 1e300, -3];

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_value_reads_back_exactly(double value)
    {
        var column = new ExactValues(4);

        column[2] = value;

        Assert.Equal(value, column[2]);
        Assert.Equal(0, column[1]);
    }

    [Fact]
    public void Only_values_single_precision_would_round_are_kept_beside_the_column()
    {
        var column = new ExactValues(8);
        column[0] = 12;
        column[1] = 1_200_000_000;
        column[2] = 16_777_217;
        column[3] = 0.1;

        Assert.Equal(2, column.FullPrecisionCount);
    }

    [Fact]
    public void A_grown_copy_keeps_the_rows_it_copies_and_not_the_rest()
    {
        var column = new ExactValues(4);
        column[0] = 16_777_217;
        column[1] = 5;
        column[3] = 0.1; // past the rows copied: a later snapshot's row the copy rewrites
        var larger = new ExactValues(16);

        column.CopyTo(larger, 2);
        larger[3] = 4;

        Assert.Equal(16_777_217, larger[0]);
        Assert.Equal(5, larger[1]);
        Assert.Equal(4, larger[3]);
        Assert.Equal(1, larger.FullPrecisionCount);
        // The column copied from still reads its own rows.
        Assert.Equal(0.1, column[3]);
    }

    [Fact]
    public void The_month_table_gives_each_days_month_and_works_out_days_beyond_it()
    {
        var first = DayNumbers.Of(new DateOnly(1990, 1, 31));
        var last = DayNumbers.Of(new DateOnly(2024, 3, 1));
        var lookup = MonthLookup.Over([0, last, first, 0], 4);

        Assert.Equal((1990 * 12, 2024 * 12 + 2), (lookup.First, lookup.Last));
        for (var day = first - 40; day <= last + 400; day += 13) Assert.Equal(DayNumbers.MonthOf(day), lookup.Of(day));
        Assert.Equal(-1, lookup.Of(0));
        // Five centuries apart: the table covers the first 359 years, the rest is worked out.
        var far = DayNumbers.Of(new DateOnly(2450, 7, 9));
        var wide = MonthLookup.Over([first, far], 2);
        Assert.Equal(2450 * 12 + 6, wide.Of(far));
        Assert.Equal(DayNumbers.MonthOf(far - 100), wide.Of(far - 100));
        Assert.Equal(1990 * 12, wide.Of(first));
    }

    [Fact]
    public void No_dated_fact_gives_no_months()
    {
        var lookup = MonthLookup.Over([0, 0, 5], 2);

        Assert.Equal((0, -1), (lookup.First, lookup.Last));
    }

    [Fact]
    public void Precision_and_a_stored_end_share_one_byte()
    {
        var table = new FactTable(2);
        table.DatePrecisionAndEnd[0] = FactTable.DateForm((byte)DatePrecision.Unknown, hasEnd: true);
        table.DatePrecisionAndEnd[1] = FactTable.DateForm((byte)DatePrecision.Range, hasEnd: false);

        Assert.Equal((DatePrecision.Unknown, true), (table.DatePrecisionOf(0), table.HasDateEnd(0)));
        Assert.Equal((DatePrecision.Range, false), (table.DatePrecisionOf(1), table.HasDateEnd(1)));
    }

    [Fact]
    public void A_narrow_code_column_holds_two_bytes_of_codes_and_refuses_more()
    {
        var column = new CodeColumn(4, wide: false);
        column[0] = CodeColumn.NarrowMax;
        column[1] = 7;

        Assert.Equal((CodeColumn.NarrowMax, 7, 0), (column[0], column[1], column[2]));
        Assert.Throws<OverflowException>(() => column[2] = CodeColumn.NarrowMax + 1);
    }

    [Fact]
    public void A_table_widened_for_a_larger_code_keeps_its_rows()
    {
        var table = new FactTable(4);
        table.Attribution[0] = 40_000;
        table.Governorate[0] = 3;
        table.Min[0] = 16_777_217;
        table.Kind[1] = 2;
        table.Attribution[1] = 12;

        var wide = table.WithWideCodes(2);
        wide.Attribution[2] = 70_000;

        Assert.True(wide.WideCodes && wide.Attribution.IsWide && wide.Unit.IsWide);
        Assert.Equal((40_000, 3, 16_777_217d), (wide.Attribution[0], wide.Governorate[0], wide.Min[0]));
        Assert.Equal((2, 12, 70_000), (wide.Kind[1], wide.Attribution[1], wide.Attribution[2]));
        Assert.Same(wide, wide.WithWideCodes(3));
        Assert.True(wide.WithRoomFor(100, 3).WideCodes);
        Assert.False(table.WithRoomFor(100, 2).WideCodes);
    }

    [Fact]
    public void Number_codes_give_each_distinct_value_one_code_and_read_it_back()
    {
        var codes = new NumberCodes();

        Assert.Equal([0, 1, 0, 2], new[] { codes.Encode(0.87), codes.Encode(0.5), codes.Encode(0.87), codes.Encode(0.875) });
        var copy = codes.Copy();
        copy.Encode(0.1);
        Assert.Equal([0.87, 0.5, 0.875], codes.Values());
        Assert.Equal([0.87, 0.5, 0.875, 0.1], copy.Values());
    }

    [Fact]
    public void Span_ends_read_back_whether_counted_from_the_start_or_kept_in_full()
    {
        var starts = new int[8];
        var ends = new DayEnds(starts);
        var start = DayNumbers.Of(new DateOnly(2018, 3, 1));
        (starts[0], starts[1], starts[2], starts[3], starts[4]) = (start, start, start, start, 0);
        ends[0] = start;                    // no end of its own: the start
        ends[1] = start + 500;              // a span
        ends[2] = start - 3;                // an end before its start (as stored, however wrong)
        ends[3] = start + 70_000;           // more than 179 years
        ends[4] = start;                    // an end without a start
        ends[5] = 0;                        // neither

        Assert.Equal([start, start + 500, start - 3, start + 70_000, start, 0], Enumerable.Range(0, 6).Select(row => ends[row]));
        Assert.Equal(3, ends.InFullCount);

        var largerStarts = new int[16];
        Array.Copy(starts, largerStarts, 8);
        var larger = new DayEnds(largerStarts);
        ends.CopyTo(larger, 4);
        Assert.Equal([start, start + 500, start - 3, start + 70_000, 0], Enumerable.Range(0, 5).Select(row => larger[row]));
        Assert.Equal(2, larger.InFullCount);
    }
}
