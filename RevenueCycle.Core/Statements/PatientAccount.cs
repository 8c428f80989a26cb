using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Statements;

public enum CreditEntryKind
{
    /// <summary>Money received that was more than the patient owed: kept as a credit.</summary>
    Unapplied,

    /// <summary>Credit later applied to a balance (negative).</summary>
    Applied,

    /// <summary>Credit paid back to the patient (negative).</summary>
    Refunded,
}

/// <summary>
/// One movement of a patient's credit (money held for the patient, never lost): the credit is the
/// sum of the entries. Entries are only added, never edited.
/// </summary>
public sealed class PatientCreditEntry
{
    private PatientCreditEntry()
    {
    }

    public PatientCreditEntry(int patientId, CreditEntryKind kind, decimal amount, int? paymentBatchId, string reason, DateTime atUtc, string userId)
    {
        if (kind == CreditEntryKind.Unapplied ? amount <= 0 : amount >= 0)
        {
            throw new DomainException("A credit is added with a positive amount and used with a negative one.");
        }

        PatientId = patientId;
        Kind = kind;
        Amount = amount;
        PaymentBatchId = paymentBatchId;
        Reason = reason;
        AtUtc = atUtc;
        UserId = userId;
    }

    public long Id { get; private set; }

    public int PatientId { get; private set; }

    public CreditEntryKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public int? PaymentBatchId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";
}

/// <summary>A statement run: which patients were billed, the total, and the PDF that was mailed.</summary>
public sealed class StatementRun
{
    private StatementRun()
    {
    }

    public StatementRun(DateTime runAtUtc, string userId, decimal threshold, int patients, decimal totalDue, byte[] pdf)
    {
        RunAtUtc = runAtUtc;
        UserId = userId;
        Threshold = threshold;
        Patients = patients;
        TotalDue = totalDue;
        Pdf = pdf;
    }

    public int Id { get; private set; }

    public DateTime RunAtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public decimal Threshold { get; private set; }

    public int Patients { get; private set; }

    public decimal TotalDue { get; private set; }

    public byte[] Pdf { get; private set; } = [];
}

/// <summary>One patient's statement in a run (the collections rule counts these).</summary>
public sealed class StatementRecord
{
    private StatementRecord()
    {
    }

    public StatementRecord(int statementRunId, int patientId, string statementNumber, decimal amountDue, DateOnly statementDate)
    {
        StatementRunId = statementRunId;
        PatientId = patientId;
        StatementNumber = statementNumber;
        AmountDue = amountDue;
        StatementDate = statementDate;
    }

    public long Id { get; private set; }

    public int StatementRunId { get; private set; }

    public int PatientId { get; private set; }

    public string StatementNumber { get; private set; } = "";

    public decimal AmountDue { get; private set; }

    public DateOnly StatementDate { get; private set; }
}
