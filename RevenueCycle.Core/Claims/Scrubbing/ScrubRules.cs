namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>Which claims a rule applies to.</summary>
public enum RuleScopeKind
{
    /// <summary>Every payer.</summary>
    AllPayers,

    /// <summary>One payer, by its database id.</summary>
    Payer,

    /// <summary>Payers with one of the claim filing indicators (SBR09: MB, MA, MC, CI...).</summary>
    FilingIndicator,
}

/// <summary>Which claims a rule applies to.</summary>
/// <param name="Kind">All payers, one payer or some filing indicators.</param>
/// <param name="PayerId">The payer's database id when <paramref name="Kind"/> is <see cref="RuleScopeKind.Payer"/>.</param>
/// <param name="FilingIndicators">Comma-separated filing indicators ("MB,MA") when <paramref name="Kind"/> is <see cref="RuleScopeKind.FilingIndicator"/>.</param>
public sealed record RuleScope(RuleScopeKind Kind, int? PayerId = null, string? FilingIndicators = null)
{
    /// <summary>Every payer.</summary>
    public static RuleScope AllPayers { get; } = new(RuleScopeKind.AllPayers);

    /// <summary>One payer.</summary>
    public static RuleScope ForPayer(int payerId) => new(RuleScopeKind.Payer, payerId);

    /// <summary>Payers with one of the filing indicators ("MB,MA").</summary>
    public static RuleScope ForFilingIndicators(string filingIndicators) => new(RuleScopeKind.FilingIndicator, null, filingIndicators);

    /// <summary>How the rule list shows the scope.</summary>
    public override string ToString() => Kind switch
    {
        RuleScopeKind.Payer => $"payer {PayerId}",
        RuleScopeKind.FilingIndicator => $"filing indicator {FilingIndicators}",
        _ => "all payers",
    };
}

/// <summary>A built-in scrubber rule as the rule list and docs/scrubber.md show it.</summary>
/// <param name="Id">Stable id (SCR-nnn), never reused.</param>
/// <param name="Description">What the rule checks.</param>
/// <param name="Severity">What a finding does to the claim.</param>
/// <param name="Scope">Which claims the rule applies to.</param>
/// <param name="FixHint">What the biller does about a finding.</param>
/// <param name="Field">The field path findings point to; "line[n]" stands for the line's number, "pointerK"/"modifierK" for the position.</param>
public sealed record ScrubRule(string Id, string Description, ScrubSeverity Severity, RuleScope Scope, string FixHint, string Field);

/// <summary>
/// The built-in rules: the front-end rejections of the 837P (005010X222A1), the clearinghouse's
/// edits and the practice's own policies. Coding edits come back as EDIT:&lt;rule id&gt; and payer
/// rules as PAYER:&lt;name&gt;; they are not listed here.
/// </summary>
public static class ScrubRules
{
    /// <summary>Prefix of the coding edits' rule ids (EDIT:NCCI-PTP).</summary>
    public const string CodingEditPrefix = "EDIT:";

    /// <summary>Prefix of the payer rules' ids (PAYER:&lt;rule name&gt;).</summary>
    public const string PayerRulePrefix = "PAYER:";

    private static readonly RuleScope Everyone = RuleScope.AllPayers;

    // Billing provider (loop 2010AA): the clearinghouse rejects the whole claim without these.
    public static readonly ScrubRule BillingNpiMissing = new("SCR-001", "Billing provider NPI is missing.", ScrubSeverity.Error, Everyone,
        "Enter the practice's 10-digit group NPI in the billing provider settings.", "billing.npi");

    public static readonly ScrubRule BillingNpiInvalid = new("SCR-002", "Billing provider NPI is not 10 digits or fails its check digit.", ScrubSeverity.Error, Everyone,
        "Re-type the group NPI from the practice's NPPES record; a digit is wrong or missing.", "billing.npi");

    public static readonly ScrubRule BillingTinInvalid = new("SCR-003", "Billing provider tax ID (EIN) is missing or not nine digits.", ScrubSeverity.Error, Everyone,
        "Enter the practice's 9-digit federal tax ID (EIN) without the dash.", "billing.tin");

    public static readonly ScrubRule BillingAddressIncomplete = new("SCR-004", "Billing provider street, city or state is missing.", ScrubSeverity.Error, Everyone,
        "Complete the practice's street address, city and two-letter state (a street address, not a PO box).", "billing.address");

    public static readonly ScrubRule BillingZipNotNineDigits = new("SCR-005", "Billing provider ZIP code is not nine digits (ZIP+4).", ScrubSeverity.Error, Everyone,
        "Enter the full ZIP+4 of the billing address, nine digits without the dash.", "billing.zip");

    public static readonly ScrubRule BillingTaxonomyInvalid = new("SCR-006", "Billing provider taxonomy code is missing or not ten characters.", ScrubSeverity.Error, Everyone,
        "Enter the practice's taxonomy code as registered with NPPES (ten characters, like 207Q00000X).", "billing.taxonomy");

    public static readonly ScrubRule RenderingNpiInvalid = new("SCR-007", "Rendering provider NPI is missing or fails its check digit.", ScrubSeverity.Error, Everyone,
        "Correct the rendering provider's NPI in the provider settings (copy it from NPPES).", "rendering.npi");

    public static readonly ScrubRule ReferringNpiInvalid = new("SCR-008", "Referring provider NPI is missing or fails its check digit.", ScrubSeverity.Error, Everyone,
        "Correct the referring provider's NPI (copy it from the referral or NPPES), or remove the referring provider.", "referring.npi");

    public static readonly ScrubRule RenderingTaxonomyMissing = new("SCR-009", "Rendering provider has no taxonomy code.", ScrubSeverity.Warning, Everyone,
        "Add the rendering provider's taxonomy code; many payers match it to the provider's enrollment.", "rendering.taxonomy");

    // Subscriber (loop 2010BA) and payer (2010BB).
    public static readonly ScrubRule SubscriberNameMissing = new("SCR-010", "Subscriber's last or first name is missing.", ScrubSeverity.Error, Everyone,
        "Enter the policy holder's name exactly as on the insurance card.", "subscriber.name");

    public static readonly ScrubRule SubscriberMemberIdMissing = new("SCR-011", "Subscriber's member ID is missing.", ScrubSeverity.Error, Everyone,
        "Enter the member ID from the insurance card.", "subscriber.memberId");

    public static readonly ScrubRule SubscriberBirthDateMissing = new("SCR-012", "Subscriber's date of birth is missing.", ScrubSeverity.Error, Everyone,
        "Enter the policy holder's date of birth in the patient's insurance.", "subscriber.dob");

    public static readonly ScrubRule SubscriberSexMissing = new("SCR-013", "Subscriber's sex is not recorded.", ScrubSeverity.Error, Everyone,
        "Record the policy holder's sex (female or male) in the patient's insurance.", "subscriber.sex");

    public static readonly ScrubRule SubscriberAddressIncomplete = new("SCR-014", "Subscriber's address is missing or incomplete.", ScrubSeverity.Error, Everyone,
        "Complete the policy holder's street, city, state and ZIP (5 or 9 digits).", "subscriber.address");

    public static readonly ScrubRule PayerIdMissing = new("SCR-015", "The payer has no payer ID.", ScrubSeverity.Error, Everyone,
        "Enter the clearinghouse payer ID in the payer's settings (from the clearinghouse's payer list).", "payer.payerId");

    public static readonly ScrubRule PatientBirthDateMissing = new("SCR-016", "Patient's date of birth is missing (patient is not the subscriber).", ScrubSeverity.Error, Everyone,
        "Enter the patient's date of birth in registration.", "patient.dob");

    // Diagnoses and pointers (837P HI and SV107).
    public static readonly ScrubRule NoDiagnosis = new("SCR-020", "The claim has no diagnosis.", ScrubSeverity.Error, Everyone,
        "Send the claim back to coding: at least one diagnosis is required.", "claim.diagnoses");

    public static readonly ScrubRule TooManyDiagnoses = new("SCR-021", "More than 12 diagnoses.", ScrubSeverity.Error, Everyone,
        "Keep the 12 diagnoses the lines point at, or split the claim.", "claim.diagnoses");

    public static readonly ScrubRule LineWithoutPointer = new("SCR-022", "A service line points at no diagnosis.", ScrubSeverity.Error, Everyone,
        "Point the line at the diagnosis that supports it (pointer 1 is the main one).", "line[n].pointer1");

    public static readonly ScrubRule PointerToMissingDiagnosis = new("SCR-023", "A diagnosis pointer points at a diagnosis the claim does not list.", ScrubSeverity.Error, Everyone,
        "Point the line at a listed diagnosis, or add the missing diagnosis.", "line[n].pointerK");

    public static readonly ScrubRule TooManyPointers = new("SCR-024", "A service line has more than 4 diagnosis pointers.", ScrubSeverity.Error, Everyone,
        "Keep the four diagnoses that best support the line.", "line[n].pointers");

    public static readonly ScrubRule NoLines = new("SCR-025", "The claim has no service line.", ScrubSeverity.Error, Everyone,
        "Send the claim back to coding: at least one service line is required.", "claim.lines");

    public static readonly ScrubRule TooManyLines = new("SCR-026", "More than 50 service lines.", ScrubSeverity.Error, Everyone,
        "Split the claim: the 837P carries at most 50 lines.", "claim.lines");

    // Charges, units, modifiers, codes on the claim.
    public static readonly ScrubRule LineChargeNotPositive = new("SCR-030", "A line's charge is zero or negative.", ScrubSeverity.Error, Everyone,
        "Enter the fee-schedule charge for the line.", "line[n].charge");

    public static readonly ScrubRule TotalChargeMismatch = new("SCR-031", "The claim's total charge is not the sum of its lines.", ScrubSeverity.Error, Everyone,
        "Recalculate the claim total from the lines.", "claim.totalCharge");

    public static readonly ScrubRule UnitsLessThanOne = new("SCR-032", "A line has fewer than 1 unit.", ScrubSeverity.Error, Everyone,
        "Enter the units of service (1 or more).", "line[n].units");

    public static readonly ScrubRule TooManyModifiers = new("SCR-033", "A line has more than 4 modifiers.", ScrubSeverity.Error, Everyone,
        "Keep the four modifiers that matter for payment (pricing modifiers first).", "line[n].modifiers");

    public static readonly ScrubRule ModifierInvalid = new("SCR-034", "A modifier is not two letters or digits.", ScrubSeverity.Error, Everyone,
        "Correct the modifier (two characters, like 25, 59, LT).", "line[n].modifierK");

    public static readonly ScrubRule PlaceOfServiceInvalid = new("SCR-035", "Place of service is not a two-digit code.", ScrubSeverity.Error, Everyone,
        "Pick the place of service from the list (11 office, 22 outpatient hospital...).", "claim.pos");

    public static readonly ScrubRule FrequencyInvalid = new("SCR-036", "Claim frequency is not 1 (original), 7 (replacement) or 8 (void).", ScrubSeverity.Error, Everyone,
        "Set the claim frequency to 1, 7 or 8.", "claim.frequency");

    public static readonly ScrubRule ReplacementWithoutPayerClaimNumber = new("SCR-037", "Replacement or void claim without the payer's claim number.", ScrubSeverity.Error, Everyone,
        "Enter the payer's claim number from the remittance (835) of the original claim.", "claim.payerClaimNumber");

    // Dates of service.
    public static readonly ScrubRule ServiceDateInFuture = new("SCR-040", "A date of service is in the future.", ScrubSeverity.Error, Everyone,
        "Correct the date of service, or wait until the service has been given.", "line[n].dos");

    public static readonly ScrubRule ServiceBeforeBirth = new("SCR-041", "A date of service is before the patient's birth.", ScrubSeverity.Error, Everyone,
        "Correct the date of service or the patient's date of birth.", "line[n].dos");

    public static readonly ScrubRule ServiceAfterDeath = new("SCR-042", "A date of service is after the patient's date of death.", ScrubSeverity.Error, Everyone,
        "Correct the date of service or the date of death in registration.", "line[n].dos");

    public static readonly ScrubRule ServiceOutsideClaimPeriod = new("SCR-043", "A line's date of service is outside the claim's service period.", ScrubSeverity.Warning, Everyone,
        "Correct the line's date, or the claim's from and to dates.", "line[n].dos");

    public static readonly ScrubRule TimelyFilingNear = new("SCR-044", "Timely filing deadline is within 30 days.", ScrubSeverity.Warning, Everyone,
        "Send this claim first: the payer stops accepting it soon.", "claim.serviceFrom");

    public static readonly ScrubRule TimelyFilingPassed = new("SCR-045", "Timely filing deadline has passed.", ScrubSeverity.Error, Everyone,
        "Send only with proof of timely filing (an earlier acceptance report), or write the balance off as timely filing.", "claim.serviceFrom");

    // Payer policies.
    public static readonly ScrubRule DuplicateClaim = new("SCR-050", "Another live claim bills the same patient, payer, date of service and code.", ScrubSeverity.Hold, Everyone,
        "Compare with the other claim: void one of them, or add 76/77/91 if the service was really repeated.", "line[n].code");

    public static readonly ScrubRule PriorAuthorizationMissing = new("SCR-051", "The payer requires prior authorization for the code and the claim has none.", ScrubSeverity.Error, Everyone,
        "Enter the authorization number the payer gave, or obtain a retro-authorization before sending.", "claim.priorAuth");

    public static readonly ScrubRule MedicareSecondaryTypeMissing = new("SCR-052", "Medicare is the secondary payer but the Medicare secondary payer type (SBR05) is missing or not a valid code.", ScrubSeverity.Error, RuleScope.ForFilingIndicators("MB,MA"),
        "Pick why Medicare is secondary (12 working aged, 13 ESRD, 14 no-fault, 15 workers' comp, 16 public health, 41 black lung, 42 VA, 43 disability, 47 liability).", "subscriber.medicareSecondaryType");

    /// <summary>Every built-in rule, in id order.</summary>
    public static IReadOnlyList<ScrubRule> All { get; } =
    [
        BillingNpiMissing, BillingNpiInvalid, BillingTinInvalid, BillingAddressIncomplete, BillingZipNotNineDigits, BillingTaxonomyInvalid,
        RenderingNpiInvalid, ReferringNpiInvalid, RenderingTaxonomyMissing,
        SubscriberNameMissing, SubscriberMemberIdMissing, SubscriberBirthDateMissing, SubscriberSexMissing, SubscriberAddressIncomplete,
        PayerIdMissing, PatientBirthDateMissing,
        NoDiagnosis, TooManyDiagnoses, LineWithoutPointer, PointerToMissingDiagnosis, TooManyPointers, NoLines, TooManyLines,
        LineChargeNotPositive, TotalChargeMismatch, UnitsLessThanOne, TooManyModifiers, ModifierInvalid, PlaceOfServiceInvalid,
        FrequencyInvalid, ReplacementWithoutPayerClaimNumber,
        ServiceDateInFuture, ServiceBeforeBirth, ServiceAfterDeath, ServiceOutsideClaimPeriod, TimelyFilingNear, TimelyFilingPassed,
        DuplicateClaim, PriorAuthorizationMissing, MedicareSecondaryTypeMissing,
    ];
}
