using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Inserts rows of one entity type with a single prepared command, built from the EF model (table, column names,
/// value converters), so the writer's hot path costs one statement per row without change tracking. The SQL is
/// plain INSERT … RETURNING, which SQLite and PostgreSQL both speak.
/// </summary>
internal sealed class ModelRowInserter<TEntity> : IDisposable where TEntity : class
{
    private readonly DbCommand _command;
    private readonly (IClrPropertyGetter Getter, Func<object?, object?>? ToProvider, DbParameter Parameter)[] _columns;

    public ModelRowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var properties = entity.GetProperties().Where(p => p != key).ToArray();

        _command = db.Database.GetDbConnection().CreateCommand();
        _columns = new (IClrPropertyGetter, Func<object?, object?>?, DbParameter)[properties.Length];
        var names = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            names[i] = sql.DelimitIdentifier(property.GetColumnName(table)!);
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            _command.Parameters.Add(parameter);
            var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
            _columns[i] = (property.GetGetter(), converter?.ConvertToProvider, parameter);
        }
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName))}) " +
            $"RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
    }

    /// <summary>Inserts the row inside <paramref name="transaction"/> and returns its generated key.</summary>
    public long Insert(TEntity row, DbTransaction transaction)
    {
        _command.Transaction = transaction;
        foreach (var (getter, toProvider, parameter) in _columns)
        {
            var value = getter.GetClrValue(row);
            if (toProvider != null && value != null) value = toProvider(value);
            parameter.Value = value ?? DBNull.Value;
        }
        return Convert.ToInt64(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
