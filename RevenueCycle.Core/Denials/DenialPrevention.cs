using System.Globalization;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding.Edits;

namespace RevenueCycle.Core.Denials;

/// <summary>What kind of check would have caught a denial before the claim went out.</summary>
public enum PreventionCheckKind
{
    /// <summary>A built-in scrubber rule (SCR-nnn, <see cref="ScrubRules"/>).</summary>
    ScrubberRule,

    /// <summary>A coding edit, as the scrubber reports it (EDIT:NCCI-PTP, <see cref="CodingEditRuleIds"/>).</summary>
    CodingEdit,

    /// <summary>A real-time eligibility check (270/271) before the visit or the claim.</summary>
    EligibilityCheck,

    /// <summary>A payer rule the practice sets up for a payer's own policy (<see cref="DenialPrevention.SuggestPayerRule"/>).</summary>
    PayerRule,

    /// <summary>A step of the denial workflow, such as working the appeal before its deadline.</summary>
    Workflow,
}

/// <summary>One check that would have caught a denial before submission.</summary>
/// <param name="Id">The check's id as findings carry it: "SCR-045", "EDIT:NCCI-PTP", "ELIG: coverage active on the DOS".</param>
/// <param name="Kind">Scrubber rule, coding edit, eligibility check, payer rule or workflow step.</param>
/// <param name="Explanation">How the check would have caught it, in a biller's words.</param>
/// <param name="IsBuilt">False for a check the application does not have yet (the eligibility check).</param>
public sealed record PreventionCheck(string Id, PreventionCheckKind Kind, string Explanation, bool IsBuilt = true);

/// <summary>
/// Denial prevention: for a denial (its CARC, with its remark codes) or a root-cause bucket, which of
/// our checks would have stopped the claim before it went out, and a suggested payer rule for a
/// denial pattern that no built-in check knows about (a payer's own authorization, modifier or unit policy).
/// </summary>
public static class DenialPrevention
{
    /// <summary>The eligibility check that is not built yet: coverage active on the date of service (270/271).</summary>
    public const string EligibilityCheckId = "ELIG: coverage active on the DOS";

    /// <summary>A diagnosis-to-procedure coverage edit (LCD/NCD lists) that is not built yet.</summary>
    public const string DiagnosisSupportsProcedureCheckId = "EDIT:DX-SUPPORTS-PROCEDURE";

    /// <summary>The id of the "set up a payer rule" check.</summary>
    public const string PayerRuleCheckId = "PAYER: suggested rule";

    /// <summary>The id of the appeal-deadline workflow check.</summary>
    public const string AppealDeadlineCheckId = "DENIAL: appeal deadline";

    /// <summary>Modifiers that tell a payer a bundled service was distinct (NCCI-associated modifiers).</summary>
    public const string DistinctServiceModifiers = "59,XE,XP,XS,XU";

    private static readonly PreventionCheck Eligibility = new(EligibilityCheckId, PreventionCheckKind.EligibilityCheck,
        "An eligibility check (270/271) before the visit shows whether coverage is active on the date of service, who the member is and which payer is primary. Not built yet.",
        IsBuilt: false);

    private static readonly PreventionCheck DiagnosisSupportsProcedure = new(DiagnosisSupportsProcedureCheckId, PreventionCheckKind.CodingEdit,
        "A coverage edit that compares the line's diagnoses with the payer's list of diagnoses that support the procedure (LCD/NCD). Not built yet.",
        IsBuilt: false);

    private static readonly PreventionCheck PayerRuleCheck = new(PayerRuleCheckId, PreventionCheckKind.PayerRule,
        "No built-in check knows this payer's policy; set up a payer rule for the denied code so the next claim is held or flagged before it goes out.");

    private static readonly PreventionCheck AppealDeadline = new(AppealDeadlineCheckId, PreventionCheckKind.Workflow,
        "The denial worklist shows each denial's appeal deadline; work the appeal before it passes.");

    private static readonly IReadOnlyList<PreventionCheck> RequiredData =
    [
        Scrubber(ScrubRules.SubscriberNameMissing, "The subscriber's name must be on the claim as on the card."),
        Scrubber(ScrubRules.SubscriberMemberIdMissing, "Without the member ID the payer cannot find the patient."),
        Scrubber(ScrubRules.SubscriberBirthDateMissing, "The subscriber's date of birth is required."),
        Scrubber(ScrubRules.SubscriberSexMissing, "The subscriber's sex is required."),
        Scrubber(ScrubRules.SubscriberAddressIncomplete, "The subscriber's full address is required."),
        Scrubber(ScrubRules.PayerIdMissing, "Without the payer ID the claim cannot be routed."),
        Scrubber(ScrubRules.PatientBirthDateMissing, "The patient's date of birth is required when the patient is not the subscriber."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> ModifierEdits =
    [
        Edit(CodingEditRuleIds.EvaluationWithoutModifier25, "An E/M billed the same day as a minor procedure needs modifier 25."),
        Edit(CodingEditRuleIds.Modifier25NotEvaluation, "Modifier 25 belongs only on an E/M."),
        Edit(CodingEditRuleIds.Modifier59OnEvaluation, "Modifier 59 does not belong on an E/M."),
        Edit(CodingEditRuleIds.Modifier59WithX, "Modifier 59 and an X modifier together on one line are rejected."),
        Edit(CodingEditRuleIds.LateralityMissing, "A procedure on a paired organ needs LT, RT or 50."),
        Scrubber(ScrubRules.ModifierInvalid, "A modifier must be two letters or digits."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> Bundling =
    [
        Edit(CodingEditRuleIds.NcciPtp, "The NCCI procedure-to-procedure edit flags a pair of codes that are not paid together on the same day unless a modifier shows a distinct service."),
        Edit(CodingEditRuleIds.EvaluationWithoutModifier25, "An E/M on the day of a minor procedure is bundled into it unless modifier 25 shows a separate visit."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> Units =
    [
        Edit(CodingEditRuleIds.Mue, "The medically unlikely edit (MUE) flags more units on the day than the payer allows for the code."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> TimelyFiling =
    [
        Scrubber(ScrubRules.TimelyFilingPassed, "The scrubber stops a claim whose timely-filing deadline has passed, so it is sent only with proof of timely filing."),
        Scrubber(ScrubRules.TimelyFilingNear, "The scrubber warns 30 days before the deadline so the claim goes out first."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> Duplicates =
    [
        Scrubber(ScrubRules.DuplicateClaim, "The scrubber holds a claim that bills the same patient, payer, date of service and code as another live claim."),
        Edit(CodingEditRuleIds.DuplicateLine, "The coding edit flags the same code and modifiers twice on one date without 76, 77 or 91."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> Authorization =
    [
        Scrubber(ScrubRules.PriorAuthorizationMissing, "The scrubber stops a claim without an authorization number when the payer requires one for the code."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> CodeValidity =
    [
        Edit(CodingEditRuleIds.CodeUnknown, "The coding edit flags a code that is in no loaded code set (a typo or a retired code)."),
        Edit(CodingEditRuleIds.CodeNotValidOnDate, "The coding edit flags a code that is not in effect on the date of service."),
        Edit(CodingEditRuleIds.IcdHeader, "The coding edit flags a diagnosis category header; only billable codes may be reported."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> DiagnosisPointers =
    [
        Edit(CodingEditRuleIds.PointerMissing, "Each line must point at the diagnosis that supports it."),
        Edit(CodingEditRuleIds.PointerInvalid, "A line must point only at diagnoses the claim lists."),
        DiagnosisSupportsProcedure,
    ];

    private static readonly IReadOnlyList<PreventionCheck> Npi =
    [
        Scrubber(ScrubRules.BillingNpiMissing, "The billing provider's NPI must be on the claim."),
        Scrubber(ScrubRules.BillingNpiInvalid, "The billing NPI must be 10 digits with a valid check digit."),
        Scrubber(ScrubRules.RenderingNpiInvalid, "The rendering provider's NPI must be present and valid."),
        Scrubber(ScrubRules.ReferringNpiInvalid, "A referring provider's NPI must be valid."),
    ];

    private static readonly IReadOnlyList<PreventionCheck> Coordination =
    [
        Eligibility with { Explanation = "An eligibility check (270/271) lists the patient's other coverage and which payer is primary; ask the patient about other insurance at check-in. Not built yet." },
        Scrubber(ScrubRules.MedicareSecondaryTypeMissing, "When Medicare is secondary, the claim must say why (working aged, disability, liability...)."),
    ];

    private static readonly Dictionary<DenialCategory, IReadOnlyList<PreventionCheck>> ByCategory = new()
    {
        [DenialCategory.Eligibility] = [Eligibility],
        [DenialCategory.Authorization] = Authorization,
        [DenialCategory.Coding] = CodeValidity,
        [DenialCategory.MedicalNecessity] = [DiagnosisSupportsProcedure, .. Units, PayerRuleCheck],
        [DenialCategory.Bundling] = Bundling,
        [DenialCategory.TimelyFiling] = TimelyFiling,
        [DenialCategory.Duplicate] = Duplicates,
        [DenialCategory.CoordinationOfBenefits] = Coordination,
        [DenialCategory.MissingInformation] = RequiredData,
        [DenialCategory.NonCovered] = [PayerRuleCheck],
        [DenialCategory.Other] = [PayerRuleCheck],
    };

    private static readonly Dictionary<string, IReadOnlyList<PreventionCheck>> ByCarc = new(StringComparer.OrdinalIgnoreCase)
    {
        // Timely filing.
        ["29"] = TimelyFiling,
        ["B4"] = TimelyFiling,
        ["286"] = [AppealDeadline],
        ["285"] = [AppealDeadline],

        // Authorization.
        ["15"] = Authorization,
        ["197"] = Authorization,
        ["198"] = [.. Authorization, PayerRuleCheck with { Explanation = "The scrubber cannot know how many visits or units an authorization covers; a payer rule on the units can flag lines over the authorized amount." }],
        ["284"] = [.. Authorization, PayerRuleCheck with { Explanation = "Check that the authorization on file covers the code billed; a payer rule can hold the code for review." }],

        // Duplicates.
        ["18"] = Duplicates,
        ["B13"] = Duplicates,
        ["B14"] = [Edit(CodingEditRuleIds.DuplicateLine, "The coding edit flags the same visit code twice on one date."), Scrubber(ScrubRules.DuplicateClaim, "The scrubber holds a second claim for the same patient, payer, date and code.")],

        // Required data.
        ["16"] = RequiredData,
        ["13"] = [Scrubber(ScrubRules.ServiceAfterDeath, "The scrubber stops a date of service after the patient's recorded date of death.")],
        ["14"] = [Scrubber(ScrubRules.ServiceBeforeBirth, "The scrubber stops a date of service before the patient's date of birth.")],
        ["110"] = [Scrubber(ScrubRules.ServiceDateInFuture, "The scrubber stops a claim for a date of service that has not happened yet.")],
        ["206"] = Npi,
        ["207"] = Npi,
        ["208"] = Npi,

        // Eligibility.
        ["27"] = [Eligibility],
        ["31"] = [Eligibility],
        ["140"] = [Eligibility, Scrubber(ScrubRules.SubscriberNameMissing, "The subscriber's name must match the card exactly."), Scrubber(ScrubRules.SubscriberMemberIdMissing, "The member ID must match the card exactly.")],

        // Coding edits.
        ["97"] = Bundling,
        ["236"] = Bundling,
        ["231"] = Bundling,
        ["151"] = Units,
        ["222"] = Units,
        ["6"] = [Edit(CodingEditRuleIds.AgeConflict, "The age edit checks diagnoses against the patient's age; for a procedure limited to an age range, add a payer rule on patient.age and the code."), PayerRuleCheck],
        ["7"] = [Edit(CodingEditRuleIds.SexConflict, "The sex edit checks diagnoses against the patient's sex; for a procedure limited to one sex, add a payer rule on patient.sex and the code."), PayerRuleCheck],
        ["9"] = [Edit(CodingEditRuleIds.AgeConflict, "The age edit flags a newborn, pediatric or maternity diagnosis outside its ages.")],
        ["10"] = [Edit(CodingEditRuleIds.SexConflict, "The sex edit flags a diagnosis meant for the other sex.")],
        ["11"] = DiagnosisPointers,
        ["4"] = ModifierEdits,
        ["182"] = [Scrubber(ScrubRules.ModifierInvalid, "The scrubber checks each modifier's form; whether the payer accepts it on the date is a payer rule."), PayerRuleCheck],
        ["146"] = [Edit(CodingEditRuleIds.CodeNotValidOnDate, "The coding edit flags a diagnosis that is not in effect on the date of service (new codes start each October 1)."), Edit(CodingEditRuleIds.IcdHeader, "The coding edit flags a category header instead of a billable diagnosis.")],
        ["181"] = [Edit(CodingEditRuleIds.CodeNotValidOnDate, "The coding edit flags a procedure code that is not in effect on the date of service (new codes start each January 1)."), Edit(CodingEditRuleIds.CodeUnknown, "The coding edit flags a code in no loaded code set.")],
        ["B15"] = [Edit(CodingEditRuleIds.AddOnWithoutPrimary, "The coding edit flags an add-on code billed without its primary procedure.")],
        ["5"] = [Scrubber(ScrubRules.PlaceOfServiceInvalid, "The scrubber checks that the place of service is a valid code; whether the payer pays the code there is a payer rule."), PayerRuleCheck],
        ["58"] = [Scrubber(ScrubRules.PlaceOfServiceInvalid, "The scrubber checks that the place of service is a valid code; whether the payer pays the code there is a payer rule."), PayerRuleCheck],
        ["50"] = [DiagnosisSupportsProcedure, PayerRuleCheck],
        ["167"] = [DiagnosisSupportsProcedure, PayerRuleCheck],
    };

    // Remark codes that name exactly what was missing or wrong (most often with CARC 16).
    private static readonly Dictionary<string, IReadOnlyList<PreventionCheck>> ByRarc = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MA130"] = RequiredData,
        ["MA36"] = [RequiredData[0]],
        ["MA61"] = [RequiredData[1]],
        ["N340"] = [RequiredData[2]],
        ["MA39"] = [RequiredData[3]],
        ["N329"] = [RequiredData[6]],
        ["M56"] = [RequiredData[5]],
        ["N290"] = [Scrubber(ScrubRules.RenderingNpiInvalid, "The scrubber checks the rendering provider's NPI and its check digit.")],
        ["N288"] = [Scrubber(ScrubRules.RenderingTaxonomyMissing, "The scrubber warns when the rendering provider has no taxonomy.")],
        ["N286"] = [Scrubber(ScrubRules.ReferringNpiInvalid, "The scrubber checks the referring provider's NPI and its check digit.")],
        ["N257"] = [Scrubber(ScrubRules.BillingNpiMissing, "The scrubber stops a claim without the billing NPI."), Scrubber(ScrubRules.BillingNpiInvalid, "The scrubber checks the billing NPI's check digit.")],
        ["N255"] = [Scrubber(ScrubRules.BillingTaxonomyInvalid, "The scrubber checks the billing provider's taxonomy.")],
        ["N258"] = [Scrubber(ScrubRules.BillingAddressIncomplete, "The scrubber checks the billing street, city and state."), Scrubber(ScrubRules.BillingZipNotNineDigits, "The scrubber checks the billing ZIP+4.")],
        ["N209"] = [Scrubber(ScrubRules.BillingTinInvalid, "The scrubber checks the billing tax ID.")],
        ["M76"] = [Scrubber(ScrubRules.NoDiagnosis, "The scrubber stops a claim without a diagnosis."), Scrubber(ScrubRules.LineWithoutPointer, "The scrubber stops a line that points at no diagnosis."), Scrubber(ScrubRules.PointerToMissingDiagnosis, "The scrubber stops a pointer to a diagnosis the claim does not list.")],
        ["MA63"] = [Scrubber(ScrubRules.NoDiagnosis, "The scrubber stops a claim without a diagnosis.")],
        ["M51"] = CodeValidity,
        ["M20"] = CodeValidity,
        ["N56"] = CodeValidity,
        ["M77"] = [Scrubber(ScrubRules.PlaceOfServiceInvalid, "The scrubber checks the place of service code.")],
        ["M53"] = [Scrubber(ScrubRules.UnitsLessThanOne, "The scrubber stops a line with fewer than one unit.")],
        ["M52"] = [Scrubber(ScrubRules.ServiceDateInFuture, "The scrubber stops a date of service in the future."), Scrubber(ScrubRules.ServiceOutsideClaimPeriod, "The scrubber warns when a line's date is outside the claim's period.")],
        ["M59"] = [Scrubber(ScrubRules.ServiceOutsideClaimPeriod, "The scrubber warns when a line's date is outside the claim's period.")],
        ["M54"] = [Scrubber(ScrubRules.TotalChargeMismatch, "The scrubber checks that the total charge is the sum of the lines.")],
        ["M79"] = [Scrubber(ScrubRules.LineChargeNotPositive, "The scrubber stops a line without a positive charge.")],
        ["N519"] = ModifierEdits,
        ["N822"] = ModifierEdits,
        ["N823"] = ModifierEdits,
        ["N122"] = [Edit(CodingEditRuleIds.AddOnWithoutPrimary, "The coding edit flags an add-on code billed without its primary procedure.")],
        ["M15"] = Bundling,
        ["M80"] = Bundling,
        ["N362"] = Units,
        ["N522"] = Duplicates,
        ["N152"] = [Scrubber(ScrubRules.ReplacementWithoutPayerClaimNumber, "The scrubber stops a replacement or void without the payer's claim number.")],
        ["N54"] = Authorization,
        ["M62"] = Authorization,
    };

    /// <summary>The checks that catch denials of this root cause before submission; never empty.</summary>
    public static IReadOnlyList<PreventionCheck> ForCategory(DenialCategory category) =>
        ByCategory.TryGetValue(category, out var checks) ? checks : [PayerRuleCheck];

    /// <summary>
    /// The checks that would have caught this denial before submission: the ones the remark codes
    /// point to (CARC 16 with N290 is the rendering NPI), then the ones for the reason code, then,
    /// when neither is specific, the ones for the reason's root cause. Each check once; never empty.
    /// </summary>
    /// <param name="reasonCode">The CARC (CAS02).</param>
    /// <param name="remarkCodes">The remark codes as stored, comma-separated ("MA130,N290"); null when none.</param>
    public static IReadOnlyList<PreventionCheck> ForDenial(string reasonCode, string? remarkCodes = null)
    {
        var checks = new List<PreventionCheck>();
        foreach (var remark in RarcCatalog.Split(remarkCodes))
        {
            if (ByRarc.TryGetValue(remark, out var fromRemark))
            {
                AddDistinct(checks, fromRemark);
            }
        }

        var carc = reasonCode?.Trim() ?? "";
        if (ByCarc.TryGetValue(carc, out var fromReason))
        {
            AddDistinct(checks, fromReason);
        }

        if (checks.Count == 0)
        {
            AddDistinct(checks, ForCategory(CarcCatalog.CategoryOf(carc)));
        }

        return checks;
    }

    /// <summary>
    /// A payer rule that would flag the next claim like the one denied: for authorization denials
    /// (15, 197) "claim.priorAuth is empty and line.code equals X" as an error; for a missing
    /// modifier (4) "line.code equals X and line.modifier is empty" as a warning; for bundling
    /// (97, 231, 234, 236) the code without a distinct-service modifier (25 for an E/M) as a warning;
    /// for excessive units (151, 222, 198) "line.units is greater than N" as a warning; otherwise a hold
    /// "Review before sending: payer P denied X for &lt;reason&gt;". The rule passes
    /// <see cref="PayerRuleDefinition.Validate"/>. Null for a routine adjustment (deductible, fee
    /// schedule...), which no rule should stop.
    /// </summary>
    /// <param name="reasonCode">The CARC of the denial.</param>
    /// <param name="procedureCode">The denied procedure code.</param>
    /// <param name="payerId">The payer's database id; the rule applies to that payer only.</param>
    /// <param name="payerName">The payer's name for the message; "Payer 7" when null.</param>
    /// <param name="maxUnits">For unit denials, the most units the payer pays on one line; 1 when null.</param>
    public static PayerRuleDefinition? SuggestPayerRule(string reasonCode, string procedureCode, int payerId, string? payerName = null, int? maxUnits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reasonCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(procedureCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payerId);
        if (maxUnits is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUnits), maxUnits, "The most units the payer pays must be at least 1.");
        }

        var carc = reasonCode.Trim().ToUpperInvariant();
        if (CarcCatalog.TryGet(carc, out var known) && !known.IsDenial)
        {
            return null;
        }

        var code = procedureCode.Trim().ToUpperInvariant();
        var payer = string.IsNullOrWhiteSpace(payerName) ? $"Payer {payerId.ToString(CultureInfo.InvariantCulture)}" : payerName.Trim();
        var onCode = new RuleCondition("line.code", RuleOperator.Equals, code);
        var rule = new PayerRuleDefinition
        {
            Name = Truncate($"CARC {carc} on {code}, payer {payerId.ToString(CultureInfo.InvariantCulture)}", 100),
            Scope = RuleScope.ForPayer(payerId),
            Combinator = RuleCombinator.All,
        };

        switch (carc)
        {
            case "15" or "197":
                return rule with
                {
                    Conditions = [new RuleCondition("claim.priorAuth", RuleOperator.IsEmpty), onCode],
                    Action = ScrubSeverity.Error,
                    Message = $"{payer} requires prior authorization for {code}",
                    FixHint = "Get the authorization number from the payer (or a retro-authorization) and enter it on the claim before sending.",
                };

            case "4":
                return rule with
                {
                    Conditions = [onCode, new RuleCondition("line.modifier", RuleOperator.IsEmpty)],
                    Action = ScrubSeverity.Warning,
                    Message = $"{payer} denied {code} without a modifier; check which modifier it needs",
                    FixHint = "Add the modifier the payer's policy asks for (for example a laterality, 25, 59 or a drug-waste modifier), or confirm none applies.",
                };

            case "97" or "231" or "234" or "236":
                var isVisit = code.StartsWith("992", StringComparison.Ordinal);
                return rule with
                {
                    Conditions = isVisit
                        ? [onCode, new RuleCondition("line.modifier", RuleOperator.NotEquals, "25")]
                        : [onCode, new RuleCondition("line.modifier", RuleOperator.NotInList, DistinctServiceModifiers)],
                    Action = ScrubSeverity.Warning,
                    Message = isVisit
                        ? $"{payer} bundles {code} into the day's procedure unless modifier 25 shows a separate visit"
                        : $"{payer} bundles {code} into another service unless a distinct-service modifier (59, XE, XP, XS, XU) applies",
                    FixHint = isVisit
                        ? "Add modifier 25 if the note documents a significant, separately identifiable visit; otherwise remove the line."
                        : "Add 59 or the X modifier that fits if the documentation shows a distinct service; otherwise remove the line.",
                };

            case "151" or "198" or "222":
                var limit = (maxUnits ?? 1).ToString(CultureInfo.InvariantCulture);
                return rule with
                {
                    Conditions = [onCode, new RuleCondition("line.units", RuleOperator.GreaterThan, limit)],
                    Action = ScrubSeverity.Warning,
                    Message = $"{payer} pays at most {limit} unit(s) of {code} on a line; more were denied as excessive",
                    FixHint = "Check the units against the documentation and the payer's limit; bill the extra units only with documentation of medical necessity.",
                };

            default:
                return rule with
                {
                    Conditions = [onCode],
                    Action = ScrubSeverity.Hold,
                    Message = $"Review before sending: {payer} denied {code} for {LowerFirst(CarcCatalog.Describe(carc))}",
                    FixHint = "Check the payer's policy and the documentation for this code; release the claim once reviewed, or change it.",
                };
        }
    }

    private static PreventionCheck Scrubber(ScrubRule rule, string explanation) =>
        new(rule.Id, PreventionCheckKind.ScrubberRule, $"{rule.Description} {explanation}");

    private static PreventionCheck Edit(string ruleId, string explanation) =>
        new(ScrubRules.CodingEditPrefix + ruleId, PreventionCheckKind.CodingEdit, explanation);

    private static void AddDistinct(List<PreventionCheck> checks, IEnumerable<PreventionCheck> more)
    {
        foreach (var check in more)
        {
            if (!checks.Exists(c => c.Id == check.Id))
            {
                checks.Add(check);
            }
        }
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
