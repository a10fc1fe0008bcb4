using System.IO.Compression;
using System.Xml;

namespace Dashboard.Data.Export;

/// <summary>
/// Rewrites a workbook so the cells of chosen columns (Arabic text: sentence, actor, outlet, …) are right-aligned with
/// a right-to-left reading order, leaving every other column and the column order as they are. The spreadsheet writer
/// can only mirror whole sheets, hence this pass. Streams every part, so a million-row sheet stays flat in memory.
/// </summary>
internal static class XlsxRightToLeftColumns
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static async Task RewriteAsync(Stream workbook, Stream output, IReadOnlySet<string> columns, CancellationToken ct)
    {
        using var source = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // Styles first: the sheets need the index of the right-to-left style to point at.
        var styles = source.GetEntry("xl/styles.xml");
        var remap = new Dictionary<string, string>();
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "xl/styles.xml" ? 0 : 1))
        {
            ct.ThrowIfCancellationRequested();
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            await using var from = entry.Open();
            await using var to = copy.Open();
            if (entry == styles) AddRightToLeftStyles(from, to, remap);
            else if (remap.Count > 0 && entry.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                RestyleColumns(from, to, columns, remap);
            else await from.CopyToAsync(to, ct);
        }
    }

    /// <summary>Appends, for each cell format, a copy that is right-aligned and right-to-left; remap maps old index → new.</summary>
    private static void AddRightToLeftStyles(Stream from, Stream to, Dictionary<string, string> remap)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.Load(from);
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("x", Main);
        if (document.SelectSingleNode("/x:styleSheet/x:cellXfs", ns) is XmlElement cellXfs)
        {
            var formats = cellXfs.SelectNodes("x:xf", ns)!.Cast<XmlElement>().ToList();
            foreach (var (format, index) in formats.Select((f, i) => (f, i)))
            {
                var copy = (XmlElement)format.CloneNode(deep: true);
                copy.SetAttribute("applyAlignment", "1");
                var alignment = copy.SelectSingleNode("x:alignment", ns) as XmlElement;
                if (alignment is null)
                {
                    alignment = document.CreateElement(format.Prefix, "alignment", Main);
                    copy.PrependChild(alignment);
                }
                alignment.SetAttribute("horizontal", "right");
                alignment.SetAttribute("readingOrder", "2");
                cellXfs.AppendChild(copy);
                remap[index.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                    (formats.Count + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            cellXfs.SetAttribute("count", (formats.Count * 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        document.Save(to);
    }

    /// <summary>Finds the chosen columns by their header (row 1) and points their data cells at the right-to-left copies.</summary>
    private static void RestyleColumns(Stream from, Stream to, IReadOnlySet<string> columns, Dictionary<string, string> remap)
    {
        using var reader = XmlReader.Create(from, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        using var writer = XmlWriter.Create(to, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        var rightToLeft = new HashSet<string>(StringComparer.Ordinal);
        string? row = null, headerCell = null;
        var inHeaderValue = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    if (reader.LocalName == "row") row = reader.GetAttribute("r");
                    string? column = null;
                    if (reader.LocalName == "c") column = ColumnOf(reader.GetAttribute("r"));
                    if (reader.LocalName == "c" && row == "1") headerCell = column;
                    inHeaderValue = row == "1" && reader.LocalName is "v" or "t";
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    var restyle = reader.LocalName == "c" && row != "1" && column is not null && rightToLeft.Contains(column);
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            var value = reader.Value;
                            if (restyle && reader.LocalName == "s" && remap.TryGetValue(value, out var mapped)) value = mapped;
                            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                    if (empty) writer.WriteEndElement();
                    break;
                case XmlNodeType.Text:
                    if (inHeaderValue && headerCell is not null && columns.Contains(reader.Value)) rightToLeft.Add(headerCell);
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    inHeaderValue = false;
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.XmlDeclaration:
                    writer.WriteStartDocument();
                    break;
            }
        }
    }

    /// <summary>"Q12" → "Q".</summary>
    private static string? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var end = 0;
        while (end < reference.Length && char.IsAsciiLetter(reference[end])) end++;
        return end == 0 ? null : reference[..end];
    }
}
