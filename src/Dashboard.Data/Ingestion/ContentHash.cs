using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// SHA-256 of an article's content with layout differences removed (line endings, runs of spaces, blank lines,
/// surrounding whitespace), so the same article saved another way, or in another encoding, is recognised.
/// </summary>
public static class ContentHash
{
    public static string Compute(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        byte[]? bytes = null;
        try
        {
            var length = Normalize(text, chars);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            var byteCount = Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0);
            return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, byteCount)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes != null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    internal static string Normalize(string text)
    {
        var chars = new char[text.Length];
        return new string(chars, 0, Normalize(text, chars));
    }

    /// <summary>
    /// Writes the normalised form into <paramref name="destination"/> (never longer than the text): runs of spaces
    /// become one space, any run of line breaks with the spaces around it becomes one newline, ends are trimmed.
    /// </summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var ch in text)
        {
            if (ch is '\n' or '\r')
            {
                pendingNewline = true;
                pendingSpace = false;
            }
            else if (ch == ' ' || ch == '\uFEFF' || (ch > ' ' ? ch > '~' && char.IsWhiteSpace(ch) : ch != '\0' && char.IsWhiteSpace(ch)))
            {
                pendingSpace = !pendingNewline;
            }
            else
            {
                if (length > 0 && pendingNewline) destination[length++] = '\n';
                else if (length > 0 && pendingSpace) destination[length++] = ' ';
                pendingNewline = pendingSpace = false;
                destination[length++] = ch;
            }
        }
        return length;
    }
}
