using Dashboard.Data.Queries;

namespace Dashboard.Data.Export;

public enum ExportFormat { Csv, Xlsx, Json }

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Json => "json",
        _ => "csv",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "text/csv; charset=utf-8",
    };

    public static bool TryParse(string? word, out ExportFormat format) => FactFilterQuery.TryParseWord(word, out format);

    /// <summary>"facts_kind-killed_20261123T170000Z.csv": what was exported, with which filter, when.</summary>
    public static string FileName(string what, FactFilter filter, ExportFormat format, DateTime exportedAtUtc) =>
        $"{what}_{FactFilterQuery.ToFileNamePart(filter)}_{exportedAtUtc:yyyyMMdd'T'HHmmss'Z'}.{format.Extension()}";
}
