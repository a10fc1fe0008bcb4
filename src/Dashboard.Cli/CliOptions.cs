using System.CommandLine;
using System.CommandLine.Parsing;
using Dashboard.Data.Ingestion;

namespace Dashboard.Cli;

/// <summary>Options several verbs share, parsed the same way everywhere.</summary>
internal static class CliOptions
{
    public static Option<FileInfo?> Database() => new("--db")
    {
        Description = "SQLite database file (default: ConnectionStrings:Dashboard, else data/dashboard.db).",
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date, YYYY-MM-DD; wins over what files and texts say.",
        CustomParser = ParseDate,
    };

    public static Option<string?> Outlet() => new("--outlet")
    {
        Description = "Outlet name (Arabic or English); wins over what files and texts say.",
    };

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ArticleMetadata.TryParseDate(token, out var date)) return date;
        result.AddError($"--published must be a date as YYYY-MM-DD (e.g. 2020-06-23), not '{token}'.");
        return null;
    }
}
