namespace RevenueCycle.Core.Denials;

/// <summary>One remittance advice remark code (RARC) as the application understands it.</summary>
/// <param name="Code">The code as the remittance carries it (LQ*HE, MOA, MIA): "M15", "MA130", "N290".</param>
/// <param name="Description">What the remark means, in plain words written for this project.</param>
public sealed record RarcCode(string Code, string Description);

/// <summary>
/// Remittance advice remark codes the application understands, with a plain-words description
/// written for this project. A remark explains a reason code: CARC 16 with MA130 says the claim
/// cannot be processed; the remark names what is missing. The 835 reader keeps a line's remarks
/// as one comma-separated text ("MA130,N290"), which <see cref="DescribeAll"/> takes apart.
/// </summary>
public static class RarcCatalog
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\n', '\r'];

    private static readonly Dictionary<string, RarcCode> Codes;

    static RarcCatalog()
    {
        RarcCode[] all =
        [
            // M codes.
            new("M1", "X-ray was not taken within the past year or close enough to the start of treatment"),
            new("M2", "Not paid separately while the patient is an inpatient"),
            new("M11", "Bill equipment, orthotics and prosthetics to the DME contractor for the patient's ZIP code"),
            new("M15", "Billed separately but bundled as parts of the same procedure; no separate payment"),
            new("M16", "See the payer's website, mailings or bulletins for this policy"),
            new("M20", "HCPCS code is missing or invalid"),
            new("M21", "Place of residence for a home service is missing or invalid"),
            new("M22", "Number of miles traveled is missing or invalid"),
            new("M23", "Invoice is missing"),
            new("M25", "Documentation does not support this level of service; ask for a review if you disagree or warned the patient in writing"),
            new("M47", "Internal or document control number is missing or invalid"),
            new("M49", "Value codes or amounts are missing or invalid"),
            new("M50", "Revenue code is missing or invalid"),
            new("M51", "Procedure code is missing or invalid"),
            new("M52", "From date of service is missing or invalid"),
            new("M53", "Days or units of service are missing or invalid"),
            new("M54", "Total charge is missing or invalid"),
            new("M56", "Payer identifier is missing or invalid"),
            new("M59", "To date of service is missing or invalid"),
            new("M60", "Certificate of medical necessity (CMN) is missing"),
            new("M62", "Treatment authorization code is missing or invalid"),
            new("M64", "A secondary diagnosis is missing or invalid"),
            new("M67", "Other procedure codes are missing or invalid"),
            new("M76", "Diagnosis is missing or invalid"),
            new("M77", "Place of service is missing, invalid or inappropriate"),
            new("M79", "Charge is missing or invalid"),
            new("M80", "Not covered when done on the same date or session as a service already processed"),
            new("M81", "Code the diagnosis to the highest level of specificity"),
            new("M83", "Covered only for patients classified as high risk"),
            new("M84", "Use the code set in effect on the date of service"),
            new("M85", "Evaluation and management services were reviewed"),
            new("M86", "Already paid for the same or a similar procedure within the allowed time frame"),
            new("M97", "Not paid to the practitioner in this place of service; included in the facility's payment"),
            new("M115", "Denied when supplied by a supplier without a contract for this item"),
            new("M117", "Covered only when sent as an electronic claim"),
            new("M119", "NDC is missing, invalid, inactive or withdrawn"),
            new("M123", "Drug name, strength or dosage is missing or invalid"),
            new("M124", "Claim does not say whether the patient owns the equipment the part or supply is for"),
            new("M127", "Medical record for this service is missing"),
            new("M136", "Claim does not show that a physician supervised or evaluated the service"),
            new("M143", "Update the provider's license information with the payer"),
            new("M144", "Pre- and post-operative care is included in the surgery's allowance"),

            // MA codes.
            new("MA01", "If you disagree with what was approved you can appeal; follow the appeal instructions and deadlines"),
            new("MA04", "Secondary payment needs the primary payer's name or payment details, which were missing or unreadable"),
            new("MA07", "Claim was also forwarded to Medicaid"),
            new("MA13", "Billing the patient for amounts not marked patient responsibility can bring penalties"),
            new("MA18", "Claim was also forwarded to the patient's supplemental insurer"),
            new("MA27", "Entitlement number or name on the claim is missing or invalid"),
            new("MA28", "For information only, to a provider who did not accept assignment"),
            new("MA30", "Type of bill is missing or invalid"),
            new("MA31", "Beginning and ending dates of the billing period are missing or invalid"),
            new("MA36", "Patient name is missing or invalid"),
            new("MA39", "Patient's sex is missing or invalid"),
            new("MA40", "Admission date is missing or invalid"),
            new("MA43", "Patient status is missing or invalid"),
            new("MA44", "No appeal rights: the decision is set by law"),
            new("MA48", "Name or address of the responsible party or primary payer is missing or invalid"),
            new("MA61", "Social security number or health insurance claim number is missing or invalid"),
            new("MA63", "Principal diagnosis is missing or invalid"),
            new("MA66", "Principal procedure code is missing or invalid"),
            new("MA67", "Correction to an earlier claim"),
            new("MA83", "Claim did not say whether this payer is primary or secondary"),
            new("MA92", "Plan information for the other insurance is missing"),
            new("MA99", "Medigap information is missing or invalid"),
            new("MA114", "Where the services were given is missing or invalid"),
            new("MA120", "CLIA certificate number is missing or invalid"),
            new("MA125", "By law this payment is payment in full"),
            new("MA130", "Claim cannot be processed because information is missing or invalid; no appeal: send a new, corrected claim"),
            new("MA133", "Claim overlaps an inpatient stay; rebill only the services outside the stay"),

            // N codes.
            new("N1", "Appeal in writing within the time limit stated on this notice if you disagree"),
            new("N4", "The prior payer's explanation of benefits (EOB) is missing or invalid"),
            new("N5", "The prior payer's EOB arrived but the claim is not on file"),
            new("N8", "Crossover claim was denied by the previous payer without full data; resubmit it to this payer"),
            new("N10", "Adjusted after a review by a medical advisor, consultant or peer reviewer"),
            new("N14", "Paid at the contracted amount, fee schedule or maximum allowable"),
            new("N15", "Bill the newborn's services on their own claim"),
            new("N19", "Procedure is incidental to the primary procedure"),
            new("N20", "Not paid together with another service given the same date"),
            new("N22", "The payer changed or added the procedure code to match the service given"),
            new("N23", "Patient's share may change because of coordination of benefits or benefit maximums"),
            new("N26", "Itemized bill or statement is missing"),
            new("N29", "Documentation, orders, notes or report are missing"),
            new("N30", "Patient is not eligible for this service"),
            new("N31", "Prescribing provider's identifier is missing or invalid"),
            new("N32", "Must be billed by the provider who gave the service"),
            new("N34", "Wrong claim form or format for this service"),
            new("N35", "Decided by program integrity or utilization review"),
            new("N36", "The claim must meet the primary payer's processing rules first"),
            new("N45", "Paid at the authorized amount"),
            new("N47", "Claim conflicts with another inpatient stay"),
            new("N48", "Claim does not agree with what the other insurer reported"),
            new("N52", "Patient was not enrolled in the billing provider's managed-care plan on the date of service"),
            new("N54", "Claim does not match the services that were authorized"),
            new("N55", "Billing rules for group, referring or performing providers were not followed"),
            new("N56", "Procedure code is wrong for the service or for the date of service"),
            new("N57", "Prescribing date is missing or invalid"),
            new("N58", "Patient liability amount is missing or invalid"),
            new("N61", "Rebill these services on separate claims"),
            new("N62", "Dates span several rate periods; send separate claims"),
            new("N63", "Rebill these services on separate lines"),
            new("N64", "From and to dates must be different"),
            new("N65", "Procedure code or rate could not be found for this date or provider"),
            new("N70", "Consolidated billing and payment apply"),
            new("N74", "Send one claim per calendar month"),
            new("N79", "Service does not fit where the patient was"),
            new("N90", "Covered only when the attending physician performs it"),
            new("N93", "Send a separate claim for each place of service"),
            new("N94", "A more specific taxonomy code is needed"),
            new("N95", "This provider type or specialty may not bill this service"),
            new("N102", "Denied without review because the records requested did not arrive in time"),
            new("N103", "Patient was in custody when served; not covered"),
            new("N104", "Sent to the wrong Medicare contractor for this area"),
            new("N106", "Services to a skilled nursing facility inpatient are paid only to the facility; bill the facility"),
            new("N109", "Denied after a complex review of the medical records"),
            new("N111", "No appeal except on the duplicate question: already billed and decided on an earlier claim"),
            new("N113", "Only one initial visit is paid per physician, group or provider"),
            new("N115", "Decided under a local coverage determination (LCD)"),
            new("N117", "Paid only once in the patient's lifetime"),
            new("N122", "Add-on code cannot be billed by itself"),
            new("N129", "Not eligible because of the patient's age"),
            new("N130", "See the plan's benefit documents for this service's restrictions"),
            new("N142", "The original claim was denied: send a new claim, not a replacement"),
            new("N143", "Patient was not in hospice for all of the dates billed"),
            new("N149", "Rebill all the related services on one claim"),
            new("N152", "Replacement claim information is missing or invalid"),
            new("N155", "No other insurance on file; send the other coverage details"),
            new("N157", "Transport to or from this destination is not covered"),
            new("N174", "Not covered; the patient owes only the amounts marked patient responsibility"),
            new("N179", "Waiting for information from the member; the claim will be looked at again when it arrives"),
            new("N180", "Does not meet the criteria of the category it was billed under"),
            new("N181", "Another provider involved must send more information"),
            new("N182", "Bill on the plan's schedule"),
            new("N185", "Do not resubmit this claim or service"),
            new("N188", "Approved level of care does not match the procedure billed"),
            new("N193", "A federal, state or local program may cover this through another payer"),
            new("N197", "The subscriber must update the insurance information with the payer"),
            new("N198", "Rendering provider must be affiliated with the pay-to provider"),
            new("N200", "Bill the professional component separately"),
            new("N202", "More explanation will follow separately"),
            new("N203", "Anesthesia time or units are missing or invalid"),
            new("N205", "Information sent could not be read"),
            new("N206", "Supporting documents do not match the claim"),
            new("N209", "Taxpayer identification number is missing or invalid"),
            new("N210", "This decision can be appealed"),
            new("N211", "This decision cannot be appealed"),
            new("N216", "Plan does not cover this type of service, or the patient is not enrolled in that part of the plan"),
            new("N217", "Only one site of service per provider per claim is paid"),
            new("N219", "Paid from the previous payer's allowed amount"),
            new("N225", "Documentation is incomplete or invalid"),
            new("N245", "Plan information for the other insurance is incomplete or invalid"),
            new("N255", "Billing provider's taxonomy is missing or invalid"),
            new("N256", "Billing provider's name is missing or invalid"),
            new("N257", "Billing provider's primary identifier (NPI) is missing or invalid"),
            new("N258", "Billing provider's address is missing or invalid"),
            new("N264", "Ordering provider's name is missing or invalid"),
            new("N265", "Ordering provider's primary identifier (NPI) is missing or invalid"),
            new("N280", "Pay-to provider's primary identifier is missing or invalid"),
            new("N285", "Referring provider's name is missing or invalid"),
            new("N286", "Referring provider's primary identifier (NPI) is missing or invalid"),
            new("N288", "Rendering provider's taxonomy is missing or invalid"),
            new("N289", "Rendering provider's name is missing or invalid"),
            new("N290", "Rendering provider's primary identifier (NPI) is missing or invalid"),
            new("N293", "Service facility's address is missing or invalid"),
            new("N294", "Service facility's primary identifier is missing or invalid"),
            new("N296", "Supervising provider's name is missing or invalid"),
            new("N297", "Supervising provider's primary identifier is missing or invalid"),
            new("N299", "Occurrence dates are missing or invalid"),
            new("N301", "Procedure dates are missing or invalid"),
            new("N305", "Accident date is missing or invalid"),
            new("N329", "Patient's date of birth is missing or invalid"),
            new("N330", "Patient's date of death is missing or invalid"),
            new("N340", "Subscriber's date of birth is missing or invalid"),
            new("N345", "Date range does not fit the units billed"),
            new("N347", "Already paid to another provider for this referred or purchased service"),
            new("N350", "Description of the unlisted or not-otherwise-classified service is missing or invalid"),
            new("N351", "Date of service is outside the approved treatment plan dates"),
            new("N356", "Not covered when done with or after a non-covered service"),
            new("N357", "Required time between this service and a related one was not met"),
            new("N362", "Days or units exceed the payer's maximum"),
            new("N381", "See the contract for restrictions and billing or payment rules for these charges"),
            new("N386", "Decided under a national coverage determination (NCD)"),
            new("N390", "This service or report cannot be billed separately"),
            new("N418", "Misrouted claim; see the payer's submission instructions"),
            new("N425", "Excluded by statute: never covered"),
            new("N432", "Adjusted after a recovery audit"),
            new("N435", "More than the allowed number or frequency in the period, without supporting documentation"),
            new("N448", "Drug, service or supply is not in the fee schedule or contract"),
            new("N479", "The other payer's explanation of benefits is missing (coordination of benefits or Medicare secondary)"),
            new("N517", "Send a new claim with the requested information"),
            new("N519", "Invalid combination of modifiers"),
            new("N522", "Duplicate of a crossover claim already processed or about to be"),
            new("N525", "Not covered within another service's global period"),
            new("N572", "Not payable unless the required reporting codes and modifiers are sent too"),
            new("N574", "Ordering or referring provider's type or specialty may not order or refer"),
            new("N575", "Ordering or referring provider's name does not match the payer's records"),
            new("N657", "Bill with the right code for these services"),
            new("N822", "Procedure modifier is missing"),
            new("N823", "Procedure modifier is incomplete or invalid"),
        ];

        All = all;
        Codes = all.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every remark code the catalog knows, M codes first, then MA, then N.</summary>
    public static IReadOnlyList<RarcCode> All { get; }

    /// <summary>Finds a code (without regard to case or surrounding spaces); false when the catalog does not know it.</summary>
    public static bool TryGet(string? remarkCode, out RarcCode code)
    {
        code = null!;
        return !string.IsNullOrWhiteSpace(remarkCode) && Codes.TryGetValue(remarkCode.Trim(), out code!);
    }

    /// <summary>The remark in plain words; "Remark code N999" for a code the catalog does not know.</summary>
    public static string Describe(string remarkCode) =>
        TryGet(remarkCode, out var info) ? info.Description : $"Remark code {remarkCode?.Trim()}";

    /// <summary>
    /// The codes of a stored remark list ("MA130,N4"), in order, upper-cased, each once; commas,
    /// semicolons and spaces all separate. Empty for null or blank text.
    /// </summary>
    public static IReadOnlyList<string> Split(string? remarkCodes)
    {
        if (string.IsNullOrWhiteSpace(remarkCodes))
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var part in remarkCodes.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var code = part.ToUpperInvariant();
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>
    /// Each remark of a stored list ("MA130,N4") with its description, in order; unknown codes
    /// read "Remark code X". Empty for null or blank text.
    /// </summary>
    public static IReadOnlyList<RarcCode> DescribeAll(string? remarkCodes) =>
        [.. Split(remarkCodes).Select(code => TryGet(code, out var info) ? info : new RarcCode(code, $"Remark code {code}"))];
}
