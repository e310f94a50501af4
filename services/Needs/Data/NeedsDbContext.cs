using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Data;

public sealed class NeedsDbContext(DbContextOptions<NeedsDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<Need> Needs => Set<Need>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Need>(need =>
        {
            need.ToTable("needs");
            need.Property(n => n.Title).HasMaxLength(NeedLimits.Title);
            need.Property(n => n.Enterprise).HasMaxLength(NeedLimits.Enterprise);
            need.Property(n => n.ExternalId).HasMaxLength(NeedLimits.ExternalId);
            need.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
            need.Property(n => n.Confidentiality).HasConversion<string>().HasMaxLength(16);
            need.Property(n => n.QuantifiedTargets).HasMaxLength(NeedLimits.QuantifiedTargets);
            need.Property(n => n.Region).HasMaxLength(NeedLimits.Region);
            need.Property(n => n.ContactName).HasMaxLength(NeedLimits.ContactName);
            need.Property(n => n.ContactPhone).HasMaxLength(30);
            need.Property(n => n.ContactEmail).HasMaxLength(254);
            need.Property(n => n.Language).HasMaxLength(8);
            need.Property(n => n.BudgetMin).HasPrecision(12, 2);
            need.Property(n => n.BudgetMax).HasPrecision(12, 2);
            need.Property(n => n.Version).IsConcurrencyToken();
            need.HasIndex(n => new { n.Enterprise, n.ExternalId }).IsUnique();
            need.HasIndex(n => n.IndexedVersion);
        });
        modelBuilder.ConfigureOutbox();
        modelBuilder.ConfigureIndexLayouts();
    }
}
