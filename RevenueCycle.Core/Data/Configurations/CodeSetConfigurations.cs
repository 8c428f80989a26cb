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

internal sealed class Excludes1RuleConfiguration : IEntityTypeConfiguration<Excludes1Rule>
{
    public void Configure(EntityTypeBuilder<Excludes1Rule> builder)
    {
        builder.Property(r => r.CodeFrom).HasMaxLength(8);
        builder.Property(r => r.CodeTo).HasMaxLength(8);
        builder.Property(r => r.ExcludedFrom).HasMaxLength(8);
        builder.Property(r => r.ExcludedTo).HasMaxLength(8);
        builder.Property(r => r.Note).HasMaxLength(400);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(r => r.ReleaseId).OnDelete(DeleteBehavior.Restrict);

        // Look-ups go by the prefixes of the code being checked (E11, E11.6, E11.65).
        builder.HasIndex(r => new { r.CodeFrom, r.CodeTo, r.ExcludedFrom, r.ExcludedTo, r.EffectiveDate }).IsUnique();
    }
}

internal sealed class SeventhCharacterConfiguration : IEntityTypeConfiguration<SeventhCharacter>
{
    public void Configure(EntityTypeBuilder<SeventhCharacter> builder)
    {
        builder.Property(s => s.CodePrefix).HasMaxLength(8);
        builder.Property(s => s.Description).HasMaxLength(200);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CodePrefix, s.Character, s.EffectiveDate }).IsUnique();
    }
}

internal sealed class IcdSequencingFlagConfiguration : IEntityTypeConfiguration<IcdSequencingFlag>
{
    public void Configure(EntityTypeBuilder<IcdSequencingFlag> builder)
    {
        builder.Property(f => f.CodePrefix).HasMaxLength(8);
        builder.Ignore(f => f.IsManifestation);
        builder.HasOne<CodeSetRelease>().WithMany().HasForeignKey(f => f.ReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.CodePrefix, f.EffectiveDate }).IsUnique();
    }
}
