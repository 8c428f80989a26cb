using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Statements;

/// <summary>The practice a statement comes from and where payments go.</summary>
/// <param name="Name">Practice name for the letterhead and the remittance stub.</param>
/// <param name="Address">Street address on the letterhead.</param>
/// <param name="Phone">Billing office phone, printed as given ("(305) 555-0100").</param>
/// <param name="PayBy">How to pay besides a check, e.g. "Pay online at pay.riverside.example or call (305) 555-0100".</param>
/// <param name="RemitAddress">Where checks are mailed; null means <paramref name="Address"/>.</param>
public sealed record StatementPractice(string Name, Address Address, string Phone, string PayBy, Address? RemitAddress = null)
{
    /// <summary>The address printed on the remittance stub.</summary>
    public Address Remit => RemitAddress ?? Address;
}

/// <summary>
/// One procedure on a statement, with the ledger's split of its charge (DOMAIN §6): what insurance paid and adjusted,
/// what the patient paid, and what the patient still owes.
/// </summary>
/// <param name="Code">Procedure code (CPT/HCPCS), printed as given.</param>
/// <param name="Description">Plain words for the patient, supplied by the caller (never the AMA's CPT descriptor); may be empty.</param>
/// <param name="Charge">The practice's charge.</param>
/// <param name="InsurancePaid">Payments from every payer.</param>
/// <param name="InsuranceAdjustments">Contractual and other insurance adjustments (positive reduces the balance).</param>
/// <param name="PatientPaid">Payments by the patient or guarantor.</param>
/// <param name="PatientBalance">What the patient owes on this line.</param>
public sealed record StatementServiceLine(
    string Code,
    string Description,
    decimal Charge,
    decimal InsurancePaid,
    decimal InsuranceAdjustments,
    decimal PatientPaid,
    decimal PatientBalance);

/// <summary>One visit (encounter) on a statement.</summary>
/// <param name="DateOfService">The date of the visit.</param>
/// <param name="Provider">The rendering provider as the patient knows them ("Ben Kildare, MD").</param>
/// <param name="Lines">The services of the visit.</param>
public sealed record StatementVisit(DateOnly DateOfService, string Provider, IReadOnlyList<StatementServiceLine> Lines);

/// <summary>The patient balance by age in days since the date of service, as of the statement date.</summary>
/// <param name="Current">0 to 30 days.</param>
/// <param name="Days31To60">31 to 60 days.</param>
/// <param name="Days61To90">61 to 90 days.</param>
/// <param name="Days91To120">91 to 120 days.</param>
/// <param name="Over120">More than 120 days.</param>
public sealed record StatementAging(decimal Current, decimal Days31To60, decimal Days61To90, decimal Days91To120, decimal Over120)
{
    /// <summary>The sum of the buckets.</summary>
    public decimal Total => Current + Days31To60 + Days61To90 + Days91To120 + Over120;

    /// <summary>
    /// Ages each visit's patient balance by the days from its date of service to <paramref name="asOf"/>: up to 30 days is
    /// current, then 31-60, 61-90, 91-120 and over 120. A visit dated after <paramref name="asOf"/> counts as current.
    /// </summary>
    public static StatementAging FromVisits(DateOnly asOf, IEnumerable<StatementVisit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        decimal current = 0, d60 = 0, d90 = 0, d120 = 0, over = 0;
        foreach (var visit in visits)
        {
            var balance = visit.Lines.Sum(l => l.PatientBalance);
            var days = asOf.DayNumber - visit.DateOfService.DayNumber;
            switch (days)
            {
                case <= 30: current += balance; break;
                case <= 60: d60 += balance; break;
                case <= 90: d90 += balance; break;
                case <= 120: d120 += balance; break;
                default: over += balance; break;
            }
        }

        return new StatementAging(current, d60, d90, d120, over);
    }
}

/// <summary>
/// Everything printed on one patient's statement. Rendering is pure: <see cref="PatientStatementWriter"/> prints these
/// values as given and computes nothing but the column totals.
/// </summary>
/// <param name="Practice">Letterhead, phone, payment options and remit address.</param>
/// <param name="PatientName">The patient the services were for.</param>
/// <param name="GuarantorName">Who the statement is mailed to (often the patient; a parent for a child).</param>
/// <param name="MailingAddress">The guarantor's mailing address, printed in the #10 window.</param>
/// <param name="AccountNumber">The patient's account number (MRN), on the header and the stub.</param>
/// <param name="StatementDate">The date the statement is produced.</param>
/// <param name="DueDate">The date payment is due.</param>
/// <param name="StatementNumber">This statement's number, for the patient's call.</param>
/// <param name="Visits">The visits with an open patient balance or recent activity, oldest first.</param>
/// <param name="Aging">The patient balance by age (<see cref="StatementAging.FromVisits"/> computes it by date of service).</param>
/// <param name="AmountDue">What the patient is asked to pay now.</param>
/// <param name="Message">A note to the patient, e.g. "Your insurance has paid its part. The balance is yours."; may be empty.</param>
public sealed record PatientStatement(
    StatementPractice Practice,
    string PatientName,
    string GuarantorName,
    Address MailingAddress,
    string AccountNumber,
    DateOnly StatementDate,
    DateOnly DueDate,
    string StatementNumber,
    IReadOnlyList<StatementVisit> Visits,
    StatementAging Aging,
    decimal AmountDue,
    string Message);
