using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class EncounterConfiguration : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> builder)
    {
        builder.Property(e => e.PlaceOfService).HasMaxLength(2);
        builder.Property(e => e.ExternalId).HasMaxLength(64);
        builder.Property(e => e.PriorAuthorizationNumber).HasMaxLength(50);
        builder.Property(e => e.AssignedCoderId).HasMaxLength(64);
        builder.Property(e => e.CodedByUserId).HasMaxLength(64);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(e => e.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(e => e.ReferringProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InsurancePolicy>().WithMany().HasForeignKey(e => e.PrimaryPolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Diagnoses).WithOne().HasForeignKey(d => d.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ServiceLines).WithOne().HasForeignKey(l => l.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Diagnoses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.ServiceLines).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The coding queue filters by status and sorts by priority then age; "mine" filters by coder.
        builder.HasIndex(e => new { e.Status, e.Priority, e.DateOfService });
        builder.HasIndex(e => new { e.AssignedCoderId, e.Status });
        builder.HasIndex(e => new { e.ProviderId, e.DateOfService });
        builder.HasIndex(e => e.PatientId);
        builder.HasIndex(e => e.CodedAtUtc);
        builder.HasIndex(e => e.ExternalId).IsUnique();
    }
}

internal sealed class EncounterDiagnosisConfiguration : IEntityTypeConfiguration<EncounterDiagnosis>
{
    public void Configure(EntityTypeBuilder<EncounterDiagnosis> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(8);
        builder.HasIndex(d => new { d.EncounterId, d.Sequence }).IsUnique();
    }
}

internal sealed class ServiceLineConfiguration : IEntityTypeConfiguration<ServiceLine>
{
    public void Configure(EntityTypeBuilder<ServiceLine> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(5);
        builder.Property(l => l.Modifier1).HasMaxLength(2);
        builder.Property(l => l.Modifier2).HasMaxLength(2);
        builder.Property(l => l.Modifier3).HasMaxLength(2);
        builder.Property(l => l.Modifier4).HasMaxLength(2);
        builder.HasIndex(l => new { l.EncounterId, l.Sequence }).IsUnique();
    }
}

internal sealed class ProviderQueryConfiguration : IEntityTypeConfiguration<ProviderQuery>
{
    public void Configure(EntityTypeBuilder<ProviderQuery> builder)
    {
        builder.Property(q => q.Question).HasMaxLength(2000);
        builder.Property(q => q.Answer).HasMaxLength(4000);
        builder.Property(q => q.AskedByUserId).HasMaxLength(64);
        builder.Property(q => q.AnsweredByUserId).HasMaxLength(64);
        builder.HasOne(q => q.Encounter).WithMany().HasForeignKey(q => q.EncounterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.Status, q.AskedAtUtc });
        builder.HasIndex(q => q.EncounterId);
    }
}

internal sealed class CodingEditOverrideConfiguration : IEntityTypeConfiguration<CodingEditOverride>
{
    public void Configure(EntityTypeBuilder<CodingEditOverride> builder)
    {
        builder.Property(o => o.RuleId).HasMaxLength(40);
        builder.Property(o => o.Reason).HasMaxLength(1000);
        builder.Property(o => o.UserId).HasMaxLength(64);
        builder.HasOne<Encounter>().WithMany().HasForeignKey(o => o.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.EncounterId, o.RuleId, o.TargetKind, o.TargetNumber }).IsUnique();
    }
}

internal sealed class CodeSuggestionDecisionConfiguration : IEntityTypeConfiguration<CodeSuggestionDecision>
{
    public void Configure(EntityTypeBuilder<CodeSuggestionDecision> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(8);
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.HasOne<Encounter>().WithMany().HasForeignKey(d => d.EncounterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.EncounterId, d.Code }).IsUnique();
        builder.HasIndex(d => new { d.UserId, d.AtUtc });
    }
}
