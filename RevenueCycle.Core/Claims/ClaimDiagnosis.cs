namespace RevenueCycle.Core.Claims;

/// <summary>A diagnosis on a claim (837P HI, CMS-1500 box 21 A-L); sequence 1 is the principal.</summary>
public sealed class ClaimDiagnosis
{
    private ClaimDiagnosis()
    {
    }

    internal ClaimDiagnosis(int sequence, string code)
    {
        Sequence = sequence;
        Code = code;
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public int Sequence { get; private set; }

    public string Code { get; private set; } = "";

    internal void Resequence(int sequence) => Sequence = sequence;

    internal void ChangeCode(string code) => Code = code;
}
