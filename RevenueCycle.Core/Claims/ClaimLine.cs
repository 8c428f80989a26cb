using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Core.Claims;

/// <summary>
/// A service line of a claim and its ledger: charge = insurance paid + patient paid + adjusted +
/// open balance, the open balance split into the patient's part (responsibility not yet paid) and
/// the insurance part. Amounts change only through postings, never by editing.
/// </summary>
public sealed class ClaimLine
{
    private ClaimLine()
    {
    }

    internal ClaimLine(int lineNumber, int encounterId, DateOnly dateOfService, ServiceLine source)
    {
        LineNumber = lineNumber;
        EncounterId = encounterId;
        DateOfService = dateOfService;
        Code = source.Code;
        Modifier1 = source.Modifier1;
        Modifier2 = source.Modifier2;
        Modifier3 = source.Modifier3;
        Modifier4 = source.Modifier4;
        Units = source.Units;
        Pointer1 = source.Pointer1;
        Pointer2 = source.Pointer2;
        Pointer3 = source.Pointer3;
        Pointer4 = source.Pointer4;
        Charge = source.Charge;
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public int LineNumber { get; private set; }

    public int EncounterId { get; private set; }

    public DateOnly DateOfService { get; private set; }

    public string Code { get; private set; } = "";

    public string? Modifier1 { get; private set; }

    public string? Modifier2 { get; private set; }

    public string? Modifier3 { get; private set; }

    public string? Modifier4 { get; private set; }

    public int Units { get; private set; }

    public int Pointer1 { get; private set; }

    public int? Pointer2 { get; private set; }

    public int? Pointer3 { get; private set; }

    public int? Pointer4 { get; private set; }

    public decimal Charge { get; private set; }

    public decimal InsurancePaid { get; private set; }

    public decimal PatientPaid { get; private set; }

    public decimal Adjusted { get; private set; }

    public decimal PatientResponsibility { get; private set; }

    public decimal Balance => Charge - InsurancePaid - PatientPaid - Adjusted;

    public decimal PatientBalance => PatientResponsibility - PatientPaid;

    public decimal InsuranceBalance => Balance - PatientBalance;

    internal void ApplyPayment(PaymentSource source, decimal amount)
    {
        if (source == PaymentSource.Patient)
        {
            PatientPaid += amount;
        }
        else
        {
            InsurancePaid += amount;
        }

        EnsureLedgerHolds();
    }

    internal void ApplyAdjustment(AdjustmentKind kind, decimal amount)
    {
        if (kind == AdjustmentKind.PatientResponsibility)
        {
            PatientResponsibility += amount;
        }
        else if (Adjustment.ReducesBalance(kind))
        {
            Adjusted += amount;
        }

        EnsureLedgerHolds();
    }

    // Reversals post negative entries, so amounts may go down, but the line can never be paid and
    // adjusted beyond its charge, nor the patient owe more than the open balance.
    private void EnsureLedgerHolds()
    {
        if (Balance < 0)
        {
            throw new DomainException($"Line {LineNumber} ({Code}) would be credited {-Balance:C} beyond its charge; post the excess as unapplied credit.");
        }

        if (PatientBalance > Balance)
        {
            throw new DomainException($"Line {LineNumber} ({Code}): the patient cannot owe more than the open balance.");
        }
    }
}
