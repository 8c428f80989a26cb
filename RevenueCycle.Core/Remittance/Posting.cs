using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Remittance;

public enum PaymentSource
{
    Payer,
    Patient,
}

/// <summary>CAS group codes (835).</summary>
public enum AdjustmentGroup
{
    /// <summary>Contractual obligation: written off, never billed to the patient.</summary>
    CO,

    /// <summary>Patient responsibility: deductible (1), coinsurance (2), copay (3).</summary>
    PR,

    /// <summary>Other adjustment: recorded as information.</summary>
    OA,

    /// <summary>Payer-initiated reduction: written off.</summary>
    PI,

    /// <summary>Correction or reversal.</summary>
    CR,
}

/// <summary>What an adjustment does to the line's ledger.</summary>
public enum AdjustmentKind
{
    /// <summary>CO/PI/CR routine reduction (e.g. CO-45): lowers the balance.</summary>
    Contractual,

    /// <summary>PR: moves that much of the balance to the patient.</summary>
    PatientResponsibility,

    /// <summary>A denial reason: the amount stays an insurance balance until the denial is worked.</summary>
    Denial,

    /// <summary>OA: recorded as information, no effect on the balance.</summary>
    Informational,

    /// <summary>A biller's (or approved manager's) write-off: lowers the balance.</summary>
    WriteOff,
}

/// <summary>Money applied to a claim line. A reversal is a new negative payment, never an edit.</summary>
public sealed class Payment
{
    private Payment()
    {
    }

    internal Payment(Claim claim, ClaimLine line, PaymentSource source, decimal amount, PaymentBatch batch, RemittanceClaim? remittanceClaim, DateTime postedAtUtc, string postedByUserId)
    {
        Claim = claim;
        ClaimLine = line;
        Source = source;
        Amount = amount;
        PaymentBatch = batch;
        RemittanceClaim = remittanceClaim;
        PostedAtUtc = postedAtUtc;
        PostedByUserId = postedByUserId;
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public Claim? Claim { get; private set; }

    public int ClaimLineId { get; private set; }

    public ClaimLine? ClaimLine { get; private set; }

    public PaymentSource Source { get; private set; }

    public decimal Amount { get; private set; }

    public int PaymentBatchId { get; private set; }

    public PaymentBatch? PaymentBatch { get; private set; }

    public int? RemittanceClaimId { get; private set; }

    public RemittanceClaim? RemittanceClaim { get; private set; }

    public DateTime PostedAtUtc { get; private set; }

    public string PostedByUserId { get; private set; } = "";
}

/// <summary>A CAS adjustment (or a biller's write-off) on a claim line, with its group, CARC and RARCs.</summary>
public sealed class Adjustment
{
    private Adjustment()
    {
    }

    internal Adjustment(Claim claim, ClaimLine line, AdjustmentKind kind, AdjustmentGroup group, string reasonCode, string? remarkCodes, decimal amount, PaymentBatch? batch, RemittanceClaim? remittanceClaim, DateTime postedAtUtc, string postedByUserId)
    {
        if (string.IsNullOrWhiteSpace(reasonCode))
        {
            throw new DomainException("An adjustment needs a claim adjustment reason code (CARC).");
        }

        Claim = claim;
        ClaimLine = line;
        Kind = kind;
        Group = group;
        ReasonCode = reasonCode;
        RemarkCodes = remarkCodes;
        Amount = amount;
        PaymentBatch = batch;
        RemittanceClaim = remittanceClaim;
        PostedAtUtc = postedAtUtc;
        PostedByUserId = postedByUserId;
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public Claim? Claim { get; private set; }

    public int ClaimLineId { get; private set; }

    public ClaimLine? ClaimLine { get; private set; }

    public AdjustmentKind Kind { get; private set; }

    public AdjustmentGroup Group { get; private set; }

    /// <summary>CARC, e.g. 45 (exceeds fee schedule), 1 deductible, 97 bundled.</summary>
    public string ReasonCode { get; private set; } = "";

    /// <summary>RARCs (LQ*HE), comma-separated.</summary>
    public string? RemarkCodes { get; private set; }

    public decimal Amount { get; private set; }

    public int? PaymentBatchId { get; private set; }

    public PaymentBatch? PaymentBatch { get; private set; }

    public int? RemittanceClaimId { get; private set; }

    public RemittanceClaim? RemittanceClaim { get; private set; }

    public DateTime PostedAtUtc { get; private set; }

    public string PostedByUserId { get; private set; } = "";

    /// <summary>Write-offs above the approval threshold record the approving manager.</summary>
    public string? ApprovedByUserId { get; private set; }

    internal void Approve(string? managerUserId) => ApprovedByUserId = managerUserId;

    /// <summary>The kind as a biller says it.</summary>
    public static string Words(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.PatientResponsibility => "Patient responsibility",
        AdjustmentKind.WriteOff => "Write-off",
        AdjustmentKind.Informational => "Information",
        _ => kind.ToString(),
    };

    /// <summary>Whether the adjustment lowers the line's open balance (contractual and write-off).</summary>
    public static bool ReducesBalance(AdjustmentKind kind) => kind is AdjustmentKind.Contractual or AdjustmentKind.WriteOff;

    /// <summary>How a remittance's CAS adjustment affects the ledger, from its group and reason.</summary>
    public static AdjustmentKind KindOf(AdjustmentGroup group, string reasonCode) => group switch
    {
        AdjustmentGroup.PR => AdjustmentKind.PatientResponsibility,
        AdjustmentGroup.OA => AdjustmentKind.Informational,
        _ when Denials.CarcCatalog.IsDenial(reasonCode) => AdjustmentKind.Denial,
        _ => AdjustmentKind.Contractual,
    };
}
