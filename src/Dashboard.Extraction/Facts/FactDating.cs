using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Facts;

/// <summary>
/// The date of a fact from the date mentions of its sentence: the nearest one (a period for a cumulative total);
/// without one, the publication date stands in.
/// </summary>
internal sealed class FactDating(IReadOnlyList<DateMention> mentions, DateOnly? published, string text)
{
    public readonly record struct Dating(DateOnly? Start, DateOnly? End, DatePrecision Precision, DateBasis Basis)
    {
        /// <summary>
        /// «بين الأول من كانون الثاني/يناير و30 حزيران/يونيو»: two days named as the ends of a period more than a week long.
        /// (Not a season or the end of a year: «الصيف الماضي», «نهاية العام» may date one event.)
        /// </summary>
        public bool IsPeriodBetween { get; init; }
    }

    public Dating Find(TextSpan sentence, TextSpan figure, FactScope scope, FactKind kind)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in mentions)
        {
            if (candidate.Span.Start < sentence.Start || candidate.Span.End > sentence.End || candidate.Span.Overlaps(figure)) continue;
            if ((HasHappened(kind) ? Past(candidate) : candidate) is not { } mention) continue;
            // «يوم دام هو الأكثر دموية في غزة منذ 2014 قتل فيه 61»: «منذ» starts a period, which one event is not.
            if (scope == FactScope.Incident && Since(mention.Text)) continue;
            var distance = mention.Span.Start >= figure.End ? mention.Span.Start - figure.End : figure.Start - mention.Span.End;
            if (scope == FactScope.Cumulative && mention.DatePrecision is DatePrecision.Year or DatePrecision.Range or DatePrecision.Month) distance /= 4;
            if (distance < bestDistance) { best = mention; bestDistance = distance; }
        }
        if (best is not null)
        {
            // A total dated by a day runs from it when «منذ» says so («منذ 18 شباط»: to publication), else up to it
            // («بلغت الحصيلة أمس 300»: its start is not told); it is no single day's toll. (A month or a year is the
            // period itself: «خلال شهر يناير».)
            if (scope == FactScope.Cumulative && Between(best, sentence) is { } period) return period;
            if (scope == FactScope.Cumulative && best.DatePrecision == DatePrecision.Day && best.DateStart is { } from)
                return Opens(best, sentence) && published is { } until && until >= from
                    ? new Dating(from, until, DatePrecision.Range, best.DateBasis)
                    : new Dating(null, best.DateEnd, DatePrecision.Unknown, best.DateBasis);
            // «منذ كانون الثاني الماضي», «منذ 2014»: from the start of that month or year to publication, not that month alone.
            if (scope == FactScope.Cumulative && Opens(best, sentence) && best.DateStart is { } start && published is { } end && end >= start)
                return new Dating(start, end, DatePrecision.Range, best.DateBasis);
            return new Dating(best.DateStart, best.DateEnd, best.DatePrecision, best.DateBasis)
            {
                IsPeriodBetween = best is { DatePrecision: DatePrecision.Range, DateStart: { } first, DateEnd: { } last }
                                  && last.DayNumber - first.DayNumber > 7 && StartsWithBetween(best.Text) && !RankedBefore(best, sentence),
            };
        }
        if (published is not { } day) return new Dating(null, null, DatePrecision.Unknown, DateBasis.None);
        // A total with no period named ends at publication; its start is not told.
        return scope == FactScope.Cumulative
            ? new Dating(null, day, DatePrecision.Unknown, DateBasis.Publication)
            : new Dating(day, day, DatePrecision.Day, DateBasis.Publication);
    }

    /// <summary>Kinds that count what has happened (money may be pledged for years ahead, «other» may be anything).</summary>
    private static bool HasHappened(FactKind kind) => kind is not (FactKind.Funding or FactKind.Other or FactKind.MilitantStrength);

    /// <summary>
    /// A killing, an arrest or a strike the text reports has happened, so a date after publication is not when: it dates
    /// something else («الانتخابات المقررة في 20 تشرين الأول، وبعد أسبوع من مقتل 25»، «أغلق المطار حتى 26 آب»), and the
    /// figure takes the next mention or the publication date. (A chronology's entries, «7 أيلول/سبتمبر: غارات …», are
    /// already read as past by the date parser.)
    /// </summary>
    private DateMention? Past(DateMention mention) =>
        published is { } day && mention.DateStart is { } start && start > day ? null : mention;

    /// <summary>«بين 1 يناير و30 يونيو»: the two days a total lies between, when its nearest mention is one of them.</summary>
    private Dating? Between(DateMention best, TextSpan sentence)
    {
        foreach (var other in mentions)
        {
            if (ReferenceEquals(other, best) || other.Span.Start < sentence.Start || other.Span.End > sentence.End) continue;
            var (first, last) = other.Span.Start < best.Span.Start ? (other, best) : (best, other);
            if (first.DateStart is not { } from || last.DateEnd is not { } until) continue;
            // A first day without a year put in the nearest one may fall after the second: «بين 1 يناير و30 يونيو» in July.
            if (from > until && first.DateBasis == DateBasis.Relative) from = from.AddYears(-1);
            if (from > until) continue;
            var joined = text.AsSpan(first.Span.End, Math.Max(0, last.Span.Start - first.Span.End)).Trim();
            var before = text.AsSpan(sentence.Start, first.Span.Start - sentence.Start).TrimEnd();
            if (joined.SequenceEqual("و") && (before.EndsWith("بين", StringComparison.Ordinal) || first.Text.StartsWith("بين", StringComparison.Ordinal)))
                return new Dating(from, until, DatePrecision.Range, first.DateBasis);
        }
        return null;
    }

    /// <summary>«هو الأعنف في المحافظة بين 1 كانون الثاني و30 نيسان»: a period an event is ranked in, not a total over it.</summary>
    private bool RankedBefore(DateMention mention, TextSpan sentence)
    {
        var from = Math.Max(sentence.Start, mention.Span.Start - 40);
        var before = text.AsSpan(from, mention.Span.Start - from);
        foreach (var rank in Ranks)
            if (before.Contains(rank, StringComparison.Ordinal)) return true;
        return false;
    }

    // Looked for inside the words, so «أعنف» finds «الأعنف» too.
    private static readonly string[] Ranks = ["أعنف", "أسوأ", "أكبر", "الأكثر", "الأشد", "الأخطر"];

    private static bool StartsWithBetween(string mention) =>
        mention.StartsWith("بين", StringComparison.Ordinal) || mention.StartsWith("ما بين", StringComparison.Ordinal)
        || mention.StartsWith("وبين", StringComparison.Ordinal);

    /// <summary>
    /// A period starts at the mention: «منذ» leads it, or leads the event it dates a few words before («فمنذ انطلاقها في
    /// يناير الماضي», «منذ بدء الحملة العسكرية في 18 شباط», «منذ أن شن الجيش هجوما قبل أسبوعين»), not across a comma, nor
    /// after a rank («الأعنف منذ اندلاع الحرب في 2011»).
    /// </summary>
    private bool Opens(DateMention mention, TextSpan sentence)
    {
        if (Since(mention.Text)) return true;
        if (!(mention.Text.StartsWith("في", StringComparison.Ordinal) || mention.Text.StartsWith("قبل", StringComparison.Ordinal))) return false;
        var from = Math.Max(sentence.Start, mention.Span.Start - 60);
        var before = text.AsSpan(from, mention.Span.Start - from);
        var since = before.LastIndexOf("منذ", StringComparison.Ordinal);
        if (since < 0 || (since > 0 && !char.IsWhiteSpace(before[since - 1]) && before[since - 1] is not ('و' or 'ف'))) return false;
        var between = before[(since + 3)..];
        if (between.IndexOfAny("،,.؛:") >= 0) return false;
        var words = between.Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 1 and <= 5 && !RankedBefore(mention, sentence);
    }

    private static bool Since(string mention) => mention.StartsWith("منذ", StringComparison.Ordinal) || mention.StartsWith("ومنذ", StringComparison.Ordinal);
}
