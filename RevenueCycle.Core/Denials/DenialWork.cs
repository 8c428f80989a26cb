using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Denials;

public enum AppealOutcome
{
    Pending,
    Overturned,
    PartlyOverturned,
    Upheld,
}

/// <summary>An appeal of a denial: the letter as sent (text and PDF), and how the payer decided.</summary>
public sealed class DenialAppeal
{
    private DenialAppeal()
    {
    }

    public DenialAppeal(int denialId, string letterText, byte[] letterPdf, DateTime createdAtUtc, string createdByUserId)
    {
        DenialId = denialId;
        LetterText = letterText;
        LetterPdf = letterPdf;
        CreatedAtUtc = createdAtUtc;
        CreatedByUserId = createdByUserId;
        Outcome = AppealOutcome.Pending;
    }

    public int Id { get; private set; }

    public int DenialId { get; private set; }

    /// <summary>The letter's text as filled from the template, for the record and a reprint.</summary>
    public string LetterText { get; private set; } = "";

    public byte[] LetterPdf { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public AppealOutcome Outcome { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DecisionNote { get; private set; }

    public void Decide(AppealOutcome outcome, string? note, DateTime nowUtc)
    {
        if (Outcome != AppealOutcome.Pending)
        {
            throw new DomainException("This appeal already has an outcome.");
        }

        if (outcome == AppealOutcome.Pending)
        {
            throw new DomainException("Choose overturned, partly overturned or upheld.");
        }

        Outcome = outcome;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedAtUtc = nowUtc;
    }
}

public enum WriteOffRequestStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>A write-off above the approval threshold, waiting for a manager.</summary>
public sealed class WriteOffRequest
{
    private WriteOffRequest()
    {
    }

    public WriteOffRequest(int denialId, int claimId, decimal amount, string reasonCode, string reason, DateTime requestedAtUtc, string requestedByUserId)
    {
        if (amount <= 0)
        {
            throw new DomainException("A write-off amount must be more than zero.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the balance is written off.");
        }

        DenialId = denialId;
        ClaimId = claimId;
        Amount = amount;
        ReasonCode = reasonCode;
        Reason = reason.Trim();
        RequestedAtUtc = requestedAtUtc;
        RequestedByUserId = requestedByUserId;
        Status = WriteOffRequestStatus.Pending;
    }

    public int Id { get; private set; }

    public int DenialId { get; private set; }

    public int ClaimId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The CARC recorded on the write-off adjustment (the denial's).</summary>
    public string ReasonCode { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTime RequestedAtUtc { get; private set; }

    public string RequestedByUserId { get; private set; } = "";

    public WriteOffRequestStatus Status { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public void Decide(bool approve, string managerUserId, DateTime nowUtc)
    {
        if (Status != WriteOffRequestStatus.Pending)
        {
            throw new DomainException("This write-off was already decided.");
        }

        if (managerUserId == RequestedByUserId)
        {
            throw new DomainException("A write-off is approved by a manager other than the one who asked for it.");
        }

        Status = approve ? WriteOffRequestStatus.Approved : WriteOffRequestStatus.Refused;
        DecidedByUserId = managerUserId;
        DecidedAtUtc = nowUtc;
    }
}
