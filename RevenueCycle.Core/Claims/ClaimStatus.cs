namespace RevenueCycle.Core.Claims;

public enum ClaimStatus
{
    /// <summary>Built from coded charts, waiting to be scrubbed and submitted.</summary>
    Ready,

    /// <summary>Stopped by the scrubber or a biller until fixed.</summary>
    Held,

    /// <summary>Sent to the clearinghouse or printed.</summary>
    Submitted,

    /// <summary>Acknowledged (999/277CA) and in adjudication.</summary>
    Accepted,

    /// <summary>Refused before adjudication (clearinghouse or payer front end); fix and resubmit.</summary>
    Rejected,

    /// <summary>Adjudicated with nothing paid for a denial reason.</summary>
    Denied,

    /// <summary>Insurance paid in full; nothing left to collect.</summary>
    Paid,

    /// <summary>Insurance paid part; an insurance balance remains (secondary, appeal, underpayment).</summary>
    PartiallyPaid,

    /// <summary>Insurance is done; the rest is the patient's to pay.</summary>
    PatientBalance,

    /// <summary>Nothing left to do.</summary>
    Closed,

    /// <summary>Superseded by a replacement claim (frequency 7).</summary>
    Replaced,

    /// <summary>Cancelled (frequency 8, or never sent).</summary>
    Voided,
}

/// <summary>Which status moves a claim may make. Anything else is refused with a message.</summary>
public static class ClaimLifecycle
{
    /// <summary>After adjudication the status follows the money: postings, reversals and appeals move it among these.</summary>
    private static readonly ClaimStatus[] Adjudicated =
        [ClaimStatus.Denied, ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.PatientBalance, ClaimStatus.Closed];

    public static bool CanMove(ClaimStatus from, ClaimStatus to) => from switch
    {
        // Ready to patient balance only for self-pay visits, which never go to a payer.
        ClaimStatus.Ready => to is ClaimStatus.Held or ClaimStatus.Submitted or ClaimStatus.PatientBalance or ClaimStatus.Voided,
        ClaimStatus.Held => to is ClaimStatus.Ready or ClaimStatus.Voided,
        ClaimStatus.Submitted => to is ClaimStatus.Accepted or ClaimStatus.Rejected || Adjudicated.Contains(to),
        ClaimStatus.Accepted => to is ClaimStatus.Rejected || Adjudicated.Contains(to),
        ClaimStatus.Rejected => to is ClaimStatus.Ready or ClaimStatus.Held or ClaimStatus.Voided,
        ClaimStatus.Denied or ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.PatientBalance or ClaimStatus.Closed =>
            (Adjudicated.Contains(to) && to != from) || to is ClaimStatus.Replaced or ClaimStatus.Voided,
        _ => false,
    };

    public static bool IsAdjudicated(ClaimStatus status) => Adjudicated.Contains(status);
}
