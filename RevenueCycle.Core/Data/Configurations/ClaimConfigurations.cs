using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.ControlNumber).HasMaxLength(20);
        builder.Property(c => c.PlaceOfService).HasMaxLength(2);
        builder.Property(c => c.FrequencyCode).HasMaxLength(1);
        builder.Property(c => c.PayerClaimNumber).HasMaxLength(50);
        builder.Property(c => c.PriorAuthorizationNumber).HasMaxLength(50);
        builder.Property(c => c.StatusReason).HasMaxLength(500);
        builder.Property(c => c.CreatedByUserId).HasMaxLength(64);
        builder.Property(c => c.AssignedToUserId).HasMaxLength(64);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.ControlNumber).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InsurancePolicy>().WithMany().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payer>().WithMany().HasForeignKey(c => c.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.RenderingProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ReferringProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Claim>().WithMany().HasForeignKey(c => c.OriginalClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Diagnoses).WithOne().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Submissions).WithOne().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Claim.Lines), nameof(Claim.Diagnoses), nameof(Claim.History), nameof(Claim.Submissions) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        // Worklist filters: status with payer, assignee, dates of service and submission.
        builder.HasIndex(c => new { c.Status, c.PayerId, c.ServiceFromDate });
        builder.HasIndex(c => new { c.AssignedToUserId, c.Status });
        builder.HasIndex(c => new { c.PatientId, c.ServiceFromDate });
        builder.HasIndex(c => new { c.RenderingProviderId, c.ServiceFromDate });
        builder.HasIndex(c => c.ServiceFromDate);
        builder.HasIndex(c => c.FirstSubmittedAtUtc);
        builder.HasIndex(c => c.FirstAdjudicatedAtUtc);
        builder.HasIndex(c => c.PayerClaimNumber);
    }
}

internal sealed class ClaimLineConfiguration : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(5);
        builder.Property(l => l.Modifier1).HasMaxLength(2);
        builder.Property(l => l.Modifier2).HasMaxLength(2);
        builder.Property(l => l.Modifier3).HasMaxLength(2);
        builder.Property(l => l.Modifier4).HasMaxLength(2);
        builder.HasOne<Encounter>().WithMany().HasForeignKey(l => l.EncounterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ClaimId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => l.EncounterId);
        builder.HasIndex(l => new { l.Code, l.DateOfService });
    }
}

internal sealed class ClaimDiagnosisConfiguration : IEntityTypeConfiguration<ClaimDiagnosis>
{
    public void Configure(EntityTypeBuilder<ClaimDiagnosis> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(8);
        builder.HasIndex(d => new { d.ClaimId, d.Sequence }).IsUnique();
    }
}

internal sealed class ClaimStatusChangeConfiguration : IEntityTypeConfiguration<ClaimStatusChange>
{
    public void Configure(EntityTypeBuilder<ClaimStatusChange> builder)
    {
        builder.Property(h => h.UserId).HasMaxLength(64);
        builder.Property(h => h.Note).HasMaxLength(500);
        builder.HasIndex(h => new { h.ClaimId, h.AtUtc });
        builder.HasIndex(h => new { h.ToStatus, h.AtUtc });
    }
}

internal sealed class SubmissionBatchConfiguration : IEntityTypeConfiguration<SubmissionBatch>
{
    public void Configure(EntityTypeBuilder<SubmissionBatch> builder)
    {
        builder.Property(b => b.ReceiverId).HasMaxLength(15);
        builder.Property(b => b.CreatedByUserId).HasMaxLength(64);
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.HasIndex(b => new { b.ReceiverId, b.InterchangeControlNumber }).IsUnique();
        builder.HasIndex(b => b.CreatedAtUtc);
    }
}

internal sealed class ClaimSubmissionConfiguration : IEntityTypeConfiguration<ClaimSubmission>
{
    public void Configure(EntityTypeBuilder<ClaimSubmission> builder)
    {
        builder.HasOne(s => s.SubmissionBatch).WithMany().HasForeignKey(s => s.SubmissionBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ClaimId);
        builder.HasIndex(s => s.SubmissionBatchId);
    }
}
