namespace RevenueCycle.Core.Claims;

/// <summary>What a timeline entry records.</summary>
public enum ClaimEventKind
{
    /// <summary>The status moved (FromStatus to ToStatus).</summary>
    Status,

    /// <summary>A biller changed the claim's data; the note says what (the audit trail holds before and after).</summary>
    Edit,

    /// <summary>A scrub ran; the note gives its outcome.</summary>
    Scrub,

    /// <summary>A note was added or a remit attached.</summary>
    Note,
}

/// <summary>One step of a claim's timeline: who moved or changed it, when, from what to what, and why.</summary>
public sealed class ClaimStatusChange
{
    private ClaimStatusChange()
    {
    }

    internal ClaimStatusChange(ClaimStatus? from, ClaimStatus to, DateTime atUtc, string userId, string? note, ClaimEventKind kind = ClaimEventKind.Status)
    {
        Kind = kind;
        FromStatus = from;
        ToStatus = to;
        AtUtc = atUtc;
        UserId = userId;
        Note = note;
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public ClaimEventKind Kind { get; private set; }

    public ClaimStatus? FromStatus { get; private set; }

    public ClaimStatus ToStatus { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string? Note { get; private set; }
}
