using System.Text.Json;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Huli.Matchmaking.Matcher.Data;

public sealed class MatcherDbContext(DbContextOptions<MatcherDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<MatchableNeed> Needs => Set<MatchableNeed>();

    public DbSet<MatchableResult> Results => Set<MatchableResult>();

    public DbSet<RankedPairing> Pairings => Set<RankedPairing>();

    public DbSet<DecidedPairing> Decisions => Set<DecidedPairing>();

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

            // Reasons are read and written whole with their pairing, so one JSON column serves both databases.
            pairing.Property(p => p.Reasons).HasConversion(
                reasons => JsonSerializer.Serialize(reasons, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<RankingReason>>(json, JsonSerializerOptions.Web) ?? new List<RankingReason>(),
                new ValueComparer<List<RankingReason>>(
                    (a, b) => a!.SequenceEqual(b!),
                    reasons => reasons.Aggregate(0, (hash, reason) => HashCode.Combine(hash, reason)),
                    reasons => reasons.ToList()));
        });
        modelBuilder.Entity<DecidedPairing>(decision =>
        {
            decision.ToTable("decided_pairings");
            decision.HasKey(d => new { d.NeedId, d.ResultId });
        });
        modelBuilder.ConfigureOutbox();
    }
}
