using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

/// <summary>Brings a database that an earlier version created up to the current model by adding what is missing:
/// tables, columns and indexes. EnsureCreated alone leaves an existing database as it was, so a new feature's
/// table would be missing from every data folder made before it; a real migration history is more than a
/// schema that only ever grows needs. Nothing is dropped or altered: a column the model no longer has stays.</summary>
public static class SchemaUpgrade
{
    /// <summary>Adds the missing parts and returns a line per part added, for the log.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var existing = await ExistingSchema.ReadAsync(db, cancellationToken);
        var model = db.GetService<IDesignTimeModel>().Model;
        var relational = model.GetRelationalModel();
        var everything = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, relational);
        var missing = Missing(everything, existing, relational).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(missing.Select(m => m.Operation).ToList(), model);
        await db.GetService<IMigrationCommandExecutor>()
            .ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), cancellationToken);
        return [.. missing.Select(m => m.Description)];
    }

    private static IEnumerable<(MigrationOperation Operation, string Description)> Missing(
        IEnumerable<MigrationOperation> everything, ExistingSchema existing, IRelationalModel model)
    {
        foreach (var operation in everything)
        {
            switch (operation)
            {
                case CreateTableOperation table when !existing.HasTable(table.Name):
                    yield return (table, $"table {table.Name}");
                    break;
                case CreateTableOperation table:
                    foreach (var column in table.Columns.Where(c => !existing.HasColumn(table.Name, c.Name)))
                    {
                        column.Table = table.Name;
                        column.Schema = table.Schema;
                        FillRowsOnFile(column, model.FindTable(table.Name, table.Schema)?.FindColumn(column.Name));
                        yield return (column, $"column {table.Name}.{column.Name}");
                    }

                    break;
                case CreateIndexOperation index when !existing.HasIndex(index.Name):
                    yield return (index, $"index {index.Name}");
                    break;
            }
        }
    }

    /// <summary>A required column added to a table that has rows needs a value for them; both SQLite and
    /// PostgreSQL refuse a NOT NULL column without a default. The property's empty value (zero, the first enum
    /// member, an empty string or list), stored as its converter stores it, is what the application reads back
    /// as "not set".</summary>
    private static void FillRowsOnFile(AddColumnOperation column, IColumn? mapped)
    {
        if (column.IsNullable || column.DefaultValue is not null || column.DefaultValueSql is not null || column.ComputedColumnSql is not null)
        {
            return;
        }

        var property = mapped?.PropertyMappings.FirstOrDefault()?.Property;
        var empty = EmptyValueOf(property?.ClrType ?? column.ClrType);
        column.DefaultValue = property?.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(empty) : empty;
    }

    private static object? EmptyValueOf(Type type) =>
        type == typeof(string) ? ""
        : type.IsArray ? Array.CreateInstance(type.GetElementType()!, 0)
        : type.IsValueType || type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type)
        : null;

    /// <summary>The tables, columns and indexes the database has now, read from its own catalogue.</summary>
    private sealed class ExistingSchema
    {
        private readonly HashSet<string> tables = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<(string Table, string Column)> columns = [];
        private readonly HashSet<string> indexes = new(StringComparer.OrdinalIgnoreCase);

        public bool HasTable(string table) => tables.Contains(table);

        public bool HasColumn(string table, string column) => columns.Contains((table.ToLowerInvariant(), column.ToLowerInvariant()));

        public bool HasIndex(string index) => indexes.Contains(index);

        public static async Task<ExistingSchema> ReadAsync(DbContext db, CancellationToken cancellationToken)
        {
            var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true;
            var (columnsSql, indexesSql) = sqlite
                ? ("SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
                   "SELECT name FROM sqlite_master WHERE type = 'index' AND name IS NOT NULL")
                : ("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()",
                   "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
            var schema = new ExistingSchema();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await foreach (var row in ReadAsync(connection, columnsSql, cancellationToken))
                {
                    schema.tables.Add(row[0]);
                    schema.columns.Add((row[0].ToLowerInvariant(), row[1].ToLowerInvariant()));
                }

                await foreach (var row in ReadAsync(connection, indexesSql, cancellationToken))
                {
                    schema.indexes.Add(row[0]);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return schema;
        }

        private static async IAsyncEnumerable<string[]> ReadAsync(
            DbConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new string[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetString(i);
                }

                yield return row;
            }
        }
    }
}
