using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>The interchange and functional-group envelope of one 837P file (ISA, GS, BHT, loops 1000A and 1000B).</summary>
/// <param name="SenderQualifier">ISA05, e.g. ZZ (mutually defined) or 30 (federal TIN).</param>
/// <param name="SenderId">ISA06 and GS02; also the submitter's NM109 in loop 1000A (at most 15 characters).</param>
/// <param name="ReceiverQualifier">ISA07.</param>
/// <param name="ReceiverId">ISA08 and GS03; also the receiver's NM109 in loop 1000B (at most 15 characters).</param>
/// <param name="InterchangeControlNumber">ISA13 and IEA02 (nine digits, unique per sender).</param>
/// <param name="GroupControlNumber">GS06 and GE02.</param>
/// <param name="SubmitterName">Loop 1000A NM103.</param>
/// <param name="SubmitterContactName">Loop 1000A PER02.</param>
/// <param name="SubmitterContactPhone">Loop 1000A PER04 (TE).</param>
/// <param name="ReceiverName">Loop 1000B NM103.</param>
/// <param name="UsageIndicator">ISA15: T test, P production.</param>
/// <param name="CreatedAt">ISA09/ISA10, GS04/GS05 and BHT04/BHT05 (to the minute).</param>
public sealed record Envelope837(
    string SenderQualifier,
    string SenderId,
    string ReceiverQualifier,
    string ReceiverId,
    int InterchangeControlNumber,
    int GroupControlNumber,
    string SubmitterName,
    string SubmitterContactName,
    string SubmitterContactPhone,
    string ReceiverName,
    char UsageIndicator,
    DateTime CreatedAt);

/// <summary>Loop 2000A/2010AA billing provider: an organization with a group NPI, TIN and a 9-digit ZIP.</summary>
public sealed record BillingProvider837(string Name, string Npi, string Tin, Address Address, string? Taxonomy);

/// <summary>Loop 2000B/2010BA subscriber (the policy holder).</summary>
/// <param name="RelationshipToPatient">"18" when the subscriber is the patient (SBR02); otherwise the patient's
/// relationship to the subscriber written in PAT01 of loop 2000C (01 spouse, 19 child, G8 other...).</param>
/// <param name="PayerSequence">SBR01: P primary, S secondary, T tertiary.</param>
/// <param name="ClaimFilingIndicator">SBR09: MB Medicare Part B, MC Medicaid, CI commercial, BL, HM...</param>
public sealed record Subscriber837(
    string LastName,
    string FirstName,
    string MemberId,
    DateOnly? BirthDate,
    Sex Sex,
    Address? Address,
    string? GroupNumber,
    string RelationshipToPatient,
    char PayerSequence,
    string ClaimFilingIndicator)
{
    /// <summary>SBR02 code for "self": the patient is the subscriber and loop 2000C is left out.</summary>
    public const string Self = "18";

    public bool IsPatient => RelationshipToPatient == Self;
}

/// <summary>Loop 2000C/2010CA patient, present only when the patient is not the subscriber.</summary>
public sealed record Patient837(string LastName, string FirstName, DateOnly? BirthDate, Sex Sex, Address? Address);

/// <summary>Loop 2010BB payer.</summary>
public sealed record Payer837(string Name, string PayerId);

/// <summary>A person provider: 2310A referring (DN, no taxonomy) or 2310B rendering (82, PRV*PE taxonomy).</summary>
public sealed record Provider837(string LastName, string FirstName, string Npi, string? Taxonomy = null);

/// <summary>Loop 2310C service facility location.</summary>
public sealed record ServiceFacility837(string Name, string? Npi, Address Address);

/// <summary>Loop 2400 service line.</summary>
/// <param name="Modifiers">Up to four, written as SV101-3 to SV101-6.</param>
/// <param name="DiagnosisPointers">One to four positions (1-12) in the claim's diagnosis list (SV107).</param>
/// <param name="LineControlNumber">REF*6R, echoed back by the payer on the 835.</param>
public sealed record ServiceLine837(
    DateOnly ServiceDate,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal Charge,
    decimal Units,
    IReadOnlyList<int> DiagnosisPointers,
    string? LineControlNumber);

/// <summary>One professional claim as the 837P carries it, independent of the EF model.</summary>
/// <param name="FrequencyCode">CLM05-3: 1 original, 7 replacement, 8 void.</param>
/// <param name="PayerClaimControlNumber">REF*F8, required for frequency 7 and 8.</param>
/// <param name="Diagnoses">Up to 12 ICD-10-CM codes with their dot ("E11.9"); the HI segment writes them without it.</param>
/// <param name="RelatedCauses">CLM11-1/CLM11-2 (CMS-1500 box 10a-c): EM employment, AA auto accident, OA other accident; at most two.</param>
/// <param name="AutoAccidentState">CLM11-4, the state where the auto accident happened; required with AA, not sent otherwise.</param>
/// <param name="AccidentDate">DTP*439; required when the related causes include AA or OA, may be sent with EM.</param>
/// <param name="OnsetDate">DTP*431, onset of the current illness or injury (box 14).</param>
/// <param name="MedicareSecondaryTypeCode">SBR05 insurance type (12 working aged, 13 ESRD, 14 no-fault, 15 workers' comp,
/// 16 PHS, 41 black lung, 42 VA, 43 disability, 47 other liability) when Medicare is secondary; written only when SBR01 is S or T.</param>
/// <param name="ClaimNote">NTE*ADD, additional information (box 19), at most 80 characters.</param>
public sealed record Claim837(
    BillingProvider837 BillingProvider,
    Subscriber837 Subscriber,
    Patient837? Patient,
    Payer837 Payer,
    string PatientControlNumber,
    decimal TotalCharge,
    string PlaceOfService,
    string FrequencyCode,
    string? PayerClaimControlNumber,
    string? PriorAuthorization,
    IReadOnlyList<string> Diagnoses,
    Provider837? Rendering,
    Provider837? Referring,
    ServiceFacility837? ServiceFacility,
    IReadOnlyList<ServiceLine837> Lines,
    IReadOnlyList<string>? RelatedCauses = null,
    string? AutoAccidentState = null,
    DateOnly? AccidentDate = null,
    DateOnly? OnsetDate = null,
    string? MedicareSecondaryTypeCode = null,
    string? ClaimNote = null);

/// <summary>What <see cref="Claim837Reader"/> found in a file.</summary>
/// <param name="Version">GS08, e.g. 005010X222A1 (older files say 005010X222).</param>
/// <param name="TransactionSetControlNumbers">ST02 of each transaction set, in order.</param>
public sealed record Parsed837(
    Envelope837 Envelope,
    string Version,
    IReadOnlyList<string> TransactionSetControlNumbers,
    IReadOnlyList<Claim837> Claims);
