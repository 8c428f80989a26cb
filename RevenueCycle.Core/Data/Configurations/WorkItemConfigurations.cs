using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Notes;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class DenialConfiguration : IEntityTypeConfiguration<Denial>
{
    public void Configure(EntityTypeBuilder<Denial> builder)
    {
        builder.Property(d => d.GroupCode).HasMaxLength(2);
        builder.Property(d => d.ReasonCode).HasMaxLength(5);
        builder.Property(d => d.RemarkCodes).HasMaxLength(100);
        builder.Property(d => d.AssignedToUserId).HasMaxLength(64);
        builder.HasOne<Claim>().WithMany().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClaimLine>().WithMany().HasForeignKey(d => d.ClaimLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.AppealDeadline });
        builder.HasIndex(d => new { d.Status, d.AmountAtStake });
        builder.HasIndex(d => new { d.PayerId, d.Status, d.AmountAtStake });
        builder.HasIndex(d => new { d.ProviderId, d.Status, d.AmountAtStake });
        builder.HasIndex(d => new { d.ReasonCode, d.Status, d.AmountAtStake });
        builder.HasIndex(d => new { d.Status, d.DeniedOn });
        builder.HasIndex(d => new { d.Category, d.DeniedOn });
        builder.HasIndex(d => new { d.AssignedToUserId, d.Status });
        builder.HasIndex(d => d.ClaimId);
    }
}

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorUserId).HasMaxLength(64);
        builder.HasIndex(n => new { n.Subject, n.SubjectId, n.CreatedAtUtc });
        builder.HasIndex(n => n.FollowUpOn);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => new { a.PatientId, a.AtUtc });
        builder.HasIndex(a => new { a.UserId, a.AtUtc });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.AtUtc);
    }
}

internal sealed class DenialAppealConfiguration : IEntityTypeConfiguration<DenialAppeal>
{
    public void Configure(EntityTypeBuilder<DenialAppeal> builder)
    {
        builder.Property(a => a.LetterText).HasMaxLength(20_000);
        builder.Property(a => a.CreatedByUserId).HasMaxLength(64);
        builder.Property(a => a.DecisionNote).HasMaxLength(500);
        builder.HasOne<Denial>().WithMany().HasForeignKey(a => a.DenialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.DenialId);
        builder.HasIndex(a => new { a.Outcome, a.DecidedAtUtc });
    }
}

internal sealed class WriteOffRequestConfiguration : IEntityTypeConfiguration<WriteOffRequest>
{
    public void Configure(EntityTypeBuilder<WriteOffRequest> builder)
    {
        builder.Property(r => r.ReasonCode).HasMaxLength(5);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(64);
        builder.Property(r => r.DecidedByUserId).HasMaxLength(64);
        builder.HasOne<Denial>().WithMany().HasForeignKey(r => r.DenialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.RequestedAtUtc });
        builder.HasIndex(r => r.DenialId);
    }
}

internal sealed class PatientCreditEntryConfiguration : IEntityTypeConfiguration<Statements.PatientCreditEntry>
{
    public void Configure(EntityTypeBuilder<Statements.PatientCreditEntry> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.HasOne<Patients.Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Remittance.PaymentBatch>().WithMany().HasForeignKey(e => e.PaymentBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PatientId, e.AtUtc });
    }
}

internal sealed class StatementRunConfiguration : IEntityTypeConfiguration<Statements.StatementRun>
{
    public void Configure(EntityTypeBuilder<Statements.StatementRun> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.HasIndex(r => r.RunAtUtc);
    }
}

internal sealed class StatementRecordConfiguration : IEntityTypeConfiguration<Statements.StatementRecord>
{
    public void Configure(EntityTypeBuilder<Statements.StatementRecord> builder)
    {
        builder.Property(r => r.StatementNumber).HasMaxLength(30);
        builder.HasOne<Statements.StatementRun>().WithMany().HasForeignKey(r => r.StatementRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Patients.Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PatientId, r.StatementDate });
    }
}
