using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Matcher.Data;

public sealed class MatcherDbContext(DbContextOptions<MatcherDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<MatchableNeed> Needs => Set<MatchableNeed>();

    public DbSet<MatchableResult> Results => Set<MatchableResult>();

    public DbSet<RankedPairing> Pairings => Set<RankedPairing>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MatchableNeed>(need =>
        {
            need.ToTable("needs");
            need.HasKey(n => n.NeedId);
            need.Property(n => n.RankingRevision).IsConcurrencyToken();
        });
        modelBuilder.Entity<MatchableResult>(result =>
        {
            result.ToTable("results");
            result.HasKey(r => r.ResultId);
        });
        modelBuilder.Entity<RankedPairing>(pairing =>
        {
            pairing.ToTable("ranked_pairings");
            pairing.HasKey(p => new { p.NeedId, p.ResultId });
            pairing.HasIndex(p => p.ResultId);
        });
        modelBuilder.ConfigureOutbox();
    }
}
