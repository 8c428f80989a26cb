namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// One code of a code system, valid from <see cref="EffectiveDate"/> to <see cref="TerminationDate"/>.
/// A chart is validated against the row valid on its DOS, so a new release adds rows and terminates
/// old ones; nothing is deleted.
/// </summary>
public sealed class CodeSetEntry : IVersionedCodeRow
{
    private CodeSetEntry()
    {
    }

    public CodeSetEntry(CodeSystem system, string code, string shortDescription, string longDescription, bool isBillable, DateOnly effectiveDate, DateOnly? terminationDate, int releaseId)
    {
        System = system;
        Code = code;
        ShortDescription = shortDescription;
        LongDescription = longDescription;
        IsBillable = isBillable;
        EffectiveDate = effectiveDate;
        TerminationDate = terminationDate;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    public CodeSystem System { get; private set; }

    /// <summary>As people write it: ICD-10-CM with its dot (E11.65), CPT/HCPCS as five characters.</summary>
    public string Code { get; private set; } = "";

    public string ShortDescription { get; private set; } = "";

    public string LongDescription { get; private set; } = "";

    /// <summary>False for ICD-10-CM category headers (E11, E11.6), which may not be reported.</summary>
    public bool IsBillable { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    public int ReleaseId { get; private set; }

    public bool IsValidOn(DateOnly date) => date >= EffectiveDate && (TerminationDate is null || date <= TerminationDate);

    public void Terminate(DateOnly terminationDate) => TerminationDate = terminationDate;
}
