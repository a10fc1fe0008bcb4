using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>The text of a file, or why there is none.</summary>
public sealed record DecodedText(string? Text, string? EncodingName, string? Error)
{
    public bool Succeeded => Text != null;

    public static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);

    public static DecodedText Fail(string error) => new(null, null, error);
}

/// <summary>
/// Turns the bytes of an Arabic article into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or the pattern
/// of high bytes), Windows-1256 or ISO-8859-6 (whichever reads as more Arabic and less garbage).
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Both single-byte Arabic code pages; unassigned bytes decode to private-use characters, which count against them.</summary>
    private static readonly (string Name, Encoding Encoding)[] ArabicCodePages = CreateArabicCodePages();

    private static (string, Encoding)[] CreateArabicCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return
        [
            ("windows-1256", Encoding.GetEncoding(1256, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)),
            ("iso-8859-6", Encoding.GetEncoding(28596, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)),
        ];
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return DecodedText.Fail("empty file");

        var decoded = DecodeByBom(bytes) ?? DecodeUtf16ByPattern(bytes) ?? DecodeSingleByteOrUtf8(bytes);
        if (!decoded.Succeeded) return decoded;
        if (HasBinaryControls(decoded.Text!)) return DecodedText.Fail("binary file (control characters in the text)");
        if (string.IsNullOrWhiteSpace(decoded.Text)) return DecodedText.Fail("empty file (no text)");
        return decoded;
    }

    private static DecodedText? DecodeByBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return TryStrict(StrictUtf8, bytes[3..], "utf-8") ?? DecodedText.Fail("undecodable: starts with a UTF-8 byte order mark but is not valid UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return TryStrict(StrictUtf16Le, bytes[2..], "utf-16le") ?? DecodedText.Fail("undecodable: starts with a UTF-16 LE byte order mark but is not valid UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return TryStrict(StrictUtf16Be, bytes[2..], "utf-16be") ?? DecodedText.Fail("undecodable: starts with a UTF-16 BE byte order mark but is not valid UTF-16");
        return null;
    }

    /// <summary>
    /// Without a BOM, UTF-16 shows itself by its high bytes: for Arabic and ASCII text they are 0x00 or 0x06, all
    /// on odd offsets (LE) or all on even ones (BE).
    /// </summary>
    private static DecodedText? DecodeUtf16ByPattern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int highAtEven = 0, highAtOdd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is not (0x00 or 0x06)) continue;
            if (i % 2 == 0) highAtEven++; else highAtOdd++;
        }
        var pairs = bytes.Length / 2;
        if (highAtOdd >= pairs * 0.6 && highAtEven <= pairs * 0.1)
            return TryStrict(StrictUtf16Le, bytes, "utf-16le") ?? DecodedText.Fail("undecodable: looks like UTF-16 LE but is not valid UTF-16");
        if (highAtEven >= pairs * 0.6 && highAtOdd <= pairs * 0.1)
            return TryStrict(StrictUtf16Be, bytes, "utf-16be") ?? DecodedText.Fail("undecodable: looks like UTF-16 BE but is not valid UTF-16");
        return null;
    }

    private static DecodedText DecodeSingleByteOrUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0)) return DecodedText.Fail("binary file (contains NUL bytes)");
        if (TryStrict(StrictUtf8, bytes, "utf-8") is { } utf8) return utf8;

        DecodedText? best = null;
        var bestScore = int.MinValue;
        foreach (var (name, encoding) in ArabicCodePages)
        {
            var text = encoding.GetString(bytes);
            var (arabic, garbage, letters) = Census(text);
            // Text in the wrong code page shows accented Latin or unassigned characters where Arabic letters belong.
            var plausible = arabic > 0 && arabic >= letters * 0.5 && garbage <= Math.Max(2, text.Length / 100);
            var score = arabic - 5 * garbage;
            if (plausible && score > bestScore)
            {
                best = DecodedText.Ok(text, name);
                bestScore = score;
            }
        }
        return best ?? DecodedText.Fail("undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 Arabic text");
    }

    private static DecodedText? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodedText.Ok(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Arabic letters, characters that betray a wrong code page, and letters of any script.</summary>
    private static (int Arabic, int Garbage, int Letters) Census(string text)
    {
        int arabic = 0, garbage = 0, letters = 0;
        foreach (var ch in text)
        {
            if (ch is >= '\u0621' and <= '\u064A') arabic++;
            if (char.IsLetter(ch)) letters++;
            if (ch is >= '\u00C0' and <= '\u00FF' or >= '\uE000' and <= '\uF8FF' or >= '\u0080' and <= '\u009F' or '\uFFFD') garbage++;
        }
        return (arabic, garbage, letters);
    }

    /// <summary>Text files carry tabs, newlines and form feeds; other C0 controls mean the bytes are not text.</summary>
    private static bool HasBinaryControls(string text)
    {
        var controls = 0;
        foreach (var ch in text)
        {
            if (ch == '\0') return true;
            if (ch < ' ' && ch is not ('\t' or '\n' or '\r' or '\f' or '\v')) controls++;
        }
        return controls > Math.Max(2, text.Length / 1000);
    }
}
