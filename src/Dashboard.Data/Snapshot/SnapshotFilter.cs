using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// A <see cref="FactFilter"/> turned into tests on a snapshot's columns, with exactly the meaning
/// <see cref="FactFilterExpressions"/> gives it in SQL (same NULL handling, same date-span overlap).
/// </summary>
internal sealed class SnapshotFilter
{
    private readonly bool _eventDates;
    private readonly bool _publishedDates;
    private readonly int _from;
    private readonly int _to;
    private readonly bool[]? _outlets;
    private readonly bool[]? _attributions;
    private readonly bool[]? _kinds;
    private readonly bool[]? _governorates;
    private readonly bool[]? _targets;
    private readonly bool _excludeVague;
    private readonly bool[]? _dead;
    // A fact's outlet and publication date are its article's.
    private readonly ArticleTable _articles;

    public SnapshotFilter(FactFilter filter, StoreSnapshot snapshot)
    {
        _dead = snapshot.DeadFactRows;
        _articles = snapshot.Articles;
        var hasDates = filter.From is not null || filter.To is not null;
        _eventDates = hasDates && filter.DateBy == DateField.Event;
        _publishedDates = hasDates && filter.DateBy == DateField.Published;
        _from = filter.From is { } from ? DayNumbers.Of(from) : int.MinValue;
        _to = filter.To is { } to ? DayNumbers.Of(to) : int.MaxValue;

        if (filter.OutletIds.Count > 0)
        {
            _outlets = new bool[snapshot.MaxOutletId + 1];
            foreach (var id in filter.OutletIds)
            {
                // 0 is both FactFilter.NoOutlet and the columns' value for no outlet.
                if (id >= 0 && id < _outlets.Length) _outlets[id] = true;
            }
        }
        if (filter.Claimants.Count > 0) _attributions = Codes(filter.Claimants, snapshot.Attributions, SeriesLabels.Unattributed);
        if (filter.Governorates.Count > 0) _governorates = Codes(filter.Governorates, snapshot.Governorates, SeriesLabels.UnknownPlace);
        if (filter.Kinds.Count > 0)
        {
            _kinds = new bool[Enum.GetValues<FactKind>().Length];
            foreach (var kind in filter.Kinds) _kinds[(int)kind] = true;
        }
        if (filter.Targets.Count > 0)
        {
            // Stored as the value plus one; 0 (no target) never matches.
            _targets = new bool[Enum.GetValues<FactTarget>().Length + 1];
            foreach (var target in filter.Targets) _targets[(int)target + 1] = true;
        }
        _excludeVague = !filter.IncludeVague;
        HasFactConditions = FactFilterExpressions.HasFactConditions(filter);
    }

    /// <summary>
    /// The rows that can match, ascending: those of the outlets the filter names, else every row. Each row visited must
    /// still pass <see cref="Matches"/>.
    /// </summary>
    public CandidateRows Candidates(StoreSnapshot snapshot) =>
        _outlets is null ? CandidateRows.All(snapshot.FactCount) : snapshot.RowsByOutlet.Of(_outlets);

    /// <summary>Whether an article can satisfy the filter only through its facts (see <see cref="FactFilterExpressions.HasFactConditions"/>).</summary>
    public bool HasFactConditions { get; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Matches(FactTable facts, int row)
    {
        // Rows of an article changed since they were read: its current rows come later in the table.
        if (_dead is not null && row < _dead.Length && _dead[row]) return false;
        if (_eventDates)
        {
            var start = facts.DateStart[row];
            if (start == 0 || start > _to || facts.DateEndOrStart[row] < _from) return false;
        }
        else if (_publishedDates)
        {
            var published = _articles.PublishedOn[facts.ArticleId[row]];
            if (published == 0 || published < _from || published > _to) return false;
        }
        if (_outlets is not null && !In(_outlets, _articles.OutletId[facts.ArticleId[row]])) return false;
        if (_kinds is not null && !_kinds[facts.Kind[row]]) return false;
        if (_attributions is not null && !In(_attributions, facts.Attribution[row])) return false;
        if (_governorates is not null && !In(_governorates, facts.Governorate[row])) return false;
        if (_targets is not null && !In(_targets, facts.Target[row])) return false;
        if (_excludeVague)
        {
            var qualifier = (Qualifier)facts.Qualifier[row];
            if (qualifier is Qualifier.Vague or Qualifier.Approximate) return false;
        }
        return true;
    }

    /// <summary>The article-level part of the filter (outlet, publication date), as the articles list applies it.</summary>
    public bool ArticleMatches(ArticleTable articles, int id)
    {
        if (!articles.Exists[id]) return false;
        if (_outlets is not null && !In(_outlets, articles.OutletId[id])) return false;
        if (_publishedDates)
        {
            var published = articles.PublishedOn[id];
            if (published == 0 || published < _from || published > _to) return false;
        }
        return true;
    }

    /// <summary>The timeline's test of a dated mention's own span (event dates only; publication dates go through the article).</summary>
    public bool MentionDatesMatch(MentionTable mentions, int row) =>
        !_eventDates || (mentions.DateStart[row] <= _to && mentions.DateEndOrStart[row] >= _from);

    // Codes beyond the array (values first seen after it was built) are not in the filter.
    private static bool In(bool[] codes, int code) => code < codes.Length && codes[code];

    /// <summary>The codes of the values; <paramref name="noValueLabel"/> (a chart's name for NULL) selects NULL, code 0.</summary>
    private static bool[] Codes(IReadOnlyList<string> values, TextCodes codes, string noValueLabel)
    {
        var selected = new bool[codes.Count];
        foreach (var value in values)
        {
            if (value == noValueLabel) selected[0] = true;
            if (codes.TryGetCode(value, out var code)) selected[code] = true;
        }
        return selected;
    }
}
