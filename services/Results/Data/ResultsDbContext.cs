using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Data;

public sealed class ResultsDbContext(DbContextOptions<ResultsDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<ResearchResult> Results => Set<ResearchResult>();

    public DbSet<ResultAlias> Aliases => Set<ResultAlias>();

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
            result.Property(r => r.Form).HasConversion<string>().HasMaxLength(16);
            result.Property(r => r.IpStatus).HasConversion<string>().HasMaxLength(24);
            result.Property(r => r.Team).HasMaxLength(ResultLimits.Team);
            result.Property(r => r.ContactName).HasMaxLength(ResultLimits.ContactName);
            result.Property(r => r.ContactPhone).HasMaxLength(ResultLimits.ContactPhone);
            result.Property(r => r.ContactEmail).HasMaxLength(ResultLimits.ContactEmail);
            result.Property(r => r.Region).HasMaxLength(ResultLimits.Region);
            result.Property(r => r.Language).HasMaxLength(8);
            result.Property(r => r.PriceMin).HasPrecision(12, 2);
            result.Property(r => r.PriceMax).HasPrecision(12, 2);
            result.Property(r => r.Version).IsConcurrencyToken();
            result.HasIndex(r => new { r.Institute, r.ExternalId }).IsUnique();
            result.HasIndex(r => r.IndexedVersion);
        });
        modelBuilder.Entity<ResultAlias>(alias =>
        {
            alias.ToTable("result_aliases");
            alias.HasKey(a => new { a.Institute, a.ExternalId });
            alias.Property(a => a.Institute).HasMaxLength(ResultLimits.Institute);
            alias.Property(a => a.ExternalId).HasMaxLength(ResultLimits.ExternalId);
        });
        modelBuilder.ConfigureOutbox();
        modelBuilder.ConfigureIndexLayouts();
    }
}
