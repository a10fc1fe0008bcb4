using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Dates;

/// <summary>Finds every date or period the text names and resolves it (relative ones against the publication date).</summary>
public static class DateRecognizer
{
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published) => [];
}
