using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Remittance;

public enum RemittanceStatus
{
    /// <summary>Read and matched, waiting to be posted.</summary>
    Imported,

    /// <summary>Does not balance; only a manager can post it, with a reason.</summary>
    Unbalanced,

    Posted,
}

/// <summary>One 835 transaction (ST/SE): the payer's check or EFT and the claims it pays.</summary>
public sealed class Remittance
{
    private readonly List<RemittanceClaim> _claims = [];

    private Remittance()
    {
    }

    public Remittance(PaymentBatch paymentBatch, int payerId, string traceNumber, decimal paymentAmount, DateOnly paymentDate, string fileName, string fileSha256, DateTime importedAtUtc, string importedByUserId)
    {
        PaymentBatch = paymentBatch;
        PayerId = payerId;
        TraceNumber = traceNumber;
        PaymentAmount = paymentAmount;
        PaymentDate = paymentDate;
        FileName = fileName;
        FileSha256 = fileSha256;
        ImportedAtUtc = importedAtUtc;
        ImportedByUserId = importedByUserId;
        Status = RemittanceStatus.Imported;
    }

    public int Id { get; private set; }

    public int PaymentBatchId { get; private set; }

    public PaymentBatch? PaymentBatch { get; private set; }

    public int PayerId { get; private set; }

    /// <summary>TRN02, the check or EFT number: with the payer, what makes a remittance unique.</summary>
    public string TraceNumber { get; private set; } = "";

    /// <summary>BPR02.</summary>
    public decimal PaymentAmount { get; private set; }

    public DateOnly PaymentDate { get; private set; }

    public string FileName { get; private set; } = "";

    public string FileSha256 { get; private set; } = "";

    public DateTime ImportedAtUtc { get; private set; }

    public string ImportedByUserId { get; private set; } = "";

    public RemittanceStatus Status { get; private set; }

    public DateTime? PostedAtUtc { get; private set; }

    public string? PostedByUserId { get; private set; }

    /// <summary>Where the 835 does not balance, in words ("Check 123 does not balance by $1.27; ..."); null when it balances.</summary>
    public string? Imbalance { get; private set; }

    /// <summary>Why a manager posted it although it does not balance.</summary>
    public string? OverrideReason { get; private set; }

    public IReadOnlyList<RemittanceClaim> Claims => _claims;

    public void MarkUnbalanced(string imbalance)
    {
        Imbalance = imbalance.Length > 1000 ? imbalance[..997] + "..." : imbalance;
        Status = RemittanceStatus.Unbalanced;
    }

    /// <summary>A manager posts an unbalanced remittance, saying why.</summary>
    public void Override(string reason)
    {
        if (Status != RemittanceStatus.Unbalanced)
        {
            throw new DomainException($"Remittance {TraceNumber} balances; there is nothing to override.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the remittance is posted although it does not balance.");
        }

        OverrideReason = reason.Trim();
        Status = RemittanceStatus.Imported;
    }

    public RemittanceClaim AddClaim(string patientControlNumber, string statusCode, decimal chargeAmount, decimal paidAmount, decimal patientResponsibility, string? payerClaimNumber, int? claimId)
    {
        var claim = new RemittanceClaim(patientControlNumber, statusCode, chargeAmount, paidAmount, patientResponsibility, payerClaimNumber, claimId);
        _claims.Add(claim);
        return claim;
    }

    public void MarkPosted(DateTime nowUtc, string? userId = null)
    {
        if (Status == RemittanceStatus.Posted)
        {
            throw new DomainException($"Remittance {TraceNumber} is already posted.");
        }

        if (Status == RemittanceStatus.Unbalanced)
        {
            throw new DomainException($"Remittance {TraceNumber} does not balance; a manager must post it with a reason.");
        }

        Status = RemittanceStatus.Posted;
        PostedAtUtc = nowUtc;
        PostedByUserId = userId;
    }
}

/// <summary>Where a remittance claim stands.</summary>
public enum RemittanceClaimState
{
    /// <summary>Matched to our claim and waiting to be posted (the remittance is unbalanced or not posted yet).</summary>
    Matched,

    /// <summary>Payments and adjustments are on the claim's lines.</summary>
    Posted,

    /// <summary>Not matched to a claim (or a line): waits in the suspense list for a biller.</summary>
    Suspense,

    /// <summary>A biller decided it is not the practice's claim; nothing posted.</summary>
    NotOurs,
}

/// <summary>One CLP loop of an 835: the payer's decision on one claim.</summary>
public sealed class RemittanceClaim
{
    private RemittanceClaim()
    {
    }

    internal RemittanceClaim(string patientControlNumber, string statusCode, decimal chargeAmount, decimal paidAmount, decimal patientResponsibility, string? payerClaimNumber, int? claimId)
    {
        PatientControlNumber = patientControlNumber;
        StatusCode = statusCode;
        ChargeAmount = chargeAmount;
        PaidAmount = paidAmount;
        PatientResponsibility = patientResponsibility;
        PayerClaimNumber = payerClaimNumber;
        ClaimId = claimId;
    }

    public int Id { get; private set; }

    public int RemittanceId { get; private set; }

    /// <summary>CLP01: our claim's control number as the payer returned it.</summary>
    public string PatientControlNumber { get; private set; } = "";

    /// <summary>CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19-21 forwarded, 22 reversal.</summary>
    public string StatusCode { get; private set; } = "";

    public decimal ChargeAmount { get; private set; }

    public decimal PaidAmount { get; private set; }

    public decimal PatientResponsibility { get; private set; }

    /// <summary>CLP07.</summary>
    public string? PayerClaimNumber { get; private set; }

    /// <summary>The matched claim; null while it waits in the suspense list.</summary>
    public int? ClaimId { get; private set; }

    public RemittanceClaimState State { get; private set; } = RemittanceClaimState.Posted;

    /// <summary>Why it waits in suspense, in words.</summary>
    public string? SuspenseReason { get; private set; }

    /// <summary>The CLP loop as read (JSON of the reader's record), kept so a suspense item posts after it is matched by hand.</summary>
    public string? DetailJson { get; private set; }

    /// <summary>How much less the payer allowed than the fee schedule expects (zero when paid as expected).</summary>
    public decimal UnderpaidAmount { get; private set; }

    public string? ResolvedByUserId { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public bool InSuspense => State == RemittanceClaimState.Suspense;

    public void MatchTo(int claimId) => ClaimId = claimId;

    internal void Keep(string detailJson, RemittanceClaimState state, string? suspenseReason)
    {
        DetailJson = detailJson;
        State = state;
        SuspenseReason = suspenseReason is { Length: > 500 } ? suspenseReason[..497] + "..." : suspenseReason;
    }

    internal void MarkPosted(int claimId, decimal underpaid)
    {
        ClaimId = claimId;
        State = RemittanceClaimState.Posted;
        SuspenseReason = null;
        UnderpaidAmount = underpaid;
    }

    internal void Suspend(string reason)
    {
        State = RemittanceClaimState.Suspense;
        SuspenseReason = reason.Length > 500 ? reason[..497] + "..." : reason;
    }

    internal void MarkNotOurs(string userId, DateTime nowUtc, string reason)
    {
        if (State != RemittanceClaimState.Suspense)
        {
            throw new DomainException($"Remittance claim {PatientControlNumber} is not in suspense.");
        }

        State = RemittanceClaimState.NotOurs;
        SuspenseReason = reason;
        ResolvedByUserId = userId;
        ResolvedAtUtc = nowUtc;
    }

    internal void Resolve(string userId, DateTime nowUtc)
    {
        ResolvedByUserId = userId;
        ResolvedAtUtc = nowUtc;
    }
}

/// <summary>A PLB provider-level adjustment of an 835: money the payer adds to or takes from the check, not from a claim.</summary>
public sealed class ProviderLevelAdjustment
{
    private ProviderLevelAdjustment()
    {
    }

    public ProviderLevelAdjustment(int remittanceId, string providerId, DateOnly fiscalPeriodDate, string reasonCode, string? reference, decimal amount)
    {
        RemittanceId = remittanceId;
        ProviderId = providerId;
        FiscalPeriodDate = fiscalPeriodDate;
        ReasonCode = reasonCode;
        Reference = reference;
        Amount = amount;
    }

    public long Id { get; private set; }

    public int RemittanceId { get; private set; }

    public string ProviderId { get; private set; } = "";

    public DateOnly FiscalPeriodDate { get; private set; }

    /// <summary>PLB03-1: WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized return...</summary>
    public string ReasonCode { get; private set; } = "";

    public string? Reference { get; private set; }

    /// <summary>Positive reduces the check, negative adds to it.</summary>
    public decimal Amount { get; private set; }
}
