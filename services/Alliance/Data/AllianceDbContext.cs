using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Data;

public sealed class AllianceDbContext(DbContextOptions<AllianceDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<NeedRankingState> Rankings => Set<NeedRankingState>();

    public DbSet<PairingStep> Steps => Set<PairingStep>();

    public DbSet<PairedNeed> Needs => Set<PairedNeed>();

    public DbSet<InboxEntry> Inbox => Set<InboxEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberNeedProfile> MemberNeeds => Set<MemberNeedProfile>();

    public DbSet<MemberDelivery> MemberDeliveries => Set<MemberDelivery>();

    public DbSet<MemberStatusChange> MemberStatusChanges => Set<MemberStatusChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Pairing>(pairing =>
        {
            pairing.ToTable("pairings");
            pairing.HasIndex(p => new { p.NeedId, p.ResultId }).IsUnique();
            pairing.HasIndex(p => p.Status);
            pairing.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            pairing.Property(p => p.RejectionReason).HasMaxLength(PairingLimits.Reason);
            pairing.Property(p => p.Version).IsConcurrencyToken();
            pairing.OwnsMany(p => p.Reasons, reasons => reasons.ToJson());
        });
        modelBuilder.Entity<NeedRankingState>(state =>
        {
            state.ToTable("need_rankings");
            state.HasKey(s => s.NeedId);
        });
        WorkflowModel.ConfigureWorkflow(modelBuilder);
        modelBuilder.ConfigureOutbox();
        modelBuilder.ConfigureMembers();
    }
}
