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
        var normalized = Normalize(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (ch is '\n' or '\r')
            {
                pendingNewline = true;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(ch) || ch == '\uFEFF')
            {
                pendingSpace = !pendingNewline;
            }
            else
            {
                if (sb.Length > 0 && pendingNewline) sb.Append('\n');
                else if (sb.Length > 0 && pendingSpace) sb.Append(' ');
                pendingNewline = pendingSpace = false;
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
