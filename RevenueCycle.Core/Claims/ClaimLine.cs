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

    // A copy for a replacement or void claim (frequency 7/8): same service, a fresh ledger.
    internal ClaimLine(ClaimLine original)
    {
        LineNumber = original.LineNumber;
        EncounterId = original.EncounterId;
        DateOfService = original.DateOfService;
        Code = original.Code;
        Modifier1 = original.Modifier1;
        Modifier2 = original.Modifier2;
        Modifier3 = original.Modifier3;
        Modifier4 = original.Modifier4;
        Units = original.Units;
        Pointer1 = original.Pointer1;
        Pointer2 = original.Pointer2;
        Pointer3 = original.Pointer3;
        Pointer4 = original.Pointer4;
        Charge = original.Charge;
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

    public IReadOnlyList<string> Modifiers =>
        new[] { Modifier1, Modifier2, Modifier3, Modifier4 }.Where(m => !string.IsNullOrEmpty(m)).Select(m => m!).ToList();

    public IReadOnlyList<int> Pointers =>
        new[] { (int?)Pointer1, Pointer2, Pointer3, Pointer4 }.Where(p => p is > 0).Select(p => p!.Value).ToList();

    /// <summary>Whether any money has been posted to the line; a line with postings is never edited.</summary>
    public bool HasPostings => InsurancePaid != 0 || PatientPaid != 0 || Adjusted != 0 || PatientResponsibility != 0;

    /// <summary>A biller's correction of the line before it is (re)submitted. Returns what changed, in words.</summary>
    internal IReadOnlyList<string> Change(ClaimLineChange change)
    {
        if (change.Modifiers.Count > 4)
        {
            throw new DomainException($"Line {LineNumber}: a line carries at most four modifiers.");
        }

        if (change.Pointers.Count is 0 or > 4 || change.Pointers.Any(p => p is < 1 or > 12))
        {
            throw new DomainException($"Line {LineNumber}: give one to four diagnosis pointers, each pointing at diagnosis 1 to 12.");
        }

        if (change.Units < 1)
        {
            throw new DomainException($"Line {LineNumber}: units must be at least 1.");
        }

        if (change.Charge <= 0)
        {
            throw new DomainException($"Line {LineNumber}: the charge must be more than zero.");
        }

        if (string.IsNullOrWhiteSpace(change.Code))
        {
            throw new DomainException($"Line {LineNumber}: the procedure code is required.");
        }

        var changes = new List<string>();
        void Note(string what, object? before, object? after)
        {
            if (!Equals(before, after))
            {
                changes.Add($"line {LineNumber} {what} {Show(before)} → {Show(after)}");
            }
        }

        var code = change.Code.Trim().ToUpperInvariant();
        var modifiers = change.Modifiers.Select(m => m.Trim().ToUpperInvariant()).Where(m => m.Length > 0).ToList();
        Note("date of service", DateOfService, change.DateOfService);
        Note("code", Code, code);
        Note("modifiers", string.Join(" ", Modifiers), string.Join(" ", modifiers));
        Note("units", Units, change.Units);
        Note("charge", Charge, change.Charge);
        Note("pointers", string.Join(",", Pointers), string.Join(",", change.Pointers));
        DateOfService = change.DateOfService;
        Code = code;
        (Modifier1, Modifier2, Modifier3, Modifier4) = (modifiers.ElementAtOrDefault(0), modifiers.ElementAtOrDefault(1), modifiers.ElementAtOrDefault(2), modifiers.ElementAtOrDefault(3));
        Units = change.Units;
        Charge = change.Charge;
        SetPointers(change.Pointers);
        return changes;
    }

    internal void Renumber(int lineNumber) => LineNumber = lineNumber;

    internal void MovePointers(Func<int, int> map) => SetPointers(Pointers.Select(map).ToList());

    private void SetPointers(IReadOnlyList<int> pointers)
    {
        Pointer1 = pointers[0];
        Pointer2 = pointers.Count > 1 ? pointers[1] : null;
        Pointer3 = pointers.Count > 2 ? pointers[2] : null;
        Pointer4 = pointers.Count > 3 ? pointers[3] : null;
    }

    private static string Show(object? value) => value switch
    {
        null or "" => "(none)",
        decimal d => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

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

/// <summary>A biller's correction of one service line.</summary>
public sealed record ClaimLineChange(DateOnly DateOfService, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Charge, IReadOnlyList<int> Pointers);
