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
        builder.Property(c => c.AutoAccidentState).HasMaxLength(2);
        builder.Property(c => c.AdditionalInformation).HasMaxLength(80);
        builder.Property(c => c.OriginalPayerClaimNumber).HasMaxLength(50);
        builder.HasOne<ServiceFacility>().WithMany().HasForeignKey(c => c.ServiceFacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.ControlNumber).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InsurancePolicy>().WithMany().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payer>().WithMany().HasForeignKey(c => c.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.RenderingProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ReferringProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Claim>().WithMany().HasForeignKey(c => c.OriginalClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Claim>().WithMany().HasForeignKey(c => c.PrimaryClaimId).OnDelete(DeleteBehavior.Restrict);
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

        // The open balance is stored so the worklist sorts and filters on an index, not on an
        // expression over every matching claim: one payer's denials by balance; aged claims over an amount.
        builder.HasIndex(c => new { c.Status, c.PayerId, c.OpenBalance });
        builder.HasIndex(c => new { c.ServiceFromDate, c.OpenBalance });
        builder.HasIndex(c => new { c.Status, c.RenderingProviderId, c.ServiceFromDate });
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
        // Not unique: combining and splitting renumber lines, and a transient duplicate mid-save must not fail.
        builder.HasIndex(l => new { l.ClaimId, l.LineNumber });
        builder.HasIndex(l => l.EncounterId);
        builder.HasIndex(l => new { l.Code, l.DateOfService });
    }
}

internal sealed class ClaimDiagnosisConfiguration : IEntityTypeConfiguration<ClaimDiagnosis>
{
    public void Configure(EntityTypeBuilder<ClaimDiagnosis> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(8);
        builder.HasIndex(d => new { d.ClaimId, d.Sequence });
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

internal sealed class SubmissionBatchFileConfiguration : IEntityTypeConfiguration<SubmissionBatchFile>
{
    public void Configure(EntityTypeBuilder<SubmissionBatchFile> builder)
    {
        builder.HasKey(f => f.SubmissionBatchId);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasOne(f => f.SubmissionBatch).WithOne().HasForeignKey<SubmissionBatchFile>(f => f.SubmissionBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceFacilityConfiguration : IEntityTypeConfiguration<ServiceFacility>
{
    public void Configure(EntityTypeBuilder<ServiceFacility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(60);
        builder.Property(f => f.Npi).HasMaxLength(10);
        builder.Property(f => f.PlacesOfService).HasMaxLength(60);
        builder.ComplexProperty(f => f.Address, a => AddressMapping.Configure(a));
    }
}

internal sealed class ControlNumberSequenceConfiguration : IEntityTypeConfiguration<ControlNumberSequence>
{
    public void Configure(EntityTypeBuilder<ControlNumberSequence> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(40);
    }
}

internal sealed class PriorAuthorizationRequirementConfiguration : IEntityTypeConfiguration<PriorAuthorizationRequirement>
{
    public void Configure(EntityTypeBuilder<PriorAuthorizationRequirement> builder)
    {
        builder.Property(r => r.ProcedureCode).HasMaxLength(5);
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PayerId, r.ProcedureCode }).IsUnique();
    }
}

internal sealed class SavedClaimViewConfiguration : IEntityTypeConfiguration<SavedClaimView>
{
    public void Configure(EntityTypeBuilder<SavedClaimView> builder)
    {
        builder.Property(v => v.UserId).HasMaxLength(64);
        builder.Property(v => v.Name).HasMaxLength(60);
        builder.Property(v => v.FilterJson).HasMaxLength(2000);
        builder.HasIndex(v => new { v.UserId, v.Name }).IsUnique();
    }
}

internal sealed class ScrubRunConfiguration : IEntityTypeConfiguration<ScrubRun>
{
    public void Configure(EntityTypeBuilder<ScrubRun> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.HasOne<Claim>().WithMany().HasForeignKey(r => r.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.ScrubRunId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(nameof(ScrubRun.Findings)).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.ClaimId, r.RunAtUtc });
        builder.HasIndex(r => new { r.IsFirst, r.RunAtUtc });
    }
}

internal sealed class ScrubFindingConfiguration : IEntityTypeConfiguration<ScrubFindingRecord>
{
    public void Configure(EntityTypeBuilder<ScrubFindingRecord> builder)
    {
        builder.ToTable("ScrubFindings");
        builder.Property(f => f.RuleId).HasMaxLength(40);
        builder.Property(f => f.Severity).HasMaxLength(10);
        builder.Property(f => f.Message).HasMaxLength(500);
        builder.Property(f => f.Field).HasMaxLength(60);
        builder.Property(f => f.FixHint).HasMaxLength(500);
        builder.HasIndex(f => f.ScrubRunId);
        builder.HasIndex(f => f.RuleId);
    }
}

internal sealed class PayerRuleConfiguration : IEntityTypeConfiguration<PayerRule>
{
    public void Configure(EntityTypeBuilder<PayerRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.FilingIndicator).HasMaxLength(2);
        builder.Property(r => r.DefinitionJson).HasMaxLength(8000);
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AcknowledgementFileConfiguration : IEntityTypeConfiguration<AcknowledgementFile>
{
    public void Configure(EntityTypeBuilder<AcknowledgementFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(260);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UserId).HasMaxLength(64);
        builder.Property(f => f.Summary).HasMaxLength(1000);
        builder.HasIndex(f => f.Sha256).IsUnique();
    }
}

internal sealed class ClaimAcknowledgementConfiguration : IEntityTypeConfiguration<ClaimAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ClaimAcknowledgement> builder)
    {
        builder.Property(a => a.Codes).HasMaxLength(200);
        builder.Property(a => a.Message).HasMaxLength(1000);
        builder.HasOne<AcknowledgementFile>().WithMany().HasForeignKey(a => a.AcknowledgementFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Claim>().WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SubmissionBatch>().WithMany().HasForeignKey(a => a.SubmissionBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ClaimId);
        builder.HasIndex(a => a.SubmissionBatchId);
    }
}
