namespace RevenueCycle.Core.Denials;

/// <summary>One claim adjustment reason code (CARC) as the application understands it.</summary>
/// <param name="Code">The code as the remittance carries it in CAS02 ("45", "197", "B13", "P12").</param>
/// <param name="Description">What the code means, in plain words written for this project.</param>
/// <param name="IsDenial">True when the adjustment is a denial to work; false for a routine adjustment (deductible, fee schedule, sequestration...).</param>
/// <param name="Category">The root cause of the denial; null for a routine adjustment.</param>
public sealed record CarcCode(string Code, string Description, bool IsDenial, DenialCategory? Category);

/// <summary>
/// Claim adjustment reason codes the application understands, with a plain-words description
/// written for this project, whether each is a denial to work or a routine adjustment, and the
/// denial root cause it maps to (DOMAIN.md section 5). Codes not listed are treated as denials
/// in the "Other" bucket, so that nothing unknown is silently written off.
/// </summary>
public static class CarcCatalog
{
    private static readonly Dictionary<string, CarcCode> Codes;

    static CarcCatalog()
    {
        CarcCode[] all =
        [
            // Routine adjustments: the payer processed the claim as agreed; nothing to appeal.
            Routine("1", "Deductible: the patient owes this toward the plan's deductible"),
            Routine("2", "Coinsurance: the patient's percentage share of the allowed amount"),
            Routine("3", "Copay: the patient's fixed copayment for the visit or service"),
            Routine("23", "Already adjusted by a prior payer"),
            Routine("24", "Covered by the capitation payment under a managed-care contract; no separate payment"),
            Routine("42", "Charge is above the payer's maximum allowable (older code; payers now send 45)"),
            Routine("44", "Discount for prompt payment"),
            Routine("45", "Charge is above the contracted fee schedule"),
            Routine("59", "Reduced under the payer's multiple or concurrent procedure rules"),
            Routine("66", "Blood deductible: the patient owes for the first pints of blood"),
            Routine("94", "Processed for more than the billed charge"),
            Routine("100", "Payment went to the patient or insured instead of the practice; collect it from the patient"),
            Routine("101", "Predetermination: what the plan expects to pay once the service is done"),
            Routine("102", "Major medical adjustment"),
            Routine("103", "Provider's promotional discount"),
            Routine("104", "Managed-care withhold kept back by the plan under the contract"),
            Routine("105", "Tax withheld from the payment"),
            Routine("122", "Reduction applied to outpatient psychiatric services"),
            Routine("130", "Claim submission fee charged by the payer"),
            Routine("131", "Discount negotiated for this particular claim"),
            Routine("132", "Adjustment under a prearranged demonstration project"),
            Routine("137", "Regulatory surcharge, assessment or health-related tax"),
            Routine("142", "Patient's monthly Medicaid share of cost applied"),
            Routine("143", "Part of the payment is held over to a later remittance"),
            Routine("144", "Incentive adjustment, such as a preferred-product bonus"),
            Routine("161", "Provider performance bonus"),
            Routine("187", "Paid from the patient's health spending account (HSA, FSA or HRA)"),
            Routine("201", "Patient owes this under a set-aside arrangement or similar agreement"),
            Routine("205", "Pharmacy discount card processing fee"),
            Routine("209", "Cannot be collected from the patient (refund it if collected) but may be billed to the next payer"),
            Routine("223", "Adjustment required by federal, state or local law"),
            Routine("225", "Penalty or interest paid by the payer"),
            Routine("235", "Sales tax"),
            Routine("237", "Penalty set by law or regulation, such as a Medicare quality-reporting reduction"),
            Routine("245", "Provider performance program withhold"),
            Routine("246", "Reporting-only code: it is never paid"),
            Routine("253", "Sequestration: the federal across-the-board payment cut"),
            Routine("260", "Priced on the Medicaid enhanced (Affordable Care Act) fee schedule"),
            Routine("275", "The prior payer's patient share (deductible, coinsurance, copay) is not picked up by this plan"),
            Routine("281", "Deductible waived under the contract"),
            Routine("P5", "Priced at the payer's usual and customary fee where no legislated fee exists"),
            Routine("P12", "Workers' compensation fee schedule adjustment"),
            Routine("P22", "Adjusted to the auto medical-payments or personal injury protection fee schedule"),

            // Eligibility and coverage: the patient, the dates or the payer were wrong.
            Denied("26", "Service before the patient's coverage started", DenialCategory.Eligibility),
            Denied("27", "Service after coverage ended", DenialCategory.Eligibility),
            Denied("31", "Patient is not identified as the payer's member", DenialCategory.Eligibility),
            Denied("32", "Patient is not an eligible dependent on this policy", DenialCategory.Eligibility),
            Denied("33", "Policy has no dependent coverage", DenialCategory.Eligibility),
            Denied("34", "Policy does not cover newborns", DenialCategory.Eligibility),
            Denied("109", "Not covered by this payer; send to the correct payer", DenialCategory.Eligibility),
            Denied("140", "Patient's name and member ID do not match the payer's records", DenialCategory.Eligibility),
            Denied("177", "Patient does not meet the plan's eligibility requirements", DenialCategory.Eligibility),
            Denied("178", "Patient has not met the Medicaid spend-down", DenialCategory.Eligibility),
            Denied("179", "Patient has not finished the plan's waiting period", DenialCategory.Eligibility),
            Denied("180", "Patient does not meet the plan's residency requirement", DenialCategory.Eligibility),
            Denied("200", "Service fell in a lapse in coverage", DenialCategory.Eligibility),
            Denied("224", "Patient's identity was compromised (identity theft)", DenialCategory.Eligibility),
            Denied("238", "Claim spans covered and uncovered dates; reduced for the uncovered part", DenialCategory.Eligibility),
            Denied("239", "Claim spans covered and uncovered dates; rebill them as separate claims", DenialCategory.Eligibility),
            Denied("254", "Dental plan received a medical claim; send it to the medical plan", DenialCategory.Eligibility),
            Denied("257", "Held during the premium grace period; the payer will decide when it ends", DenialCategory.Eligibility),
            Denied("270", "Medical plan received a dental claim; send it to the dental plan", DenialCategory.Eligibility),
            Denied("B9", "Patient is enrolled in hospice", DenialCategory.Eligibility),
            Denied("B11", "Claim was passed on to the payer or processor that handles it", DenialCategory.Eligibility),
            Denied("P6", "Decided on the patient's entitlement to benefits", DenialCategory.Eligibility),

            // Authorization and referral.
            Denied("15", "Authorization number missing or invalid", DenialCategory.Authorization),
            Denied("39", "Authorization was requested and refused", DenialCategory.Authorization),
            Denied("61", "Reduced because a required second surgical opinion was not obtained", DenialCategory.Authorization),
            Denied("197", "Precertification or authorization was not obtained", DenialCategory.Authorization),
            Denied("198", "Service went beyond what the authorization allowed", DenialCategory.Authorization),
            Denied("210", "Authorization was not obtained in time", DenialCategory.Authorization),
            Denied("243", "Service was not authorized by the network or primary care provider", DenialCategory.Authorization),
            Denied("284", "Authorization number may be real but does not cover the services billed", DenialCategory.Authorization),
            Denied("287", "Service went beyond what the referral allowed", DenialCategory.Authorization),
            Denied("288", "Referral is missing", DenialCategory.Authorization),

            // Coding: the codes, modifiers or place of service do not fit.
            Denied("4", "Procedure code does not fit the modifier used, or a modifier is missing", DenialCategory.Coding),
            Denied("5", "Procedure code or bill type does not fit the place of service", DenialCategory.Coding),
            Denied("6", "Procedure does not fit the patient's age", DenialCategory.Coding),
            Denied("7", "Procedure does not fit the patient's sex", DenialCategory.Coding),
            Denied("8", "Procedure does not fit the provider's type or specialty", DenialCategory.Coding),
            Denied("9", "Diagnosis does not fit the patient's age", DenialCategory.Coding),
            Denied("10", "Diagnosis does not fit the patient's sex", DenialCategory.Coding),
            Denied("11", "Diagnosis does not support the procedure", DenialCategory.Coding),
            Denied("12", "Diagnosis does not fit the provider's type or specialty", DenialCategory.Coding),
            Denied("58", "Place of service billed is wrong or not allowed for this service", DenialCategory.Coding),
            Denied("146", "Diagnosis code not valid on the date of service", DenialCategory.Coding),
            Denied("181", "Procedure code not valid on the date of service", DenialCategory.Coding),
            Denied("182", "Modifier not valid on the date of service", DenialCategory.Coding),
            Denied("189", "Unlisted or not-otherwise-classified code billed where a specific code exists", DenialCategory.Coding),
            Denied("194", "Anesthesia given by the surgeon, assistant or attending is not paid separately", DenialCategory.Coding),
            Denied("199", "Revenue code and procedure code do not match", DenialCategory.Coding),
            Denied("282", "Procedure or revenue code does not fit the type of bill", DenialCategory.Coding),
            Denied("A8", "Claim could not be grouped to a DRG", DenialCategory.Coding),
            Denied("B15", "Needs a qualifying service (such as the primary procedure of an add-on) that was not billed or paid", DenialCategory.Coding),
            Denied("B16", "Visit does not meet the new-patient definition", DenialCategory.Coding),
            Denied("P7", "Billed code is not in the fee schedule the payer uses", DenialCategory.Coding),
            Denied("P9", "No procedure code describes this service", DenialCategory.Coding),

            // Medical necessity, frequency and level of service.
            Denied("40", "Does not qualify as emergency or urgent care", DenialCategory.MedicalNecessity),
            Denied("50", "Payer does not consider the service medically necessary", DenialCategory.MedicalNecessity),
            Denied("150", "Documentation does not support the level of service billed", DenialCategory.MedicalNecessity),
            Denied("151", "Payer considers the number or frequency of services excessive", DenialCategory.MedicalNecessity),
            Denied("152", "Documentation does not support the length of service or stay", DenialCategory.MedicalNecessity),
            Denied("153", "Documentation does not support the dosage", DenialCategory.MedicalNecessity),
            Denied("154", "Documentation does not support the days' supply", DenialCategory.MedicalNecessity),
            Denied("186", "Level of care was changed", DenialCategory.MedicalNecessity),
            Denied("216", "Adjusted on the findings of a review organization", DenialCategory.MedicalNecessity),
            Denied("222", "More hours, days or units than the contract allows this provider in the period", DenialCategory.MedicalNecessity),
            Denied("261", "Service does not fit the patient's history", DenialCategory.MedicalNecessity),
            Denied("273", "Goes beyond the coverage or program guidelines", DenialCategory.MedicalNecessity),
            Denied("B8", "A cheaper alternative service was available and should have been used", DenialCategory.MedicalNecessity),
            Denied("B22", "Payment adjusted because of the diagnosis", DenialCategory.MedicalNecessity),
            Denied("P15", "Workers' compensation treatment guideline adjustment", DenialCategory.MedicalNecessity),

            // Bundling: paid as part of another service.
            Denied("60", "Outpatient service too close to an inpatient stay; paid with the stay", DenialCategory.Bundling),
            Denied("97", "Paid as part of another service (bundled)", DenialCategory.Bundling),
            Denied("128", "Newborn's services are paid within the mother's allowance", DenialCategory.Bundling),
            Denied("190", "Included in the payment for a skilled nursing facility stay", DenialCategory.Bundling),
            Denied("231", "Mutually exclusive procedures: both cannot be done the same day or session", DenialCategory.Bundling),
            Denied("234", "Procedure is not paid separately", DenialCategory.Bundling),
            Denied("236", "Procedure pair not allowed together under NCCI (or modifier missing)", DenialCategory.Bundling),
            Denied("B10", "Allowance reduced because part of the procedure or test was already paid", DenialCategory.Bundling),
            Denied("P14", "Included in the allowance for another service the same day", DenialCategory.Bundling),

            // Timely filing and appeal deadlines.
            Denied("29", "Filed after the payer's timely-filing limit", DenialCategory.TimelyFiling),
            Denied("166", "Sent after the payer stopped handling claims for this plan", DenialCategory.TimelyFiling),
            Denied("286", "Appeal was filed after the deadline", DenialCategory.TimelyFiling),
            Denied("B4", "Reduced as a late-filing penalty", DenialCategory.TimelyFiling),

            // Duplicates.
            Denied("18", "Exact duplicate of a claim already processed", DenialCategory.Duplicate),
            Denied("B13", "Already paid in an earlier remittance", DenialCategory.Duplicate),
            Denied("B14", "Only one visit or consultation per physician per day is paid", DenialCategory.Duplicate),
            Denied("B20", "Another provider already furnished all or part of the service", DenialCategory.Duplicate),

            // Coordination of benefits: another payer comes first or pays.
            Denied("19", "Work-related injury or illness; bill the workers' compensation carrier", DenialCategory.CoordinationOfBenefits),
            Denied("20", "Injury is covered by a liability carrier; bill that carrier", DenialCategory.CoordinationOfBenefits),
            Denied("21", "Injury is the no-fault (auto) carrier's responsibility", DenialCategory.CoordinationOfBenefits),
            Denied("22", "Another payer may be primary (coordination of benefits)", DenialCategory.CoordinationOfBenefits),
            Denied("136", "The prior payer's coverage rules were not followed", DenialCategory.CoordinationOfBenefits),
            Denied("195", "Refund sent to a payer that was wrongly treated as primary", DenialCategory.CoordinationOfBenefits),
            Denied("215", "Adjusted for subrogation of a third-party settlement", DenialCategory.CoordinationOfBenefits),
            Denied("228", "Information the prior payer asked for was never supplied", DenialCategory.CoordinationOfBenefits),
            Denied("276", "The prior payer denied it and this plan does not pick up denied services", DenialCategory.CoordinationOfBenefits),
            Denied("P2", "Not a work injury, so the workers' compensation carrier is not liable", DenialCategory.CoordinationOfBenefits),

            // Missing or wrong information on the claim or its attachments.
            Denied("13", "Date of death is before the date of service", DenialCategory.MissingInformation),
            Denied("14", "Date of birth is after the date of service", DenialCategory.MissingInformation),
            Denied("16", "Claim is missing information or has billing errors (see remark code)", DenialCategory.MissingInformation),
            Denied("107", "The related or qualifying claim or service is not identified on this claim", DenialCategory.MissingInformation),
            Denied("110", "Billing date is before the date of service", DenialCategory.MissingInformation),
            Denied("148", "Information from another provider was missing or incomplete", DenialCategory.MissingInformation),
            Denied("163", "An attachment the claim mentions never arrived", DenialCategory.MissingInformation),
            Denied("164", "An attachment arrived too late", DenialCategory.MissingInformation),
            Denied("173", "Service or equipment was not prescribed by a physician", DenialCategory.MissingInformation),
            Denied("174", "Service was not prescribed before it was given", DenialCategory.MissingInformation),
            Denied("175", "Prescription is incomplete", DenialCategory.MissingInformation),
            Denied("176", "Prescription is out of date", DenialCategory.MissingInformation),
            Denied("206", "NPI is missing", DenialCategory.MissingInformation),
            Denied("207", "NPI is in the wrong format", DenialCategory.MissingInformation),
            Denied("208", "NPI does not match the payer's records", DenialCategory.MissingInformation),
            Denied("226", "Information the payer asked the provider for was not sent or incomplete", DenialCategory.MissingInformation),
            Denied("227", "Information the payer asked the patient for was not sent or incomplete", DenialCategory.MissingInformation),
            Denied("250", "The attachment received was the wrong document", DenialCategory.MissingInformation),
            Denied("251", "The attachment received lacks what the payer needs", DenialCategory.MissingInformation),
            Denied("252", "An attachment or other documentation is needed to decide the claim", DenialCategory.MissingInformation),
            Denied("267", "Claim spans more than one month; rebill each month separately", DenialCategory.MissingInformation),
            Denied("B12", "Services are not documented in the medical record", DenialCategory.MissingInformation),

            // Not covered by the plan.
            Denied("35", "Lifetime benefit maximum reached", DenialCategory.NonCovered),
            Denied("49", "Routine or preventive exam (or a screening done with one) is not covered", DenialCategory.NonCovered),
            Denied("51", "Pre-existing condition is not covered", DenialCategory.NonCovered),
            Denied("53", "Services by a relative or household member are not covered", DenialCategory.NonCovered),
            Denied("54", "Extra surgeons or assistants are not paid for this procedure", DenialCategory.NonCovered),
            Denied("55", "Payer considers the procedure, drug or device experimental or investigational", DenialCategory.NonCovered),
            Denied("56", "Payer considers the treatment not proven effective", DenialCategory.NonCovered),
            Denied("96", "Service is not covered by the plan", DenialCategory.NonCovered),
            Denied("114", "Drug or device is not approved by the FDA", DenialCategory.NonCovered),
            Denied("117", "Transport is covered only to the nearest suitable facility", DenialCategory.NonCovered),
            Denied("119", "Benefit maximum for this period or occurrence has been reached", DenialCategory.NonCovered),
            Denied("149", "Lifetime maximum for this service or benefit category reached", DenialCategory.NonCovered),
            Denied("157", "Service arose from an act of war", DenialCategory.NonCovered),
            Denied("158", "Service was given outside the United States", DenialCategory.NonCovered),
            Denied("159", "Service arose from an act of terrorism", DenialCategory.NonCovered),
            Denied("160", "Injury or illness came from an activity the plan excludes", DenialCategory.NonCovered),
            Denied("167", "Diagnosis is not covered", DenialCategory.NonCovered),
            Denied("169", "Paid under an alternate benefit instead of the service billed", DenialCategory.NonCovered),
            Denied("170", "Not paid when performed by this type of provider", DenialCategory.NonCovered),
            Denied("171", "Not paid when this type of provider performs it in this type of facility", DenialCategory.NonCovered),
            Denied("172", "Not paid when the provider has this specialty", DenialCategory.NonCovered),
            Denied("188", "Covered only when used as the FDA labeling recommends", DenialCategory.NonCovered),
            Denied("202", "Personal comfort or convenience item, not covered", DenialCategory.NonCovered),
            Denied("204", "Service is not covered under the patient's current benefit plan", DenialCategory.NonCovered),
            Denied("211", "The drug's NDC is not eligible for rebate and is not covered", DenialCategory.NonCovered),
            Denied("212", "Administrative surcharges are not covered", DenialCategory.NonCovered),
            Denied("233", "Treatment of a hospital-acquired condition or preventable error is not paid", DenialCategory.NonCovered),
            Denied("242", "Service was not given by a network or primary care provider", DenialCategory.NonCovered),
            Denied("256", "Not payable under the managed-care contract", DenialCategory.NonCovered),
            Denied("258", "Not covered while the patient is in custody or incarcerated", DenialCategory.NonCovered),
            Denied("274", "Not payable under the patient's care coordination arrangement", DenialCategory.NonCovered),
            Denied("279", "Service was not given by a preferred network provider", DenialCategory.NonCovered),
            Denied("A6", "Required prior hospital stay or 30-day transfer rule was not met", DenialCategory.NonCovered),
            Denied("B1", "Visits are not covered", DenialCategory.NonCovered),
            Denied("P4", "Workers' compensation claim was found not compensable", DenialCategory.NonCovered),
            Denied("P13", "Reduced or denied under workers' compensation rules or payment policy", DenialCategory.NonCovered),
            Denied("P21", "Denied under auto medical-payments or personal injury protection rules", DenialCategory.NonCovered),

            // Other: provider enrollment, pending reviews, litigation, appeals.
            Denied("95", "Plan procedures were not followed", DenialCategory.Other),
            Denied("108", "Rental or purchase rules for the equipment were not met", DenialCategory.Other),
            Denied("111", "Not covered unless the provider accepts assignment", DenialCategory.Other),
            Denied("112", "Service was not given directly to the patient or is not documented", DenialCategory.Other),
            Denied("115", "Procedure was postponed, canceled or delayed", DenialCategory.Other),
            Denied("116", "The advance notice the patient signed does not meet the requirements", DenialCategory.Other),
            Denied("129", "Information from earlier processing appears to be wrong", DenialCategory.Other),
            Denied("133", "Payer is still reviewing the claim; decision pending", DenialCategory.Other),
            Denied("135", "Interim bills cannot be processed", DenialCategory.Other),
            Denied("147", "Contracted rate has expired or is not on file with the payer", DenialCategory.Other),
            Denied("155", "Patient refused the service", DenialCategory.Other),
            Denied("183", "Referring provider is not eligible to refer this service", DenialCategory.Other),
            Denied("184", "Ordering or prescribing provider is not eligible to order this", DenialCategory.Other),
            Denied("185", "Rendering provider is not eligible to perform this service", DenialCategory.Other),
            Denied("192", "Adjustment code carried over from a paper remittance", DenialCategory.Other),
            Denied("193", "Original decision upheld after review", DenialCategory.Other),
            Denied("203", "Service was discontinued or reduced", DenialCategory.Other),
            Denied("213", "Breaks the physician self-referral (Stark) rules or the payer's policy", DenialCategory.Other),
            Denied("272", "Coverage or program guidelines were not met", DenialCategory.Other),
            Denied("278", "Performance program proficiency requirements were not met", DenialCategory.Other),
            Denied("285", "Appeal procedures were not followed", DenialCategory.Other),
            Denied("A1", "Denied; the remark code says why", DenialCategory.Other),
            Denied("B7", "Provider was not certified or eligible to be paid for this service on the date of service", DenialCategory.Other),
            Denied("B23", "Lab test is not covered by the lab's CLIA certificate", DenialCategory.Other),
            Denied("P1", "State rule for property and casualty claims; see the remark code", DenialCategory.Other),
            Denied("P8", "Claim is under investigation", DenialCategory.Other),
            Denied("P10", "Reduced to zero because of litigation", DenialCategory.Other),
            Denied("P11", "The related property and casualty claim is tied up in litigation", DenialCategory.Other),
            Denied("P16", "Provider is not authorized to treat injured workers in this jurisdiction", DenialCategory.Other),
        ];

        All = all;
        Codes = all.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every code the catalog knows, routine adjustments first, then denials by root cause.</summary>
    public static IReadOnlyList<CarcCode> All { get; }

    /// <summary>Finds a code (without regard to case or surrounding spaces); false when the catalog does not know it.</summary>
    public static bool TryGet(string? reasonCode, out CarcCode code)
    {
        code = null!;
        return !string.IsNullOrWhiteSpace(reasonCode) && Codes.TryGetValue(reasonCode.Trim(), out code!);
    }

    /// <summary>
    /// Whether an adjustment with this reason is a denial to be worked, rather than a routine adjustment.
    /// An unknown code counts as a denial so that a person looks at it.
    /// </summary>
    public static bool IsDenial(string reasonCode) =>
        !TryGet(reasonCode, out var info) || info.IsDenial;

    /// <summary>The root-cause bucket of the reason; <see cref="DenialCategory.Other"/> for unknown codes and routine adjustments.</summary>
    public static DenialCategory CategoryOf(string reasonCode) =>
        TryGet(reasonCode, out var info) && info.Category is { } category ? category : DenialCategory.Other;

    /// <summary>The reason in plain words; "Reason code 999" for a code the catalog does not know.</summary>
    public static string Describe(string reasonCode) =>
        TryGet(reasonCode, out var info) ? info.Description : $"Reason code {reasonCode?.Trim()}";

    private static CarcCode Routine(string code, string description) => new(code, description, false, null);

    private static CarcCode Denied(string code, string description, DenialCategory category) => new(code, description, true, category);
}
