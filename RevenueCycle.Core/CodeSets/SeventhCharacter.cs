namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// A 7th character an ICD-10-CM category defines (<c>sevenChrDef</c>): it applies to every code
/// that starts with <see cref="CodePrefix"/> (S52: A initial encounter for closed fracture...).
/// </summary>
public sealed class SeventhCharacter : IVersionedCodeRow
{
    private SeventhCharacter()
    {
    }

    public SeventhCharacter(string codePrefix, char character, string description, DateOnly effectiveDate, int releaseId)
    {
        CodePrefix = codePrefix;
        Character = character;
        Description = description;
        EffectiveDate = effectiveDate;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    /// <summary>The node that defines it, with its dot (S52, T81.4, O60.1).</summary>
    public string CodePrefix { get; private set; } = "";

    public char Character { get; private set; }

    public string Description { get; private set; } = "";

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    public int ReleaseId { get; private set; }
}
