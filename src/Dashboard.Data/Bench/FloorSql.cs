using System.Globalization;
using System.Text;
using Dashboard.Data.Configurations;
using Dashboard.Data.Queries;
using Dashboard.Extraction.Model;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Bench;

/// <summary>
/// The floor the app's queries are measured against: each overview aggregate written by hand as plain SQL and run
/// through raw <see cref="SqliteCommand"/>s on the same file, reading every row of the answer.
/// </summary>
public sealed class FloorSql(string databasePath)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    private const string Countable = "f.Scope = 'incident' AND f.Kind <> 'funding' AND f.Kind <> 'other' AND f.Unit <> 'percent'";

    public async Task<int> CardsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        var articles = ArticleWhere(filter, facts, parameters);
        return await RunAsync(parameters, ct,
            $"SELECT COUNT(*), COUNT(DISTINCT a.OutletId) FROM Articles a WHERE {articles}",
            $"SELECT COUNT(*), MIN(f.DateStart), MAX(COALESCE(f.DateEnd, f.DateStart)) FROM Facts f WHERE {facts}",
            $"SELECT f.Kind, SUM(f.Min), SUM(f.Max), COUNT(*) FROM Facts f WHERE {facts} AND {Countable} GROUP BY f.Kind",
            $"SELECT f.Unit, SUM(f.Min), SUM(f.Max), COUNT(*) FROM Facts f WHERE {facts} AND f.Kind = 'funding' AND f.Scope = 'incident' GROUP BY f.Unit");
    }

    public async Task<int> MonthlyAsync(FactFilter filter, SeriesBy seriesBy, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        var series = seriesBy switch { SeriesBy.Outlet => "f.OutletId", SeriesBy.Claimant => "f.Attribution", _ => "f.Governorate" };
        var rows = await RunAsync(parameters, ct,
            $"""
            SELECT substr(f.DateStart, 1, 7) AS Month, f.Kind, {series}, SUM(f.Min), SUM(f.Max), COUNT(*)
            FROM Facts f WHERE {facts} AND {Countable} AND f.DateStart IS NOT NULL
            GROUP BY Month, f.Kind, {series}
            """);
        return rows + (seriesBy == SeriesBy.Outlet ? await RunAsync([], ct, "SELECT Id, Name FROM Outlets") : 0);
    }

    public async Task<int> BySourceAsync(FactFilter filter, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        return await RunAsync(parameters, ct,
            $"SELECT f.OutletId, f.Kind, SUM(f.Min), SUM(f.Max), COUNT(*) FROM Facts f WHERE {facts} AND {Countable} GROUP BY f.OutletId, f.Kind",
            "SELECT Id, Name FROM Outlets",
            $"SELECT f.Attribution, f.Kind, SUM(f.Min), SUM(f.Max), COUNT(*) FROM Facts f WHERE {facts} AND {Countable} GROUP BY f.Attribution, f.Kind");
    }

    public async Task<int> ClaimsAsync(FactFilter filter, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        return await RunAsync(parameters, ct,
            $"""
            SELECT f.Id, f.Kind, f.Min, f.Max, f.Qualifier, f.DateStart, f.DateEnd, f.Attribution, o.Name, f.Sentence
            FROM Facts f LEFT JOIN Articles a ON a.Id = f.ArticleId LEFT JOIN Outlets o ON o.Id = a.OutletId
            WHERE {facts} AND f.Scope = 'cumulative'
            ORDER BY f.DateStart DESC, f.Id DESC LIMIT {DashboardQueries.ListLimit}
            """);
    }

    public async Task<int> FundingAsync(FactFilter filter, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        return await RunAsync(parameters, ct,
            $"""
            SELECT f.Id, f.DateStart, f.Actor, f.Unit, f.Min, f.Max, f.Qualifier, o.Name, f.Scope
            FROM Facts f LEFT JOIN Articles a ON a.Id = f.ArticleId LEFT JOIN Outlets o ON o.Id = a.OutletId
            WHERE {facts} AND f.Kind = 'funding'
            ORDER BY f.DateStart DESC, f.Id DESC LIMIT {DashboardQueries.ListLimit}
            """);
    }

    public async Task<int> TimelineAsync(FactFilter filter, int limit = 500, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        var mentions = new List<string> { "m.DateStart IS NOT NULL" };
        if (filter.From is not null || filter.To is not null)
        {
            if (filter.DateBy == DateField.Published)
            {
                mentions.Add("a.PublishedOn IS NOT NULL");
                if (filter.From is not null) mentions.Add("a.PublishedOn >= $from");
                if (filter.To is not null) mentions.Add("a.PublishedOn <= $to");
            }
            else
            {
                if (filter.To is not null) mentions.Add("m.DateStart <= $to");
                if (filter.From is not null) mentions.Add("COALESCE(m.DateEnd, m.DateStart) >= $from");
            }
        }
        if (filter.OutletIds.Count > 0) mentions.Add(OutletIn("a.OutletId", filter));
        if (FactFilterExpressions.HasFactConditions(filter with { From = null, To = null }))
            mentions.Add($"EXISTS (SELECT 1 FROM Facts f WHERE f.ArticleId = m.ArticleId AND {facts})");
        return await RunAsync(parameters, ct,
            $"""
            SELECT m.DateStart, m.DateEnd, m.DatePrecision, m.Text, m.ArticleId, a.Title, o.Name
            FROM DateMentions m JOIN Articles a ON a.Id = m.ArticleId LEFT JOIN Outlets o ON o.Id = a.OutletId
            WHERE {string.Join(" AND ", mentions)}
            ORDER BY m.DateStart DESC, m.Id DESC LIMIT {limit}
            """,
            $"""
            SELECT f.DateStart, f.DateEnd, f.DatePrecision, f.Kind, f.Min, f.Max, f.Unit, f.Scope, f.ArticleId, a.Title, o.Name
            FROM Facts f JOIN Articles a ON a.Id = f.ArticleId LEFT JOIN Outlets o ON o.Id = a.OutletId
            WHERE {facts} AND f.DateStart IS NOT NULL
            ORDER BY f.DateStart DESC, f.Id DESC LIMIT {limit}
            """);
    }

    /// <summary>One page of the facts explorer: the total and the rows with their article and outlet.</summary>
    public async Task<int> FactsPageAsync(FactFilter filter, FactSort sort, int pageIndex, int pageSize, CancellationToken ct = default)
    {
        var facts = Where(filter, out var parameters);
        var column = sort.Column switch
        {
            FactSortColumn.Published => "f.PublishedOn", FactSortColumn.Kind => "f.Kind", FactSortColumn.Min => "f.Min", FactSortColumn.Max => "f.Max",
            FactSortColumn.Outlet => "o.Name", FactSortColumn.Attribution => "f.Attribution", FactSortColumn.Governorate => "f.Governorate",
            FactSortColumn.Confidence => "f.Confidence", _ => "f.DateStart",
        };
        var direction = sort.Descending ? "DESC" : "ASC";
        return await RunAsync(parameters, ct,
            $"SELECT COUNT(*) FROM Facts f WHERE {facts}",
            $"""
            SELECT f.Id, f.ArticleId, a.Title, o.Name, f.OutletId, f.PublishedOn, a.Url, f.Kind, f.Min, f.Max, f.Qualifier, f.Unit, f.Scope,
                f.DateStart, f.DateEnd, f.DatePrecision, f.DateBasis, f.Actor, f.Target, f.Location, f.Governorate, f.Attribution,
                f.Sentence, f.SpanStart, f.SpanEnd, f.Confidence
            FROM Facts f JOIN Articles a ON a.Id = f.ArticleId LEFT JOIN Outlets o ON o.Id = a.OutletId
            WHERE {facts}
            ORDER BY {column} {direction}, f.Id {direction} LIMIT {pageSize} OFFSET {pageIndex * pageSize}
            """);
    }

    /// <summary>The WHERE clause (on alias <c>f</c>) that selects the facts a filter selects; values go in parameters.</summary>
    public static string Where(FactFilter filter, out Dictionary<string, object> parameters)
    {
        parameters = [];
        var clauses = new List<string> { "1 = 1" };
        if (filter.From is { } from) parameters["$from"] = Iso(from);
        if (filter.To is { } to) parameters["$to"] = Iso(to);
        if (filter.From is not null || filter.To is not null)
        {
            if (filter.DateBy == DateField.Published)
            {
                clauses.Add("f.PublishedOn IS NOT NULL");
                if (filter.From is not null) clauses.Add("f.PublishedOn >= $from");
                if (filter.To is not null) clauses.Add("f.PublishedOn <= $to");
            }
            else
            {
                clauses.Add("f.DateStart IS NOT NULL");
                if (filter.To is not null) clauses.Add("f.DateStart <= $to");
                if (filter.From is not null) clauses.Add("COALESCE(f.DateEnd, f.DateStart) >= $from");
            }
        }
        if (filter.OutletIds.Count > 0) clauses.Add(OutletIn("f.OutletId", filter));
        if (filter.Claimants.Count > 0) clauses.Add($"f.Attribution IN ({List(parameters, "claimant", filter.Claimants)})");
        if (filter.Kinds.Count > 0) clauses.Add($"f.Kind IN ({List(parameters, "kind", filter.Kinds.Select(k => ContractWords<FactKind>.ToWord(k)))})");
        if (filter.Governorates.Count > 0) clauses.Add($"f.Governorate IN ({List(parameters, "governorate", filter.Governorates)})");
        if (filter.Targets.Count > 0) clauses.Add($"f.Target IN ({List(parameters, "target", filter.Targets.Select(t => ContractWords<FactTarget>.ToWord(t)))})");
        if (!filter.IncludeVague) clauses.Add("f.Qualifier NOT IN ('vague', 'approximate')");
        return string.Join(" AND ", clauses);
    }

    // FactFilter.NoOutlet stands for NULL.
    private static string OutletIn(string column, FactFilter filter)
    {
        var ids = filter.OutletIds.Where(id => id != FactFilter.NoOutlet).ToList();
        var named = ids.Count > 0 ? $"{column} IN ({string.Join(',', ids)})" : "0";
        return filter.OutletIds.Contains(FactFilter.NoOutlet) ? $"({column} IS NULL OR {named})" : named;
    }

    private static string ArticleWhere(FactFilter filter, string facts, Dictionary<string, object> parameters)
    {
        var clauses = new List<string> { "1 = 1" };
        if (filter.OutletIds.Count > 0) clauses.Add(OutletIn("a.OutletId", filter));
        if (filter.DateBy == DateField.Published && (filter.From is not null || filter.To is not null))
        {
            clauses.Add("a.PublishedOn IS NOT NULL");
            if (parameters.ContainsKey("$from")) clauses.Add("a.PublishedOn >= $from");
            if (parameters.ContainsKey("$to")) clauses.Add("a.PublishedOn <= $to");
        }
        if (FactFilterExpressions.HasFactConditions(filter)) clauses.Add($"EXISTS (SELECT 1 FROM Facts f WHERE f.ArticleId = a.Id AND {facts})");
        return string.Join(" AND ", clauses);
    }

    private static string List(Dictionary<string, object> parameters, string prefix, IEnumerable<string> values)
    {
        var names = new StringBuilder();
        foreach (var value in values)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"${prefix}{parameters.Count}");
            parameters[name] = value;
            if (names.Length > 0) names.Append(", ");
            names.Append(name);
        }
        return names.ToString();
    }

    /// <summary>Runs the statements on one connection and reads every column of every row; returns the row count.</summary>
    private async Task<int> RunAsync(Dictionary<string, object> parameters, CancellationToken ct, params string[] statements)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        var rows = 0;
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(ct))
            {
                reader.GetValues(values);
                rows++;
            }
        }
        return rows;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
