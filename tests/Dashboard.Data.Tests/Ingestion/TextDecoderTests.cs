using System.Text;
using Dashboard.Data.Ingestion;
using Dashboard.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Data.Tests.Ingestion;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8" },
        { "windows-1256", "windows-1256" },
        { "iso-8859-6", "iso-8859-6" },
        { "utf-16le-bom", "utf-16le" },
        { "utf-16be-bom", "utf-16be" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
    };

    internal static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "windows-1256" => Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text),
        "iso-8859-6" => Encoding.GetEncoding(28596, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Arabic_in_any_supported_encoding_decodes_to_the_utf8_text(string encoding, string detectedAs)
    {
        foreach (var sample in new[] { ArabicSamples.Strike, ArabicSamples.Arrest, ArabicSamples.Camps, "قتل 7" })
        {
            var decoded = TextDecoder.Decode(Encode(sample, encoding));

            Assert.Null(decoded.Error);
            Assert.Equal(sample, decoded.Text);
            Assert.Equal(detectedAs, decoded.EncodingName);
        }
    }

    [Fact]
    public void The_two_arabic_code_pages_really_differ_for_the_samples()
    {
        // Guards the test above: if both code pages gave the same bytes, it could not tell them apart.
        Assert.NotEqual(Encode(ArabicSamples.Strike, "windows-1256"), Encode(ArabicSamples.Strike, "iso-8859-6"));
    }

    [Fact]
    public void A_seed_article_with_guillemets_and_bullets_decodes_from_windows_1256_and_utf16()
    {
        var seed = File.ReadAllText(RepositoryPaths.Seed("004"));
        Assert.Equal(seed, TextDecoder.Decode(Encode(seed, "utf-16le")).Text);
        Assert.Equal(seed, TextDecoder.Decode(Encode(seed, "utf-16be")).Text);
        // Windows-1256 has no bullet (•); the rest of the article round-trips.
        var representable = seed.Replace('•', '-');
        Assert.Equal(representable, TextDecoder.Decode(Encode(representable, "windows-1256")).Text);
    }

    [Fact]
    public async Task The_same_article_in_another_encoding_or_layout_is_a_duplicate()
    {
        await using var database = await TempDatabase.CreateAsync();
        var ingestion = database.Get<IIngestionService>();
        var relaidOut = "\r\n  " + ArabicSamples.Strike.Replace("\n", "\r\n\r\n").Replace(" ", "  ") + "   ";

        var summary = await ingestion.IngestAsync(
        [
            IngestSource.FromBytes("utf8.txt", Encode(ArabicSamples.Strike, "utf-8")),
            IngestSource.FromBytes("cp1256.txt", Encode(ArabicSamples.Strike, "windows-1256")),
            IngestSource.FromBytes("utf16.txt", Encode(relaidOut, "utf-16le-bom")),
            IngestSource.FromBytes("other.txt", Encode(ArabicSamples.Camps, "iso-8859-6")),
        ], new IngestOptions());

        Assert.Equal(2, summary.Stored);
        Assert.Equal(2, summary.Duplicates);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }
}
