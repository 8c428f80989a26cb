using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.Property(b => b.CheckNumber).HasMaxLength(50);
        builder.Property(b => b.CreatedByUserId).HasMaxLength(64);
        builder.Property(b => b.PostedByUserId).HasMaxLength(64);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<Payer>().WithMany().HasForeignKey(b => b.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.PayerId, b.CheckNumber });
        builder.HasIndex(b => new { b.Status, b.CheckDate });
    }
}

internal sealed class RemittanceConfiguration : IEntityTypeConfiguration<Remittance.Remittance>
{
    public void Configure(EntityTypeBuilder<Remittance.Remittance> builder)
    {
        builder.Property(r => r.TraceNumber).HasMaxLength(50);
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.FileSha256).HasMaxLength(64);
        builder.Property(r => r.ImportedByUserId).HasMaxLength(64);
        builder.Property(r => r.PostedByUserId).HasMaxLength(64);
        builder.Property(r => r.Imbalance).HasMaxLength(1000);
        builder.Property(r => r.OverrideReason).HasMaxLength(500);
        builder.HasOne(r => r.PaymentBatch).WithMany().HasForeignKey(r => r.PaymentBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payer>().WithMany().HasForeignKey(r => r.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Claims).WithOne().HasForeignKey(c => c.RemittanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Claims).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Posting the same check twice must change nothing: the payer and TRN02 identify it.
        builder.HasIndex(r => new { r.PayerId, r.TraceNumber }).IsUnique();
        builder.HasIndex(r => r.FileSha256);
        builder.HasIndex(r => r.Status);
    }
}

internal sealed class RemittanceClaimConfiguration : IEntityTypeConfiguration<RemittanceClaim>
{
    public void Configure(EntityTypeBuilder<RemittanceClaim> builder)
    {
        builder.Property(c => c.PatientControlNumber).HasMaxLength(38);
        builder.Property(c => c.StatusCode).HasMaxLength(2);
        builder.Property(c => c.PayerClaimNumber).HasMaxLength(50);
        builder.Property(c => c.SuspenseReason).HasMaxLength(500);
        builder.Property(c => c.ResolvedByUserId).HasMaxLength(64);
        builder.HasOne<Claim>().WithMany().HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ClaimId);
        builder.HasIndex(c => c.PatientControlNumber);
        builder.HasIndex(c => c.State);
    }
}

internal sealed class ProviderLevelAdjustmentConfiguration : IEntityTypeConfiguration<ProviderLevelAdjustment>
{
    public void Configure(EntityTypeBuilder<ProviderLevelAdjustment> builder)
    {
        builder.Property(a => a.ProviderId).HasMaxLength(50);
        builder.Property(a => a.ReasonCode).HasMaxLength(5);
        builder.Property(a => a.Reference).HasMaxLength(50);
        builder.HasOne<Remittance.Remittance>().WithMany().HasForeignKey(a => a.RemittanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.RemittanceId);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.PostedByUserId).HasMaxLength(64);
        builder.HasOne(p => p.Claim).WithMany().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ClaimLine).WithMany().HasForeignKey(p => p.ClaimLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PaymentBatch).WithMany().HasForeignKey(p => p.PaymentBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.RemittanceClaim).WithMany().HasForeignKey(p => p.RemittanceClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ClaimId, p.PostedAtUtc });
        builder.HasIndex(p => p.PostedAtUtc);
    }
}

internal sealed class AdjustmentConfiguration : IEntityTypeConfiguration<Adjustment>
{
    public void Configure(EntityTypeBuilder<Adjustment> builder)
    {
        builder.Property(a => a.ReasonCode).HasMaxLength(5);
        builder.Property(a => a.RemarkCodes).HasMaxLength(100);
        builder.Property(a => a.PostedByUserId).HasMaxLength(64);
        builder.Property(a => a.ApprovedByUserId).HasMaxLength(64);
        builder.HasOne(a => a.Claim).WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ClaimLine).WithMany().HasForeignKey(a => a.ClaimLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.PaymentBatch).WithMany().HasForeignKey(a => a.PaymentBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.RemittanceClaim).WithMany().HasForeignKey(a => a.RemittanceClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ClaimId, a.PostedAtUtc });
        builder.HasIndex(a => new { a.Group, a.ReasonCode, a.PostedAtUtc });
    }
}
