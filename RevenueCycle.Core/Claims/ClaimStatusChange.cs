namespace RevenueCycle.Core.Claims;

/// <summary>One step of a claim's timeline: who moved it, when, from what to what, and why.</summary>
public sealed class ClaimStatusChange
{
    private ClaimStatusChange()
    {
    }

    internal ClaimStatusChange(ClaimStatus? from, ClaimStatus to, DateTime atUtc, string userId, string? note)
    {
        FromStatus = from;
        ToStatus = to;
        AtUtc = atUtc;
        UserId = userId;
        Note = note;
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public ClaimStatus? FromStatus { get; private set; }

    public ClaimStatus ToStatus { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string? Note { get; private set; }
}
