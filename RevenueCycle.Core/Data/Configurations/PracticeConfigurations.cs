using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.Property(p => p.Npi).HasMaxLength(10);
        builder.Property(p => p.TaxId).HasMaxLength(9);
        builder.Property(p => p.TaxonomyCode).HasMaxLength(10);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.ComplexProperty(p => p.Address, a => AddressMapping.Configure(a));
    }
}

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.Property(p => p.FirstName).HasMaxLength(35);
        builder.Property(p => p.LastName).HasMaxLength(60);
        builder.Property(p => p.Credential).HasMaxLength(10);
        builder.Property(p => p.Npi).HasMaxLength(10);
        builder.Property(p => p.TaxonomyCode).HasMaxLength(10);
        builder.HasIndex(p => p.Npi).IsUnique();
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId);
    }
}

internal sealed class PayerConfiguration : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.Property(p => p.PayerIdCode).HasMaxLength(80);
        builder.Property(p => p.ClaimFilingIndicator).HasMaxLength(2);
        builder.HasIndex(p => p.PayerIdCode).IsUnique();
        builder.ComplexProperty(p => p.Address, a => AddressMapping.Configure(a));
    }
}

internal sealed class FeeScheduleConfiguration : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(80);
        builder.HasOne<Payer>().WithMany().HasForeignKey(f => f.PayerId);
        builder.HasMany(f => f.Entries).WithOne().HasForeignKey(e => e.FeeScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FeeScheduleEntryConfiguration : IEntityTypeConfiguration<FeeScheduleEntry>
{
    public void Configure(EntityTypeBuilder<FeeScheduleEntry> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(5);
        builder.Property(e => e.Modifier).HasMaxLength(2);
        builder.HasIndex(e => new { e.FeeScheduleId, e.Code, e.Modifier }).IsUnique();
    }
}
