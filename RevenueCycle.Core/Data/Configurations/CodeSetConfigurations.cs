using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Core.CodeSets;

namespace RevenueCycle.Core.Data.Configurations;

internal sealed class CodeSetReleaseConfiguration : IEntityTypeConfiguration<CodeSetRelease>
{
    public void Configure(EntityTypeBuilder<CodeSetRelease> builder)
    {
        builder.Property(r => r.Version).HasMaxLength(40);
        builder.Property(r => r.Source).HasMaxLength(260);
        builder.Property(r => r.ImportedByUserId).HasMaxLength(64);
        builder.HasIndex(r => new { r.System, r.EffectiveDate });
    }
}

internal sealed class CodeSetEntryConfiguration : IEntityTypeConfiguration<CodeSetEntry>
{
    public void Configure(EntityTypeBuilder<CodeSetEntry> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(8);
        builder.Property(c => c.ShortDescription).HasMaxLength(100);
        builder.Property(c => c.LongDescription).HasMaxLength(1000);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.System, c.Code, c.EffectiveDate }).IsUnique();
    }
}

internal sealed class NcciEditConfiguration : IEntityTypeConfiguration<NcciEdit>
{
    public void Configure(EntityTypeBuilder<NcciEdit> builder)
    {
        builder.Property(e => e.Column1Code).HasMaxLength(5);
        builder.Property(e => e.Column2Code).HasMaxLength(5);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(e => e.ReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Column1Code, e.Column2Code, e.EffectiveDate }).IsUnique();
    }
}

internal sealed class MueLimitConfiguration : IEntityTypeConfiguration<MueLimit>
{
    public void Configure(EntityTypeBuilder<MueLimit> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(5);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(m => m.ReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Code, m.EffectiveDate }).IsUnique();
    }
}
