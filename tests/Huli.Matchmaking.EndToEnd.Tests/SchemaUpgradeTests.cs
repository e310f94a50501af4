using Huli.Matchmaking.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>A database made by an earlier version gains the tables, columns and indexes a newer model added, on
/// SQLite (embedded) and on the real PostgreSQL (distributed), and keeps its rows.</summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task An_older_sqlite_database_gains_what_the_model_added_and_keeps_its_rows()
    {
        var folder = Directory.CreateTempSubdirectory("huli-schema-").FullName;
        try
        {
            var connection = $"Data Source={Path.Combine(folder, "alliance.db")};Pooling=false";
            await UpgradeAndCheckAsync(o => o.UseSqlite(connection));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_older_postgres_database_gains_what_the_model_added_and_keeps_its_rows()
    {
        var database = $"huli_schema_{Guid.NewGuid():N}";
        var server = Servers.Postgres.TrimEnd(';');
        try
        {
            await UpgradeAndCheckAsync(o => o.UseNpgsql($"{server};Database={database}"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection($"{server};Database=postgres");
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task UpgradeAndCheckAsync(Action<DbContextOptionsBuilder> provider)
    {
        var oldOptions = new DbContextOptionsBuilder<EarlierShop>();
        provider(oldOptions);
        await using (var earlier = new EarlierShop(oldOptions.Options))
        {
            Assert.True(await earlier.Database.EnsureCreatedAsync());
            earlier.Orders.Add(new EarlierOrder { Id = 1, Title = "永磁同步电机控制器" });
            await earlier.SaveChangesAsync();
        }

        var newOptions = new DbContextOptionsBuilder<LaterShop>();
        provider(newOptions);
        await using (var later = new LaterShop(newOptions.Options))
        {
            Assert.False(await later.Database.EnsureCreatedAsync());
            var added = await SchemaUpgrade.ApplyAsync(later, CancellationToken.None);
            Assert.Equal(
                ["column orders.Amount", "column orders.Note", "column orders.Stage", "index IX_order_steps_OrderId", "index IX_orders_Stage", "table order_steps"],
                added.Order(StringComparer.Ordinal));

            var kept = await later.Orders.SingleAsync();
            Assert.Equal(("永磁同步电机控制器", OrderStage.Proposed, 0m, (string?)null), (kept.Title, kept.Stage, kept.Amount, kept.Note));

            kept.Stage = OrderStage.Contracted;
            later.Steps.Add(new OrderStep { Id = Guid.NewGuid(), OrderId = kept.Id, Notes = "签约" });
            await later.SaveChangesAsync();
            Assert.Empty(await SchemaUpgrade.ApplyAsync(later, CancellationToken.None));
        }

        await using var reopened = new LaterShop(newOptions.Options);
        Assert.Equal(OrderStage.Contracted, (await reopened.Orders.SingleAsync()).Stage);
        Assert.Equal("签约", (await reopened.Steps.SingleAsync()).Notes);
    }

    private sealed class EarlierOrder
    {
        public int Id { get; set; }

        public required string Title { get; set; }
    }

    private sealed class EarlierShop(DbContextOptions<EarlierShop> options) : DbContext(options)
    {
        public DbSet<EarlierOrder> Orders => Set<EarlierOrder>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<EarlierOrder>().ToTable("orders").Property(o => o.Id).ValueGeneratedNever();
    }

    private enum OrderStage
    {
        Proposed,
        Contracted,
    }

    private sealed class LaterOrder
    {
        public int Id { get; set; }

        public required string Title { get; set; }

        public OrderStage Stage { get; set; }

        public decimal Amount { get; set; }

        public string? Note { get; set; }
    }

    private sealed class OrderStep
    {
        public Guid Id { get; set; }

        public int OrderId { get; set; }

        public required string Notes { get; set; }
    }

    private sealed class LaterShop(DbContextOptions<LaterShop> options) : DbContext(options)
    {
        public DbSet<LaterOrder> Orders => Set<LaterOrder>();

        public DbSet<OrderStep> Steps => Set<OrderStep>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<LaterOrder>(order =>
            {
                order.ToTable("orders");
                order.Property(o => o.Id).ValueGeneratedNever();
                order.Property(o => o.Stage).HasConversion<string>().HasMaxLength(16);
                order.HasIndex(o => o.Stage);
            });
            modelBuilder.Entity<OrderStep>(step =>
            {
                step.ToTable("order_steps");
                step.HasOne<LaterOrder>().WithMany().HasForeignKey(s => s.OrderId);
            });
        }
    }
}
