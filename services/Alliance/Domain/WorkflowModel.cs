using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>The tables of the coordinators' workflow: pairing steps, the needs' copies and the inboxes.</summary>
public static class WorkflowModel
{
    public static void ConfigureWorkflow(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Pairing>(pairing =>
        {
            pairing.Property(p => p.ContractAmount).HasPrecision(14, 2);
            pairing.Property(p => p.ContractType).HasConversion<string>().HasMaxLength(24);
            pairing.Property(p => p.CloseReason).HasMaxLength(PairingLimits.Reason);
            pairing.HasIndex(p => p.Institute);
        });
        modelBuilder.Entity<PairingStep>(step =>
        {
            step.ToTable("pairing_steps");
            step.HasIndex(s => s.PairingId);
            step.Property(s => s.From).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.To).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.By).HasMaxLength(200);
            step.Property(s => s.Notes).HasMaxLength(PairingLimits.Notes);
            step.Property(s => s.ContractAmount).HasPrecision(14, 2);
            step.Property(s => s.ContractType).HasConversion<string>().HasMaxLength(24);
        });
        modelBuilder.Entity<PairedNeed>(need =>
        {
            need.ToTable("paired_needs");
            need.HasKey(n => n.NeedId);
            need.Property(n => n.Confidentiality).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<InboxEntry>(entry =>
        {
            entry.ToTable("inbox");
            entry.HasIndex(e => new { e.Recipient, e.Read });
            entry.Property(e => e.Recipient).HasMaxLength(200);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        });
    }
}
