using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Remittance;

public enum PaymentBatchSource
{
    /// <summary>An X12 835 electronic remittance.</summary>
    Era835,

    /// <summary>A paper EOB keyed by hand.</summary>
    PaperEob,

    /// <summary>Patient payments (cash, card, check).</summary>
    Patient,
}

public enum PaymentMethod
{
    Ach,
    Check,
    NonPayment,
    Cash,
    Card,
}

public enum PaymentBatchStatus
{
    /// <summary>Being entered or imported; nothing posted yet.</summary>
    Open,

    /// <summary>Every payment and adjustment is on the ledger.</summary>
    Posted,
}

/// <summary>
/// Money received together: one check or EFT from a payer, or a day's patient payments. Its total
/// must balance to what is applied before it posts.
/// </summary>
public sealed class PaymentBatch : IVersioned
{
    private PaymentBatch()
    {
    }

    public PaymentBatch(PaymentBatchSource source, int? payerId, string checkNumber, DateOnly checkDate, decimal amount, PaymentMethod method, DateTime createdAtUtc, string createdByUserId)
    {
        Source = source;
        PayerId = payerId;
        CheckNumber = checkNumber;
        CheckDate = checkDate;
        Amount = amount;
        Method = method;
        CreatedAtUtc = createdAtUtc;
        CreatedByUserId = createdByUserId;
        Status = PaymentBatchStatus.Open;
    }

    public int Id { get; private set; }

    public PaymentBatchSource Source { get; private set; }

    public int? PayerId { get; private set; }

    /// <summary>Check or EFT trace number (835 TRN02).</summary>
    public string CheckNumber { get; private set; } = "";

    public DateOnly CheckDate { get; private set; }

    /// <summary>The check total (835 BPR02).</summary>
    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    public PaymentBatchStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime? PostedAtUtc { get; private set; }

    public string? PostedByUserId { get; private set; }

    public int Version { get; private set; }

    public void MarkPosted(DateTime nowUtc, string userId)
    {
        if (Status == PaymentBatchStatus.Posted)
        {
            throw new DomainException($"Payment batch {CheckNumber} is already posted.");
        }

        Status = PaymentBatchStatus.Posted;
        PostedAtUtc = nowUtc;
        PostedByUserId = userId;
    }
}
