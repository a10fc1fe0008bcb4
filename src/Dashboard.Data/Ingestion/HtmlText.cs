using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dashboard.Data.Ingestion;

/// <summary>The article inside a web page: its title and its text with paragraph breaks, without page furniture.</summary>
public sealed record HtmlArticle(string? Title, string Text);

public static class HtmlText
{
    private static readonly string[] Furniture =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "address", "hr",
    };

    /// <summary>True when the text is a web page rather than plain text (for inputs without a telling file name).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static HtmlArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);

        foreach (var element in document.QuerySelectorAll(string.Join(',', Furniture)).ToList()) element.Remove();

        var container = ChooseContainer(document);
        var sb = new StringBuilder();
        AppendText(container, sb);
        return new HtmlArticle(title, Tidy(sb.ToString()));
    }

    /// <summary>The &lt;article&gt; when there is one, else the element whose own paragraphs hold the most text.</summary>
    private static INode ChooseContainer(IDocument document)
    {
        var article = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        if (article != null) return article;

        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in document.QuerySelectorAll("main, section, div, td, body"))
        {
            var length = candidate.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Trim().Length);
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }
        return (INode?)best ?? (INode?)document.Body ?? document;
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    sb.Append("\n\n");
                    AppendText(element, sb);
                    sb.Append("\n\n");
                    break;
                case IElement element:
                    AppendText(element, sb);
                    break;
            }
        }
    }

    /// <summary>Collapses the layout whitespace of the markup: single spaces in a line, one blank line between paragraphs.</summary>
    private static string Tidy(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00A0', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries)));
        var sb = new StringBuilder();
        var blankPending = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankPending = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0) sb.Append(blankPending ? "\n\n" : "\n");
            sb.Append(line);
            blankPending = false;
        }
        return sb.ToString();
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
