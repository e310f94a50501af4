using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>The member registry's tables, kept apart from the pairings' so each part of the Alliance owns its own.</summary>
public static class MemberModel
{
    public static void ConfigureMembers(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("members");
            member.HasIndex(m => m.Code).IsUnique();
            member.Property(m => m.Code).HasMaxLength(32);
            member.Property(m => m.Name).HasMaxLength(MemberLimits.Name);
            member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            member.Property(m => m.Delivery).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.WebhookUrl).HasMaxLength(MemberLimits.Url);
            member.Property(m => m.Version).IsConcurrencyToken();
            member.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            member.Property(m => m.SuspendReason).HasMaxLength(MemberLimits.SuspendReason);
            member.OwnsMany(m => m.Contacts, contacts => contacts.ToJson());
            member.OwnsOne(m => m.Subscription, subscription => subscription.ToJson());
        });
        modelBuilder.Entity<MemberStatusChange>(change =>
        {
            change.ToTable("member_status_changes");
            change.HasIndex(c => c.MemberId);
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.By).HasMaxLength(MemberLimits.Name);
            change.Property(c => c.Reason).HasMaxLength(MemberLimits.SuspendReason);
        });
        modelBuilder.Entity<MemberNeedProfile>(need =>
        {
            need.ToTable("member_need_profiles");
            need.HasKey(n => n.NeedId);
            need.Property(n => n.Confidentiality).HasConversion<string>().HasMaxLength(16);
            need.Property(n => n.Region).HasMaxLength(MemberLimits.Region);
        });
        modelBuilder.Entity<MemberDelivery>(delivery =>
        {
            delivery.ToTable("member_deliveries");
            delivery.HasIndex(d => new { d.MemberId, d.Key }).IsUnique();
            delivery.HasIndex(d => d.Status);
            delivery.Property(d => d.Key).HasMaxLength(128);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.LastError).HasMaxLength(MemberLimits.Error);
        });
    }
}
