using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Ingestion;

/// <summary>Maps extraction output onto stored rows.</summary>
internal static class ExtractionRecords
{
    public static List<FactRecord> Facts(ExtractionResult extraction, int? outletId, DateOnly? publishedOn) =>
        extraction.Facts.Select(f => new FactRecord
        {
            OutletId = outletId,
            PublishedOn = publishedOn,
            Kind = f.Kind,
            Min = f.Min,
            Max = f.Max,
            Qualifier = f.Qualifier,
            Unit = f.Unit,
            Scope = f.Scope,
            DateStart = f.DateStart,
            DateEnd = f.DateEnd,
            DatePrecision = f.DatePrecision,
            DateBasis = f.DateBasis,
            Actor = f.Actor,
            Target = f.Target,
            Location = f.Location,
            Governorate = f.Governorate,
            Attribution = f.Attribution,
            Sentence = f.Sentence,
            SpanStart = f.Span.Start,
            SpanEnd = f.Span.End,
            Confidence = f.Confidence,
        }).ToList();

    public static List<DateMentionRecord> Dates(ExtractionResult extraction) =>
        extraction.Dates.Select(d => new DateMentionRecord
        {
            Text = d.Text,
            DateStart = d.DateStart,
            DateEnd = d.DateEnd,
            DatePrecision = d.DatePrecision,
            DateBasis = d.DateBasis,
            SpanStart = d.Span.Start,
            SpanEnd = d.Span.End,
        }).ToList();
}
