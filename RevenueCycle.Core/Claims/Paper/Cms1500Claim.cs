using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Claims.Paper;

/// <summary>The program checked in box 1 of the CMS-1500.</summary>
public enum Cms1500Coverage
{
    Medicare,
    Medicaid,
    Tricare,
    ChampVa,
    GroupHealthPlan,
    Feca,
    Other,
}

/// <summary>Box 6: the patient's relationship to the insured.</summary>
public enum Cms1500Relationship
{
    Self,
    Spouse,
    Child,
    Other,
}

/// <summary>Boxes 9, 9a and 9d: the other insured when the patient has another health benefit plan (box 11d yes).</summary>
/// <param name="LastName">Box 9, last name.</param>
/// <param name="FirstName">Box 9, first name.</param>
/// <param name="PolicyOrGroupNumber">Box 9a.</param>
/// <param name="PlanName">Box 9d, the other plan's insurance plan or program name.</param>
public sealed record Cms1500OtherInsured(string LastName, string FirstName, string? PolicyOrGroupNumber, string? PlanName);

/// <summary>
/// One claim to print on the CMS-1500 (02/12): the <see cref="Claim837"/> the 837P is written from, plus what the
/// paper form asks for that the 837 record does not carry. Every addition is optional and defaults to the usual
/// practice-management answer (signatures on file, assignment accepted, TIN is an EIN, no accident).
/// </summary>
/// <param name="Claim">The claim as the 837P carries it.</param>
public sealed record Cms1500Claim(Claim837 Claim)
{
    /// <summary>The text NUCC allows in boxes 12, 13 and 31 when the signature is kept in the practice's files.</summary>
    public const string SignatureOnFile = "SIGNATURE ON FILE";

    /// <summary>Box 1 when it must differ from what the claim filing indicator says.</summary>
    public Cms1500Coverage? CoverageOverride { get; init; }

    /// <summary>Box 1: <see cref="CoverageOverride"/>, otherwise derived from the claim filing indicator (SBR09).</summary>
    public Cms1500Coverage Coverage => CoverageOverride ?? CoverageFor(Claim.Subscriber.ClaimFilingIndicator);

    /// <summary>The payer's mailing address for the carrier block above box 1 (the 837 carries only the payer ID).</summary>
    public Address? PayerAddress { get; init; }

    /// <summary>Box 5 telephone, digits with area code.</summary>
    public string? PatientPhone { get; init; }

    /// <summary>Box 7 address when it differs from the subscriber's address on the 837.</summary>
    public Address? InsuredAddress { get; init; }

    /// <summary>Box 7 telephone, digits with area code.</summary>
    public string? InsuredPhone { get; init; }

    /// <summary>Box 6, from the subscriber's relationship code (18 self, 01 spouse, 19 child, anything else other).</summary>
    public Cms1500Relationship Relationship => RelationshipFor(Claim.Subscriber.RelationshipToPatient);

    /// <summary>Boxes 9, 9a, 9d; its presence also answers box 11d "yes".</summary>
    public Cms1500OtherInsured? OtherInsured { get; init; }

    /// <summary>Box 10a: the condition is related to employment.</summary>
    public bool EmploymentRelated { get; init; }

    /// <summary>Box 10b: the two-letter state where the auto accident happened, or null when there was none.</summary>
    public string? AutoAccidentState { get; init; }

    /// <summary>Box 10c: another kind of accident.</summary>
    public bool OtherAccident { get; init; }

    /// <summary>Box 14: date of the current illness, injury or pregnancy (LMP).</summary>
    public DateOnly? CurrentIllnessDate { get; init; }

    /// <summary>Box 14 qualifier: 431 onset of current symptoms or illness, 484 last menstrual period.</summary>
    public string CurrentIllnessQualifier { get; init; } = "431";

    /// <summary>Box 19: additional claim information (at most 47 characters fit).</summary>
    public string? AdditionalInformation { get; init; }

    /// <summary>Box 22 resubmission code: the claim frequency when it is 7 (replacement) or 8 (void); blank for an original.</summary>
    public string? ResubmissionCode => Claim.FrequencyCode is "7" or "8" ? Claim.FrequencyCode : null;

    /// <summary>Box 22 original reference number: the payer's claim control number of the claim being replaced or voided.</summary>
    public string? OriginalReferenceNumber => ResubmissionCode is null ? null : Claim.PayerClaimControlNumber;

    /// <summary>Box 25: true checks EIN, false checks SSN.</summary>
    public bool TaxIdIsEin { get; init; } = true;

    /// <summary>Box 27: the provider accepts assignment.</summary>
    public bool AcceptAssignment { get; init; } = true;

    /// <summary>Box 29: what the patient or other payers paid on the covered services; printed only when not zero.</summary>
    public decimal AmountPaid { get; init; }

    /// <summary>Box 31 date (the date the form is signed); boxes 12 and 31 print it when given.</summary>
    public DateOnly? SignatureDate { get; init; }

    /// <summary>Box 33 telephone, digits with area code.</summary>
    public string? BillingProviderPhone { get; init; }

    /// <summary>Box 1 from SBR09: MB/MA Medicare, MC Medicaid, CH Tricare, VA ChampVA, CI/BL/HM and 12-16 group health plan, else other.</summary>
    public static Cms1500Coverage CoverageFor(string? claimFilingIndicator) => claimFilingIndicator?.Trim().ToUpperInvariant() switch
    {
        "MA" or "MB" => Cms1500Coverage.Medicare,
        "MC" => Cms1500Coverage.Medicaid,
        "CH" => Cms1500Coverage.Tricare,
        "VA" => Cms1500Coverage.ChampVa,
        "CI" or "BL" or "HM" or "12" or "13" or "14" or "15" or "16" => Cms1500Coverage.GroupHealthPlan,
        _ => Cms1500Coverage.Other,
    };

    /// <summary>Box 6 from the X12 individual relationship code: 18 self, 01 spouse, 19 child, anything else other.</summary>
    public static Cms1500Relationship RelationshipFor(string? relationshipCode) => relationshipCode?.Trim() switch
    {
        Subscriber837.Self => Cms1500Relationship.Self,
        "01" => Cms1500Relationship.Spouse,
        "19" => Cms1500Relationship.Child,
        _ => Cms1500Relationship.Other,
    };
}
