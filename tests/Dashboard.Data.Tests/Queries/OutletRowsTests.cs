using Dashboard.Data.Snapshot;

namespace Dashboard.Data.Tests.Queries;

public class OutletRowsTests
{
    // Row r is a fact of article ArticleIds[r], filed under outlet ArticleOutlets[article]; 0 is "no outlet". The
    // rows' outlets: 2, 0, 1, 2, 3, 1, 2, 0, 3, 99 (rows 0 and 3 share an article).
    private static readonly int[] ArticleIds = [5, 1, 3, 5, 4, 3, 6, 2, 4, 7];
    private static readonly int[] ArticleOutlets = [0, 0, 0, 1, 3, 2, 2, 99];

    private static List<int> Rows(CandidateRows rows) => [.. Enumerable.Range(0, rows.Count).Select(k => rows[k])];

    private static bool[] Chosen(int length, params int[] outlets)
    {
        var chosen = new bool[length];
        foreach (var outlet in outlets) chosen[outlet] = true;
        return chosen;
    }

    [Fact]
    public void One_outlet_gives_its_rows_in_row_order()
    {
        var byOutlet = OutletRows.Of(ArticleIds, ArticleOutlets, ArticleIds.Length);

        Assert.Equal([0, 3, 6], Rows(byOutlet.Of(Chosen(4, 2))));
        Assert.Equal([2, 5], Rows(byOutlet.Of(Chosen(4, 1))));
    }

    [Fact]
    public void Several_outlets_give_their_rows_merged_back_into_row_order()
    {
        var byOutlet = OutletRows.Of(ArticleIds, ArticleOutlets, ArticleIds.Length);

        Assert.Equal([0, 2, 3, 4, 5, 6, 8], Rows(byOutlet.Of(Chosen(4, 1, 2, 3))));
        Assert.Equal([4, 8, 9], Rows(byOutlet.Of(Chosen(100, 3, 99))));
        // Four outlets and "no outlet" (0): five runs, merged over three rounds.
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], Rows(byOutlet.Of(Chosen(100, 0, 1, 2, 3, 99))));
    }

    [Fact]
    public void Only_the_snapshots_rows_count_and_unknown_outlets_give_none()
    {
        // The column has room past the snapshot's rows; those rows belong to a later snapshot.
        var byOutlet = OutletRows.Of(ArticleIds, ArticleOutlets, 5);

        Assert.Equal([0, 3], Rows(byOutlet.Of(Chosen(4, 2))));
        Assert.Empty(Rows(byOutlet.Of(Chosen(100, 99))));
        Assert.Empty(Rows(byOutlet.Of(Chosen(500, 400))));
        Assert.Empty(Rows(byOutlet.Of(new bool[4])));
    }

    [Fact]
    public void Rows_appended_since_the_count_are_found_as_if_counted()
    {
        // Counted over a long store of the same ten rows repeated, then a few rows appended (an eighth at most).
        const int counted = 80;
        var articleIds = Enumerable.Range(0, 100).Select(r => ArticleIds[r % ArticleIds.Length]).ToArray();
        var byOutlet = OutletRows.Of(articleIds, ArticleOutlets, counted).Extended(articleIds, ArticleOutlets, counted + 10);
        var recounted = OutletRows.Of(articleIds, ArticleOutlets, counted + 10);

        Assert.Equal(counted, byOutlet.Counted);
        foreach (var outlets in new[] { Chosen(4, 2), Chosen(4, 1, 2, 3), Chosen(100, 0, 1, 2, 3, 99), Chosen(100, 99), Chosen(4) })
        {
            Assert.Equal(Rows(recounted.Of(outlets)), Rows(byOutlet.Of(outlets)));
        }
        Assert.Equal([82, 85], Rows(byOutlet.Of(Chosen(4, 1))).Skip(16));
    }

    [Fact]
    public void More_than_an_eighth_appended_are_counted_again()
    {
        var articleIds = Enumerable.Range(0, 100).Select(r => ArticleIds[r % ArticleIds.Length]).ToArray();
        var counted = OutletRows.Of(articleIds, ArticleOutlets, 80);

        Assert.Equal(80, counted.Extended(articleIds, ArticleOutlets, 90).Counted);
        Assert.Equal(91, counted.Extended(articleIds, ArticleOutlets, 91).Counted);
        Assert.Equal(100, counted.Extended(articleIds, ArticleOutlets, 100).Counted);
        Assert.Equal(Rows(OutletRows.Of(articleIds, ArticleOutlets, 100).Of(Chosen(100, 2, 99))),
            Rows(counted.Extended(articleIds, ArticleOutlets, 100).Of(Chosen(100, 2, 99))));
    }

    [Fact]
    public void All_rows_are_every_row_up_to_the_count()
    {
        Assert.Equal([0, 1, 2], Rows(CandidateRows.All(3)));
    }
}
