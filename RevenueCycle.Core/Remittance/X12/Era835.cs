namespace RevenueCycle.Core.Remittance.X12;

/// <summary>
/// One 835 transaction (ST/SE) as the payer sent it: the check or EFT (BPR/TRN), the payer and
/// payee (loops 1000A/1000B), the claims (loop 2100 under LX loop 2000) and the provider-level
/// adjustments (PLB). Nothing is matched or posted here; this is what the file says.
/// </summary>
public sealed record Era835(
    string ControlNumber,
    Era835Payment Payment,
    string CheckOrEftNumber,
    string? PayerIdentifier,
    DateOnly? ProductionDate,
    Era835Party Payer,
    Era835Party Payee,
    IReadOnlyList<Era835Claim> Claims,
    IReadOnlyList<Era835ProviderAdjustment> ProviderAdjustments,
    IReadOnlyList<string> Warnings);

/// <summary>BPR, the financial information: BPR01 handling code (I remittance and payment, H notification only ...), BPR02 amount, BPR03 C credit / D debit, BPR04 ACH, CHK or NON, BPR16 date.</summary>
public sealed record Era835Payment(int SegmentNumber, string HandlingCode, decimal Amount, string CreditDebit, string Method, DateOnly? PaymentDate);

/// <summary>N1 loop 1000A (PR, payer) or 1000B (PE, payee): name, N103 qualifier and N104 id (XX NPI, FI TIN ...), and the REF ids of the loop (2U payer id, TJ TIN, PQ payee id ...).</summary>
public sealed record Era835Party(string Name, string? IdQualifier, string? Id, IReadOnlyList<Era835Reference> References)
{
    public static Era835Party Missing { get; } = new(string.Empty, null, null, []);

    /// <summary>The value of the first REF with this qualifier (e.g. "2U" for the payer, "TJ" for the payee's TIN).</summary>
    public string? Reference(string qualifier) => References.FirstOrDefault(r => r.Qualifier == qualifier)?.Value;
}

/// <summary>A REF segment: qualifier (REF01) and value (REF02).</summary>
public sealed record Era835Reference(string Qualifier, string Value);

/// <summary>An AMT segment: qualifier (AU coverage, B6 allowed, DY per day, F5 patient paid ...) and amount.</summary>
public sealed record Era835Amount(string Qualifier, decimal Amount);

/// <summary>A DTM segment: qualifier (232/233 claim statement period, 050 received, 472 service, 150/151 service period) and date.</summary>
public sealed record Era835Date(string Qualifier, DateOnly Date);

/// <summary>One reason/amount/quantity triplet of a CAS segment, with the segment's group code (CO, PR, OA, PI, CR).</summary>
public sealed record Era835Adjustment(string GroupCode, string ReasonCode, decimal Amount, decimal? Quantity);

/// <summary>An NM1 in loop 2100: QC patient, IL insured, 74 corrected insured, 82 rendering provider, TT crossover carrier, PR corrected payer, GB other subscriber.</summary>
public sealed record Era835Person(string EntityCode, string LastOrOrganizationName, string? FirstName, string? MiddleName, string? IdQualifier, string? Id);

/// <summary>
/// Loop 2100, one CLP claim payment. CLP02 status: 1/2/3 processed as primary/secondary/tertiary,
/// 4 denied, 19/20/21 processed and forwarded, 22 reversal, 23 not our claim, 25 predetermination.
/// </summary>
public sealed record Era835Claim(
    int SegmentNumber,
    string PatientControlNumber,
    string StatusCode,
    decimal ChargeAmount,
    decimal PaidAmount,
    decimal? PatientResponsibility,
    string? FilingIndicator,
    string? PayerClaimNumber,
    string? FacilityCode,
    string? FrequencyCode,
    IReadOnlyList<Era835Adjustment> Adjustments,
    IReadOnlyList<Era835Person> People,
    IReadOnlyList<Era835Reference> References,
    IReadOnlyList<Era835Date> Dates,
    IReadOnlyList<Era835Amount> Amounts,
    IReadOnlyList<Era835ServiceLine> Lines)
{
    /// <summary>The NM1 with this entity code (QC patient, IL insured, 74, 82, TT), if the payer sent one.</summary>
    public Era835Person? Person(string entityCode) => People.FirstOrDefault(p => p.EntityCode == entityCode);

    /// <summary>The first DTM with this qualifier (232 statement from, 233 statement to, 050 received).</summary>
    public DateOnly? Date(string qualifier) => Dates.FirstOrDefault(d => d.Qualifier == qualifier)?.Date;
}

/// <summary>
/// Loop 2110, one SVC service payment: SVC01 the adjudicated procedure (qualifier HC, code,
/// modifiers), SVC02 charge, SVC03 paid, SVC05 units, SVC06 the submitted procedure when the payer changed it.
/// </summary>
public sealed record Era835ServiceLine(
    int SegmentNumber,
    Era835Procedure Procedure,
    decimal ChargeAmount,
    decimal PaidAmount,
    decimal? Units,
    Era835Procedure? SubmittedProcedure,
    IReadOnlyList<Era835Date> Dates,
    IReadOnlyList<Era835Adjustment> Adjustments,
    IReadOnlyList<Era835Reference> References,
    IReadOnlyList<Era835Amount> Amounts,
    IReadOnlyList<string> RemarkCodes)
{
    /// <summary>REF*6R, the line item control number we sent in the 837 (REF*6R of loop 2400).</summary>
    public string? LineControlNumber => References.FirstOrDefault(r => r.Qualifier == "6R")?.Value;

    /// <summary>AMT*B6, the allowed amount.</summary>
    public decimal? AllowedAmount => Amounts.FirstOrDefault(a => a.Qualifier == "B6")?.Amount;

    /// <summary>DTM*472 (or DTM*150, the start of a service period).</summary>
    public DateOnly? ServiceDate => (Dates.FirstOrDefault(d => d.Qualifier == "472") ?? Dates.FirstOrDefault(d => d.Qualifier == "150"))?.Date;
}

/// <summary>A composite procedure (SVC01 or SVC06): qualifier (HC CPT/HCPCS, AD, ER, IV, N4, ZZ ...), code, up to four modifiers.</summary>
public sealed record Era835Procedure(string Qualifier, string Code, IReadOnlyList<string> Modifiers);

/// <summary>A PLB segment: the provider (PLB01), the fiscal period date (PLB02) and up to six adjustments.</summary>
public sealed record Era835ProviderAdjustment(int SegmentNumber, string ProviderId, DateOnly FiscalPeriodDate, IReadOnlyList<Era835ProviderAdjustmentAmount> Amounts);

/// <summary>
/// One PLB reason:reference and amount (WO overpayment recovery, L6 interest, FB forwarding balance,
/// 72 authorized return, CS adjustment ...). A positive amount reduces the check.
/// </summary>
public sealed record Era835ProviderAdjustmentAmount(string ReasonCode, string? Reference, decimal Amount);
