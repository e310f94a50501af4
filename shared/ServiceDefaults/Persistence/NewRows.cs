using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

/// <summary>
/// Saves a context's changes with its many new rows of one entity type written by one prepared INSERT, and the
/// rest by SaveChanges, in one transaction. EF Core sends an INSERT per row through its whole update pipeline
/// (command building, change detection, a RETURNING reader): for a file's batch of 2,000 results that was a tenth
/// of an import's CPU. The values go through EF Core's own type mappings and converters, so a row reads back
/// exactly as if SaveChanges had written it, on SQLite and PostgreSQL alike.
/// </summary>
public static class NewRows
{
    /// <summary>Below this, SaveChanges alone is as quick and one path fewer is exercised.</summary>
    public const int BulkThreshold = 50;

    public static async Task SaveWithNewRowsAsync<TEntity>(this DbContext db, CancellationToken cancellationToken)
        where TEntity : class
    {
        var added = AddedEntries<TEntity>(db);
        if (added.Count < BulkThreshold || db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await InsertAsync(db, added, transaction.GetDbTransaction(), cancellationToken);
            added.ForEach(MarkStored);
            await SaveTheRestAsync(db, added, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Nothing was saved; the context must not believe the new rows were.
            added.ForEach(entry => entry.State = EntityState.Added);
            throw;
        }
    }

    /// <summary>The row is in the database as it is now. EF Core took an added entity's original values when it
    /// began tracking it, and the caller usually fills it in after that (ResultListing adds a blank record, then
    /// applies the input): left as they were, SaveChanges found every property changed and wrote each new row a
    /// second time, by an UPDATE.</summary>
    private static void MarkStored<TEntity>(EntityEntry<TEntity> entry)
        where TEntity : class
    {
        // Set while the entry is still added: an unchanged entry compares each original value set with the current
        // one, to mark the property modified, which doubled the cost of this step.
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }

    /// <summary>SaveChanges, without first comparing every property of the rows just inserted with the values
    /// they were inserted with: for a batch of 2,000 results that detection cost more than the rest of the save.
    /// The other entries are looked at one by one, as SaveChanges would. A model with navigations (or owned types)
    /// gets the full detection: an entity reachable only through another one would otherwise be missed.</summary>
    private static async Task SaveTheRestAsync<TEntity>(DbContext db, List<EntityEntry<TEntity>> stored, CancellationToken cancellationToken)
        where TEntity : class
    {
        var tracker = db.ChangeTracker;
        if (!tracker.AutoDetectChangesEnabled || db.Model.GetEntityTypes().Any(type => type.GetNavigations().Any() || type.GetSkipNavigations().Any()))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        using var paused = tracker.PauseDetection();
        var rows = stored.Select(entry => (object)entry.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracker.Entries().Where(entry => !rows.Contains(entry.Entity)).ToList())
        {
            entry.DetectChanges();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entities added to the context. Entries() would first detect changes on every tracked entity,
    /// which SaveChanges does again right after; an added entity is found without it (one that only detection
    /// would find, through a navigation, is then saved by SaveChanges).</summary>
    private static List<EntityEntry<TEntity>> AddedEntries<TEntity>(DbContext db)
        where TEntity : class
    {
        using var paused = db.ChangeTracker.PauseDetection();
        return [.. db.ChangeTracker.Entries<TEntity>().Where(e => e.State == EntityState.Added)];
    }

    private static async Task InsertAsync<TEntity>(
        DbContext db, List<EntityEntry<TEntity>> rows, System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entityType = rows[0].Metadata;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(property => (Property: property, Column: property.GetColumnName(table)))
            .Where(c => c.Column is not null)
            .Select(c => (c.Property, Column: c.Column!, Mapping: c.Property.GetRelationalTypeMapping()))
            .ToList();
        if (columns.FirstOrDefault(c => c.Property.ValueGenerated != ValueGenerated.Never && c.Property.ClrType != typeof(Guid)) is { Property: { } generated })
        {
            throw new InvalidOperationException($"{entityType.DisplayName()}.{generated.Name} is generated by the database; save such rows with SaveChanges.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var names = columns.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, _, mapping) = columns[i];
                command.Parameters.Add(mapping.CreateParameter(command, names[i], row.Property(property).CurrentValue, property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
