using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Inserts rows of one entity type with a prepared command built from the EF model (table, column names, value
/// converters), so the writer's hot path costs one statement per row without change tracking. The SQL is plain
/// INSERT … RETURNING, which SQLite and PostgreSQL both speak.
/// </summary>
internal sealed class ModelRowInserter<TEntity> : IDisposable where TEntity : class
{
    private readonly string _sql;
    private readonly (IClrPropertyGetter Getter, Func<object?, object?>? ToProvider)[] _columns;
    private DbCommand? _command;

    public ModelRowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var properties = entity.GetProperties().Where(p => p != key).ToArray();

        _columns = properties
            .Select(p => (p.GetGetter(), (p.GetValueConverter() ?? p.GetTypeMapping().Converter)?.ConvertToProvider))
            .ToArray();
        var names = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!));
        var parameters = properties.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture));
        _sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
               $"VALUES ({string.Join(", ", parameters)}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
    }

    /// <summary>Inserts the row inside <paramref name="transaction"/> and returns its generated key.</summary>
    public long Insert(TEntity row, DbTransaction transaction)
    {
        var command = CommandFor(transaction);
        for (var i = 0; i < _columns.Length; i++)
        {
            var (getter, toProvider) = _columns[i];
            var value = getter.GetClrValue(row);
            if (toProvider != null && value != null) value = toProvider(value);
            command.Parameters[i].Value = value ?? DBNull.Value;
        }
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// One command per transaction: its prepared statement is reused for every row of a batch, and never outlives
    /// the connection it was prepared on (the connection may go back to the pool between batches).
    /// </summary>
    private DbCommand CommandFor(DbTransaction transaction)
    {
        if (_command != null && ReferenceEquals(_command.Transaction, transaction)) return _command;
        _command?.Dispose();
        _command = transaction.Connection!.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = _sql;
        for (var i = 0; i < _columns.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            _command.Parameters.Add(parameter);
        }
        return _command;
    }

    public void Dispose() => _command?.Dispose();
}
