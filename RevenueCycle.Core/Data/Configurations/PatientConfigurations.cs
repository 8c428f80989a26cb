using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.Mrn).HasMaxLength(20);
        builder.Property(p => p.FirstName).HasMaxLength(35);
        builder.Property(p => p.MiddleName).HasMaxLength(25);
        builder.Property(p => p.LastName).HasMaxLength(60);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(120);
        builder.HasIndex(p => p.Mrn).IsUnique();
        builder.HasIndex(p => new { p.LastName, p.FirstName, p.DateOfBirth });
        builder.ComplexProperty(p => p.Address, a => AddressMapping.Configure(a));
        builder.HasMany(p => p.Policies).WithOne().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Policies).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InsurancePolicyConfiguration : IEntityTypeConfiguration<InsurancePolicy>
{
    public void Configure(EntityTypeBuilder<InsurancePolicy> builder)
    {
        builder.Property(p => p.MemberId).HasMaxLength(80);
        builder.Property(p => p.GroupNumber).HasMaxLength(50);
        builder.Property(p => p.InsuranceTypeCode).HasMaxLength(3);
        builder.HasOne<Payer>().WithMany().HasForeignKey(p => p.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PatientId, p.Priority });
        builder.HasIndex(p => new { p.PayerId, p.MemberId });
        builder.ComplexProperty(p => p.Subscriber, s =>
        {
            s.Property(x => x.FirstName).HasColumnName("SubscriberFirstName").HasMaxLength(35);
            s.Property(x => x.LastName).HasColumnName("SubscriberLastName").HasMaxLength(60);
            s.Property(x => x.DateOfBirth).HasColumnName("SubscriberDateOfBirth");
            s.Property(x => x.Sex).HasColumnName("SubscriberSex");
            s.ComplexProperty(x => x.Address, a => AddressMapping.Configure(a, "SubscriberAddress"));
        });
    }
}
