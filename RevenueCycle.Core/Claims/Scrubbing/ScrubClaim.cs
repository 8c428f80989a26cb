using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>
/// A plain snapshot of one claim with everything the scrubber's rules read. The caller builds it
/// from the database (one projection per batch); the scrubber never touches the database.
/// </summary>
/// <param name="ClaimId">The claim's database id (used to tell the claim itself apart in the duplicate index).</param>
/// <param name="ControlNumber">Patient control number (CLM01).</param>
/// <param name="FrequencyCode">CLM05-3: 1 original, 7 replacement, 8 void.</param>
/// <param name="PayerClaimNumber">The payer's claim control number (REF*F8), required for 7 and 8.</param>
/// <param name="PlaceOfService">CMS place-of-service code, two digits (11 office).</param>
/// <param name="PriorAuthorizationNumber">REF*G1, or null.</param>
/// <param name="TotalCharge">CLM02; must equal the sum of the line charges.</param>
/// <param name="ServiceFromDate">First date of service on the claim.</param>
/// <param name="ServiceToDate">Last date of service on the claim.</param>
/// <param name="RelatedCauses">CLM11 related-causes codes (AA auto accident, EM employment, OA other), comma separated, or null.</param>
/// <param name="Billing">Loop 2010AA billing provider.</param>
/// <param name="Rendering">Loop 2310B rendering provider, or null when the billing provider rendered the service.</param>
/// <param name="Referring">Loop 2310A referring provider, or null.</param>
/// <param name="Patient">The patient (always given, even when the patient is the subscriber).</param>
/// <param name="Subscriber">The policy holder (loop 2010BA).</param>
/// <param name="Payer">The payer billed.</param>
/// <param name="PayerSequence">SBR01: primary, secondary or tertiary.</param>
/// <param name="MedicareSecondaryTypeCode">SBR05 insurance type code (12, 13, 14, 15, 16, 41, 42, 43, 47), required when Medicare is secondary.</param>
/// <param name="Diagnoses">ICD-10-CM codes with their sequence (1 is the primary); pointers refer to the sequence.</param>
/// <param name="Lines">The service lines.</param>
public sealed record ScrubClaim(
    int ClaimId,
    string ControlNumber,
    string FrequencyCode,
    string? PayerClaimNumber,
    string PlaceOfService,
    string? PriorAuthorizationNumber,
    decimal TotalCharge,
    DateOnly ServiceFromDate,
    DateOnly ServiceToDate,
    string? RelatedCauses,
    ScrubBillingProvider Billing,
    ScrubProvider? Rendering,
    ScrubProvider? Referring,
    ScrubPatient Patient,
    ScrubSubscriber Subscriber,
    ScrubPayer Payer,
    CoveragePriority PayerSequence,
    string? MedicareSecondaryTypeCode,
    IReadOnlyList<ScrubDiagnosis> Diagnoses,
    IReadOnlyList<ScrubLine> Lines);

/// <summary>The billing provider (an organization): group NPI, TIN (EIN, nine digits), taxonomy and an address with a 9-digit ZIP.</summary>
public sealed record ScrubBillingProvider(string Name, string? Npi, string? Tin, string? Taxonomy, Address? Address);

/// <summary>A person provider (rendering or referring).</summary>
public sealed record ScrubProvider(string LastName, string FirstName, string? Npi, string? Taxonomy = null);

/// <summary>The patient.</summary>
/// <param name="Id">Patient database id (part of the duplicate key).</param>
/// <param name="DateOfDeath">Null while the patient is alive.</param>
public sealed record ScrubPatient(int Id, string LastName, string FirstName, DateOnly? BirthDate, Sex Sex, DateOnly? DateOfDeath, Address? Address);

/// <summary>The subscriber (policy holder).</summary>
/// <param name="RelationshipCode">The patient's relationship to the subscriber as the X12 code: 18 self, 01 spouse, 19 child, G8 other.</param>
public sealed record ScrubSubscriber(string LastName, string FirstName, string? MemberId, DateOnly? BirthDate, Sex Sex, Address? Address, string RelationshipCode, string? GroupNumber);

/// <summary>The payer billed.</summary>
/// <param name="Id">Payer database id (the key of payer rules, prior authorization and duplicates).</param>
/// <param name="PayerIdCode">The clearinghouse payer ID (2010BB NM109).</param>
/// <param name="ClaimFilingIndicator">SBR09: MB, MA, MC, CI, BL, HM...</param>
/// <param name="TimelyFilingDays">Days from the DOS the payer accepts a claim; 0 turns the timely-filing rules off.</param>
public sealed record ScrubPayer(int Id, string Name, string? PayerIdCode, string ClaimFilingIndicator, int TimelyFilingDays, SubmissionMethod SubmissionMethod);

/// <summary>A diagnosis of the claim: its sequence (1-12, the number a pointer uses) and its ICD-10-CM code with the dot.</summary>
public sealed record ScrubDiagnosis(int Sequence, string Code);

/// <summary>A service line.</summary>
/// <param name="LineNumber">The line's number on the claim (1, 2...); findings and field paths use it.</param>
/// <param name="ServiceDate">Date of service.</param>
/// <param name="ProcedureCode">CPT or HCPCS code.</param>
/// <param name="Modifiers">The modifiers in order, empty ones left out (the 837P carries four).</param>
/// <param name="Units">Units of service.</param>
/// <param name="Charge">Line charge.</param>
/// <param name="Pointers">Diagnosis pointers in order (diagnosis sequences), empty ones left out.</param>
/// <param name="PlaceOfService">The line's own POS when it differs from the claim's; null to use the claim's.</param>
public sealed record ScrubLine(
    int LineNumber,
    DateOnly ServiceDate,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    int Units,
    decimal Charge,
    IReadOnlyList<int> Pointers,
    string? PlaceOfService = null);
