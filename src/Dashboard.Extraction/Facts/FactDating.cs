using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Facts;

/// <summary>
/// The date of a fact from the date mentions of its sentence: the nearest one (a period for a cumulative total);
/// without one, the publication date stands in.
/// </summary>
internal sealed class FactDating(IReadOnlyList<DateMention> mentions, DateOnly? published)
{
    public readonly record struct Dating(DateOnly? Start, DateOnly? End, DatePrecision Precision, DateBasis Basis);

    public Dating Find(TextSpan sentence, TextSpan figure, FactScope scope)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mention in mentions)
        {
            if (mention.Span.Start < sentence.Start || mention.Span.End > sentence.End || mention.Span.Overlaps(figure)) continue;
            var distance = mention.Span.Start >= figure.End ? mention.Span.Start - figure.End : figure.Start - mention.Span.End;
            if (scope == FactScope.Cumulative && mention.DatePrecision is DatePrecision.Year or DatePrecision.Range or DatePrecision.Month) distance /= 4;
            if (distance < bestDistance) { best = mention; bestDistance = distance; }
        }
        if (best is not null)
        {
            // A total dated by a day runs from it when «منذ» says so («منذ 18 شباط»: to publication), else up to it
            // («بلغت الحصيلة أمس 300»: its start is not told); it is no single day's toll. (A month or a year is the
            // period itself: «خلال شهر يناير».)
            if (scope == FactScope.Cumulative && best.DatePrecision == DatePrecision.Day && best.DateStart is { } from)
                return Since(best.Text) && published is { } until && until >= from
                    ? new Dating(from, until, DatePrecision.Range, best.DateBasis)
                    : new Dating(null, best.DateEnd, DatePrecision.Unknown, best.DateBasis);
            return new Dating(best.DateStart, best.DateEnd, best.DatePrecision, best.DateBasis);
        }
        if (published is not { } day) return new Dating(null, null, DatePrecision.Unknown, DateBasis.None);
        // A total with no period named ends at publication; its start is not told.
        return scope == FactScope.Cumulative
            ? new Dating(null, day, DatePrecision.Unknown, DateBasis.Publication)
            : new Dating(day, day, DatePrecision.Day, DateBasis.Publication);
    }

    private static bool Since(string mention) => mention.StartsWith("منذ", StringComparison.Ordinal) || mention.StartsWith("ومنذ", StringComparison.Ordinal);
}
