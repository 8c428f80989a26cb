using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Denials;

/// <summary>Root-cause buckets for denial worklists and prevention (DOMAIN.md section 5).</summary>
public enum DenialCategory
{
    Eligibility,
    Authorization,
    Coding,
    MedicalNecessity,
    Bundling,
    TimelyFiling,
    Duplicate,
    CoordinationOfBenefits,
    MissingInformation,
    NonCovered,
    Other,
}

public enum DenialStatus
{
    Open,
    InProgress,
    Resubmitted,
    Appealed,
    WriteOffPending,
    WrittenOff,
    TransferredToPatient,
    Overturned,
    Upheld,
    Resolved,
}

/// <summary>A denied claim or line as a work item: reason, dollars at stake, appeal deadline, owner.</summary>
public sealed class Denial
{
    private Denial()
    {
    }

    public Denial(int claimId, int? claimLineId, int? remittanceClaimId, string groupCode, string reasonCode, string? remarkCodes, DenialCategory category, decimal amountAtStake, DateOnly deniedOn, DateOnly appealDeadline, DateTime createdAtUtc, int payerId, int providerId)
    {
        PayerId = payerId;
        ProviderId = providerId;
        if (appealDeadline < deniedOn)
        {
            throw new DomainException("The appeal deadline cannot be before the denial date.");
        }

        ClaimId = claimId;
        ClaimLineId = claimLineId;
        RemittanceClaimId = remittanceClaimId;
        GroupCode = groupCode;
        ReasonCode = reasonCode;
        RemarkCodes = remarkCodes;
        Category = category;
        AmountAtStake = amountAtStake;
        DeniedOn = deniedOn;
        AppealDeadline = appealDeadline;
        CreatedAtUtc = createdAtUtc;
        Status = DenialStatus.Open;
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    /// <summary>Null when the whole claim was denied.</summary>
    public int? ClaimLineId { get; private set; }

    /// <summary>The claim's payer, kept on the denial so the worklist filters it with an index.</summary>
    public int PayerId { get; private set; }

    /// <summary>The claim's rendering provider, for the same reason.</summary>
    public int ProviderId { get; private set; }

    public int? RemittanceClaimId { get; private set; }

    public string GroupCode { get; private set; } = "";

    /// <summary>CARC.</summary>
    public string ReasonCode { get; private set; } = "";

    public string? RemarkCodes { get; private set; }

    public DenialCategory Category { get; private set; }

    public decimal AmountAtStake { get; private set; }

    public DateOnly DeniedOn { get; private set; }

    public DateOnly AppealDeadline { get; private set; }

    public DenialStatus Status { get; private set; }

    public string? AssignedToUserId { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    /// <summary>The statuses in which a denial is still being worked (the worklist's "open only").</summary>
    public static readonly DenialStatus[] OpenStatuses = [DenialStatus.Open, DenialStatus.InProgress, DenialStatus.Appealed, DenialStatus.Resubmitted, DenialStatus.WriteOffPending];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public void AssignTo(string? userId)
    {
        AssignedToUserId = userId;
        if (userId is not null && Status == DenialStatus.Open)
        {
            Status = DenialStatus.InProgress;
        }
    }

    public void ScheduleFollowUp(DateOnly date) => FollowUpOn = date;

    /// <summary>A manager refused the write-off: the denial is worked again.</summary>
    public void ReopenAfterRefusedWriteOff()
    {
        if (Status != DenialStatus.WriteOffPending)
        {
            throw new DomainException("Only a denial waiting for write-off approval goes back to the worklist this way.");
        }

        Status = DenialStatus.InProgress;
    }

    public void Resolve(DenialStatus outcome, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new DomainException($"This denial is already {Status}.");
        }

        if (outcome is DenialStatus.Open or DenialStatus.InProgress)
        {
            throw new DomainException($"{outcome} is not an outcome.");
        }

        Status = outcome;
        if (outcome is not (DenialStatus.Appealed or DenialStatus.Resubmitted or DenialStatus.WriteOffPending))
        {
            ResolvedAtUtc = nowUtc;
        }
    }
}
