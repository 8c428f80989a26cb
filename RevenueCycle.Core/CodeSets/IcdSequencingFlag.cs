namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// Sequencing flags of an ICD-10-CM node, applying to every code that starts with
/// <see cref="CodePrefix"/>: a manifestation (a <c>codeFirst</c> note, or a title "in diseases
/// classified elsewhere") is never first-listed; the underlying condition is coded first.
/// </summary>
public sealed class IcdSequencingFlag : IVersionedCodeRow
{
    private IcdSequencingFlag()
    {
    }

    public IcdSequencingFlag(string codePrefix, bool hasCodeFirstNote, bool inDiseasesClassifiedElsewhere, DateOnly effectiveDate, int releaseId)
    {
        CodePrefix = codePrefix;
        HasCodeFirstNote = hasCodeFirstNote;
        InDiseasesClassifiedElsewhere = inDiseasesClassifiedElsewhere;
        EffectiveDate = effectiveDate;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    public string CodePrefix { get; private set; } = "";

    /// <summary>The tabular list says "Code first" the underlying condition.</summary>
    public bool HasCodeFirstNote { get; private set; }

    /// <summary>The title says "in diseases classified elsewhere".</summary>
    public bool InDiseasesClassifiedElsewhere { get; private set; }

    /// <summary>Never the first-listed (primary) diagnosis.</summary>
    public bool IsManifestation => HasCodeFirstNote || InDiseasesClassifiedElsewhere;

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    public int ReleaseId { get; private set; }
}
