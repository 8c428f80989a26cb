namespace RevenueCycle.Core.CodeSets;

/// <summary>One loaded release of a code set (FY2026 ICD-10-CM, HCPCS 2026 Q1...). Loading never deletes an older release.</summary>
public sealed class CodeSetRelease
{
    private CodeSetRelease()
    {
    }

    public CodeSetRelease(CodeSystem system, string version, DateOnly effectiveDate, string source, DateTime importedAtUtc, string? importedByUserId)
    {
        System = system;
        Version = version;
        EffectiveDate = effectiveDate;
        Source = source;
        ImportedAtUtc = importedAtUtc;
        ImportedByUserId = importedByUserId;
    }

    public int Id { get; private set; }

    public CodeSystem System { get; private set; }

    public string Version { get; private set; } = "";

    public DateOnly EffectiveDate { get; private set; }

    /// <summary>The file name (or "starter set") the release came from.</summary>
    public string Source { get; private set; } = "";

    public DateTime ImportedAtUtc { get; private set; }

    public string? ImportedByUserId { get; private set; }

    public int RowCount { get; private set; }

    public void RecordRowCount(int rowCount) => RowCount = rowCount;
}
