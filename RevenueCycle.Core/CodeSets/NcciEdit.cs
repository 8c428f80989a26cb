namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// An NCCI procedure-to-procedure pair: column 2 is not paid with column 1 for the same patient,
/// provider and DOS. Modifier indicator 0: never bypassed; 1: bypassed by an NCCI-associated
/// modifier; 9: not in force.
/// </summary>
public sealed class NcciEdit
{
    private NcciEdit()
    {
    }

    public NcciEdit(string column1Code, string column2Code, DateOnly effectiveDate, DateOnly? deletionDate, char modifierIndicator, int releaseId)
    {
        Column1Code = column1Code;
        Column2Code = column2Code;
        EffectiveDate = effectiveDate;
        DeletionDate = deletionDate;
        ModifierIndicator = modifierIndicator;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    public string Column1Code { get; private set; } = "";

    public string Column2Code { get; private set; } = "";

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? DeletionDate { get; private set; }

    public char ModifierIndicator { get; private set; }

    public int ReleaseId { get; private set; }
}
