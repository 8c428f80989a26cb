namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// Medically unlikely edit: the most units of a code per patient per DOS. Adjudication indicator
/// 1: per claim line; 2: per day, absolute policy; 3: per day, clinical benchmark (appealable).
/// </summary>
public sealed class MueLimit : IVersionedCodeRow
{
    private MueLimit()
    {
    }

    public MueLimit(string code, int maxUnits, int adjudicationIndicator, DateOnly effectiveDate, DateOnly? terminationDate, int releaseId)
    {
        Code = code;
        MaxUnits = maxUnits;
        AdjudicationIndicator = adjudicationIndicator;
        EffectiveDate = effectiveDate;
        TerminationDate = terminationDate;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = "";

    public int MaxUnits { get; private set; }

    public int AdjudicationIndicator { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    public int ReleaseId { get; private set; }
}
