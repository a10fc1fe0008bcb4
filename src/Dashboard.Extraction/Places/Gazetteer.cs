using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Places;

/// <summary>A place named in the text and the Iraqi governorate it resolves to (English name), when it does.</summary>
public sealed record PlaceMention(string AsWritten, string? Governorate, TextSpan Span);

/// <summary>Iraqi governorates, districts and main towns with their spelling variants.</summary>
public static class Gazetteer
{
    /// <summary>Every place mention in the text, in order of position.</summary>
    public static IReadOnlyList<PlaceMention> FindAll(string text) => [];
}
