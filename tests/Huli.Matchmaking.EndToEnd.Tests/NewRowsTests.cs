using System.Data.Common;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>Many new rows written by one prepared INSERT read back, as stored text and as entities, exactly as
/// the same rows written by SaveChanges, on SQLite and on the real PostgreSQL.</summary>
public sealed class NewRowsTests
{
    private const int Rows = NewRows.BulkThreshold + 10;

    [Fact]
    public async Task On_sqlite_bulk_written_rows_are_stored_as_save_changes_stores_them()
    {
        using var files = new SqliteFiles();
        await CompareAsync(o => o.UseSqlite(files.Database("bulk")), o => o.UseSqlite(files.Database("plain")));
    }

    [Fact]
    public async Task On_postgres_bulk_written_rows_are_stored_as_save_changes_stores_them()
    {
        var server = Servers.Postgres.TrimEnd(';');
        string[] databases = [$"huli_bulk_{Guid.NewGuid():N}", $"huli_plain_{Guid.NewGuid():N}"];
        try
        {
            await CompareAsync(o => o.UseNpgsql($"{server};Database={databases[0]}"), o => o.UseNpgsql($"{server};Database={databases[1]}"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection($"{server};Database=postgres");
            await admin.OpenAsync();
            foreach (var database in databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    [Fact]
    public async Task A_failure_after_the_bulk_insert_saves_nothing_and_leaves_the_rows_to_be_added()
    {
        using var files = new SqliteFiles();
        await using var db = Catalogue.Open(o => o.UseSqlite(files.Database("bulk")));
        await db.Database.EnsureCreatedAsync();
        db.Listings.AddRange(Listings());
        db.Notes.Add(new Note { Text = "" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveWithNewRowsAsync<Listing>(CancellationToken.None));

        Assert.All(db.ChangeTracker.Entries<Listing>(), entry => Assert.Equal(EntityState.Added, entry.State));
        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Listings.CountAsync());
    }

    [Fact]
    public async Task Rows_filled_in_after_they_were_added_are_written_once_without_an_update()
    {
        using var files = new SqliteFiles();
        var commands = new CommandRecorder();
        var database = files.Database("bulk");
        await using (var db = Catalogue.Open(o => o.UseSqlite(database).AddInterceptors(commands)))
        {
            await db.Database.EnsureCreatedAsync();

            // As ResultListing does: a blank record is tracked first and filled in from the input after.
            var listings = Listings().Select(l => new Listing { Id = l.Id, Title = "" }).ToList();
            db.Listings.AddRange(listings);
            foreach (var listing in listings)
            {
                listing.Title = $"锂离子电池 {listing.Id}";
                listing.Keywords = ["锂离子电池"];
                listing.Version = 2;
            }

            commands.Texts.Clear();
            await db.SaveWithNewRowsAsync<Listing>(CancellationToken.None);

            Assert.DoesNotContain(commands.Texts, text => text.Contains("UPDATE", StringComparison.OrdinalIgnoreCase));
            Assert.False(db.ChangeTracker.HasChanges());
        }

        await using var read = Catalogue.Open(o => o.UseSqlite(database));
        var stored = await read.Listings.ToListAsync();
        Assert.Equal(Rows, stored.Count);
        Assert.All(stored, l => Assert.Equal(($"锂离子电池 {l.Id}", "锂离子电池", 2), (l.Title, string.Join(",", l.Keywords), l.Version)));
    }

    [Fact]
    public async Task A_tracked_entity_changed_beside_the_new_rows_is_saved_with_them()
    {
        using var files = new SqliteFiles();
        var database = files.Database("bulk");
        await using (var setup = Catalogue.Open(o => o.UseSqlite(database)))
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Notes.Add(new Note { Text = "before" });
            await setup.SaveChangesAsync();
        }

        await using (var db = Catalogue.Open(o => o.UseSqlite(database)))
        {
            // Changed in place, so only change detection can tell SaveChanges about it.
            var note = await db.Notes.SingleAsync();
            note.Text = "after";
            db.Listings.AddRange(Listings());

            await db.SaveWithNewRowsAsync<Listing>(CancellationToken.None);

            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            Assert.False(db.ChangeTracker.HasChanges());
        }

        await using var read = Catalogue.Open(o => o.UseSqlite(database));
        Assert.Equal("after", (await read.Notes.SingleAsync()).Text);
        Assert.Equal(Rows, await read.Listings.CountAsync());
    }

    private static async Task CompareAsync(Action<DbContextOptionsBuilder> bulkProvider, Action<DbContextOptionsBuilder> plainProvider)
    {
        var listings = Listings();
        await using (var bulk = Catalogue.Open(bulkProvider))
        {
            await bulk.Database.EnsureCreatedAsync();
            bulk.Listings.AddRange(listings.Select(Copy));
            bulk.Notes.Add(new Note { Text = "saved with the rows" });
            await bulk.SaveWithNewRowsAsync<Listing>(CancellationToken.None);
            Assert.All(bulk.ChangeTracker.Entries(), entry => Assert.Equal(EntityState.Unchanged, entry.State));
        }

        await using (var plain = Catalogue.Open(plainProvider))
        {
            await plain.Database.EnsureCreatedAsync();
            plain.Listings.AddRange(listings.Select(Copy));
            plain.Notes.Add(new Note { Text = "saved with the rows" });
            await plain.SaveChangesAsync();
        }

        await using var bulkRead = Catalogue.Open(bulkProvider);
        await using var plainRead = Catalogue.Open(plainProvider);
        Assert.Equal(await StoredTextAsync(plainRead), await StoredTextAsync(bulkRead));
        var expected = await plainRead.Listings.OrderBy(l => l.Id).ToListAsync();
        var actual = await bulkRead.Listings.OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
        Assert.Equal(1, await bulkRead.Notes.CountAsync());
    }

    private static List<Listing> Listings() =>
    [
        .. Enumerable.Range(0, Rows).Select(i => new Listing
        {
            Id = Guid.NewGuid(),
            Title = $"永磁同步电机控制器 {i} \"quoted\" 'single'",
            Team = i % 3 == 0 ? null : "电机团队",
            Keywords = i % 4 == 0 ? [] : ["永磁同步电机", "矢量控制", $"k{i}"],
            Modes = [Mode.Licensing, Mode.JointDevelopment],
            Stage = i % 2 == 0 ? Mode.Transfer : null,
            Price = i % 5 == 0 ? null : 12.5m + i,
            Confidence = i % 2 == 0 ? 0.875 : null,
            Fingerprint = long.MinValue + i,
            Extracted = i % 2 == 1,
            CompletedOn = i % 3 == 0 ? null : new DateOnly(2025, 1 + (i % 12), 1 + (i % 28)),
            UpdatedAt = new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero).AddTicks(i * 1234567),
            Version = 1 + (i % 3),
        }),
    ];

    private static Listing Copy(Listing l) => new()
    {
        Id = l.Id, Title = l.Title, Team = l.Team, Keywords = [.. l.Keywords], Modes = [.. l.Modes], Stage = l.Stage, Price = l.Price,
        Confidence = l.Confidence, Fingerprint = l.Fingerprint, Extracted = l.Extracted, CompletedOn = l.CompletedOn, UpdatedAt = l.UpdatedAt,
        Version = l.Version,
    };

    private static string Describe(Listing l) =>
        $"{l.Id}|{l.Title}|{l.Team}|{string.Join(",", l.Keywords)}|{string.Join(",", l.Modes)}|{l.Stage}|{l.Price}|{l.Confidence}|{l.Fingerprint}|{l.Extracted}|{l.CompletedOn}|{l.UpdatedAt:O}|{l.Version}";

    /// <summary>Every column of every row as the database returns it, as text, in key order.</summary>
    private static async Task<List<string>> StoredTextAsync(Catalogue db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM listings ORDER BY id";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}")));
        }

        return rows;
    }

    /// <summary>A folder for a test's SQLite files, removed with them at the end.</summary>
    private sealed class SqliteFiles : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("huli-newrows-").FullName;

        /// <summary>The connection string of a database file in the folder; no pooling, so no handle outlives the test.</summary>
        public string Database(string name) => $"Data Source={Path.Combine(folder, name + ".db")};Pooling=false";

        public void Dispose() => Directory.Delete(folder, recursive: true);
    }

    /// <summary>The text of every command EF Core sends (NewRows' own INSERT goes around it).</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private enum Mode
    {
        Transfer,
        Licensing,
        JointDevelopment,
    }

    private sealed class Listing
    {
        public Guid Id { get; set; }

        public required string Title { get; set; }

        public string? Team { get; set; }

        public List<string> Keywords { get; set; } = [];

        public List<Mode> Modes { get; set; } = [];

        public Mode? Stage { get; set; }

        public decimal? Price { get; set; }

        public double? Confidence { get; set; }

        public long Fingerprint { get; set; }

        public bool Extracted { get; set; }

        public DateOnly? CompletedOn { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public int Version { get; set; }
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public required string Text { get; set; }
    }

    private sealed class Catalogue(DbContextOptions<Catalogue> options) : DbContext(options)
    {
        public DbSet<Listing> Listings => Set<Listing>();

        public DbSet<Note> Notes => Set<Note>();

        public static Catalogue Open(Action<DbContextOptionsBuilder> provider)
        {
            var options = new DbContextOptionsBuilder<Catalogue>();
            provider(options);
            return new Catalogue(options.Options);
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Listing>(listing =>
            {
                listing.ToTable("listings");
                listing.Property(l => l.Id).HasColumnName("id");
                listing.Property(l => l.Title).HasMaxLength(200);
                listing.Property(l => l.Stage).HasConversion<string>().HasMaxLength(24);
                listing.Property(l => l.Price).HasPrecision(12, 2);
                listing.Property(l => l.Version).IsConcurrencyToken();
            });
            modelBuilder.Entity<Note>().ToTable("notes", t => t.HasCheckConstraint("ck_note_text", "length(\"Text\") > 0"));
        }
    }
}
