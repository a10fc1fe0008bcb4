using System.IO.Compression;
using System.Xml.Linq;

namespace Dashboard.Data.Tests.Export;

/// <summary>The reading order a workbook's first sheet gives each column's cell on its first data row ("2": right to left).</summary>
internal static class XlsxReadingOrder
{
    public static Func<string, string?> OfFirstRow(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var main = XNamespace.Get("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        var formats = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open()).Descendants(main + "cellXfs").Single().Elements(main + "xf").ToList();
        var rows = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).Descendants(main + "row").ToList();
        var headers = rows[0].Elements(main + "c").ToDictionary(c => (string)c.Element(main + "v")!, c => new string(((string)c.Attribute("r")!).TakeWhile(char.IsAsciiLetter).ToArray()));
        var cells = rows[1].Elements(main + "c").ToList();
        return column =>
        {
            var cell = cells.Single(c => ((string)c.Attribute("r")!).StartsWith(headers[column] + "2", StringComparison.Ordinal));
            return (string?)formats[(int)cell.Attribute("s")!].Element(main + "alignment")?.Attribute("readingOrder");
        };
    }
}
