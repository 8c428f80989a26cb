namespace RevenueCycle.Core.Coding;

/// <summary>An ICD-10-CM diagnosis on an encounter; sequence 1 is the primary (first-listed) diagnosis.</summary>
public sealed class EncounterDiagnosis
{
    private EncounterDiagnosis()
    {
    }

    internal EncounterDiagnosis(int sequence, string code)
    {
        Sequence = sequence;
        Code = code;
    }

    public int Id { get; private set; }

    public int EncounterId { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>ICD-10-CM code with its dot (E11.65); the dot is dropped only when written to X12.</summary>
    public string Code { get; private set; } = "";
}
