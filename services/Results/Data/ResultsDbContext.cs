using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Data;

public sealed class ResultsDbContext(DbContextOptions<ResultsDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<ResearchResult> Results => Set<ResearchResult>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ResearchResult>(result =>
        {
            result.ToTable("research_results");
            result.Property(r => r.Title).HasMaxLength(ResultLimits.Title);
            result.Property(r => r.Institute).HasMaxLength(ResultLimits.Institute);
            result.Property(r => r.ExternalId).HasMaxLength(ResultLimits.ExternalId);
            result.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            result.Property(r => r.Version).IsConcurrencyToken();
            result.HasIndex(r => new { r.Institute, r.ExternalId }).IsUnique();
            result.HasIndex(r => r.IndexedVersion);
        });
        modelBuilder.ConfigureOutbox();
    }
}
