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
/// <param name="PriorAdjudications">Loop 2430, one per other payer that adjudicated this line (secondary and tertiary
/// claims); null or empty on a claim to the first payer.</param>
public sealed record ServiceLine837(
    DateOnly ServiceDate,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal Charge,
    decimal Units,
    IReadOnlyList<int> DiagnosisPointers,
    string? LineControlNumber,
    IReadOnlyList<LineAdjudication837>? PriorAdjudications = null);

/// <summary>
/// One claim adjustment as the other payer's 835 reported it, written as a CAS triplet (reason, amount, quantity).
/// Triplets with the same group code share a CAS segment, at most six to a segment.
/// </summary>
/// <param name="GroupCode">CAS01: CO contractual obligation, CR correction, OA other, PI payer initiated, PR patient responsibility.</param>
/// <param name="ReasonCode">CARC, e.g. 45 (exceeds fee schedule), 1 deductible, 2 coinsurance, 3 copay.</param>
/// <param name="Amount">Positive reduces the payment, negative increases it.</param>
/// <param name="Quantity">Units adjusted, when the payer reported them.</param>
public sealed record Cas837(string GroupCode, string ReasonCode, decimal Amount, decimal? Quantity = null);

/// <summary>Loop 2330A other subscriber: the policy holder of the other payer's coverage.</summary>
/// <param name="MemberId">NM109 with qualifier MI.</param>
public sealed record OtherSubscriber837(string LastName, string? FirstName, string MemberId, Address? Address);

/// <summary>
/// Loops 2320/2330A/2330B: another payer responsible for the claim (the primary on a secondary claim, or the
/// secondary listed on a primary claim), with its adjudication once it has paid or denied the claim.
/// </summary>
/// <param name="PayerSequence">2320 SBR01 of the OTHER payer: P primary, S secondary, T tertiary; differs from the claim's own SBR01.</param>
/// <param name="PatientRelationship">2320 SBR02, the patient's relationship to the other subscriber: 18 self, 01 spouse,
/// 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other.</param>
/// <param name="GroupNumber">2320 SBR03.</param>
/// <param name="ClaimFilingIndicator">2320 SBR09: MB, MC, CI, BL, HM...</param>
/// <param name="Subscriber">Loop 2330A NM1*IL, N3, N4.</param>
/// <param name="Payer">Loop 2330B NM1*PR; its payer ID (NM109) is what 2430 SVD01 names.</param>
/// <param name="PaidAmount">2320 AMT*D payer paid amount; null when this payer has not adjudicated the claim (then
/// no adjustments and no 2430 loops may name it). Zero for a denial.</param>
/// <param name="Adjustments">2320 claim-level CAS.</param>
/// <param name="RemainingPatientLiability">2320 AMT*EAF.</param>
/// <param name="AdjudicationDate">2330B DTP*573; the guide requires it when the payer adjudicated the claim and no
/// 2430 loop names this payer (otherwise each 2430 carries its own DTP*573).</param>
/// <param name="ClaimControlNumber">2330B REF*F8, the other payer's claim control number.</param>
public sealed record OtherPayer837(
    char PayerSequence,
    string PatientRelationship,
    string? GroupNumber,
    string ClaimFilingIndicator,
    OtherSubscriber837 Subscriber,
    Payer837 Payer,
    decimal? PaidAmount,
    IReadOnlyList<Cas837> Adjustments,
    decimal? RemainingPatientLiability = null,
    DateOnly? AdjudicationDate = null,
    string? ClaimControlNumber = null);

/// <summary>Loop 2430: how another payer adjudicated one service line (SVD, CAS, DTP*573, AMT*EAF).</summary>
/// <param name="OtherPayerId">SVD01, equal to the payer ID (2330B NM109) of one of the claim's other payers.</param>
/// <param name="PaidAmount">SVD02.</param>
/// <param name="ProcedureCode">SVD03-2 as adjudicated (the payer may have changed it).</param>
/// <param name="Modifiers">SVD03-3 to SVD03-6 as adjudicated, at most four.</param>
/// <param name="PaidUnits">SVD05.</param>
/// <param name="Adjustments">Line-level CAS; the line charge (SV102) must equal SVD02 plus these amounts.</param>
/// <param name="AdjudicationDate">DTP*573, required in every 2430.</param>
/// <param name="RemainingPatientLiability">AMT*EAF.</param>
public sealed record LineAdjudication837(
    string OtherPayerId,
    decimal PaidAmount,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal PaidUnits,
    IReadOnlyList<Cas837> Adjustments,
    DateOnly AdjudicationDate,
    decimal? RemainingPatientLiability = null);

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
/// <param name="OtherPayers">Loops 2320/2330A/2330B, at most 10: the other payers and, on a secondary or tertiary
/// claim, their adjudication. When a payer has adjudicated, CLM02 must equal its AMT*D plus its claim-level and
/// line-level CAS amounts.</param>
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
    string? ClaimNote = null,
    IReadOnlyList<OtherPayer837>? OtherPayers = null);

/// <summary>What <see cref="Claim837Reader"/> found in a file.</summary>
/// <param name="Version">GS08, e.g. 005010X222A1 (older files say 005010X222).</param>
/// <param name="TransactionSetControlNumbers">ST02 of each transaction set, in order.</param>
public sealed record Parsed837(
    Envelope837 Envelope,
    string Version,
    IReadOnlyList<string> TransactionSetControlNumbers,
    IReadOnlyList<Claim837> Claims);
