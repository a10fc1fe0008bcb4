using Dashboard.Extraction.Model;

namespace Dashboard.Extraction;

/// <summary>Text in, facts and date mentions out. Pure: no I/O, thread-safe, never throws on any input.</summary>
public interface IArticleExtractor
{
    /// <summary>Changes whenever the grammar changes, so stored articles can be re-extracted.</summary>
    string Version { get; }

    /// <param name="text">The article text exactly as stored; spans index into it.</param>
    /// <param name="published">The publication date, when known; relative dates resolve against it.</param>
    ExtractionResult Extract(string text, DateOnly? published);
}
