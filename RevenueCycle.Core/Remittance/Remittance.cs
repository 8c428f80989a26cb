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

    public IReadOnlyList<RemittanceClaim> Claims => _claims;

    public RemittanceClaim AddClaim(string patientControlNumber, string statusCode, decimal chargeAmount, decimal paidAmount, decimal patientResponsibility, string? payerClaimNumber, int? claimId)
    {
        var claim = new RemittanceClaim(patientControlNumber, statusCode, chargeAmount, paidAmount, patientResponsibility, payerClaimNumber, claimId);
        _claims.Add(claim);
        return claim;
    }

    public void MarkPosted(DateTime nowUtc)
    {
        if (Status == RemittanceStatus.Posted)
        {
            throw new DomainException($"Remittance {TraceNumber} is already posted.");
        }

        Status = RemittanceStatus.Posted;
        PostedAtUtc = nowUtc;
    }
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

    public bool InSuspense => ClaimId is null;

    public void MatchTo(int claimId) => ClaimId = claimId;
}
