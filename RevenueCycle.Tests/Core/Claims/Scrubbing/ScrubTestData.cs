using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Tests.Core.Claims.Scrubbing;

/// <summary>A clean claim that passes every rule, and the reference data and context around it.</summary>
internal static class ScrubTestData
{
    public static readonly DateOnly Dos = new(2026, 3, 10);
    public static readonly DateOnly Today = new(2026, 3, 20);
    public const int PayerId = 7;
    public const int PatientId = 42;

    /// <summary>Diagnoses the reference knows and that do not clash (no Excludes1, sex or age edit for a woman of 45).</summary>
    public static readonly string[] SafeDiagnoses =
        ["E11.9", "I10", "J06.9", "R05.1", "K21.9", "N39.0", "M54.50", "Z00.00", "R51.9", "J45.909", "E78.5", "F41.1", "G47.00", "R10.9"];

    public static readonly InMemoryCodingReference Reference = InMemoryCodingReference.FromRows(
        codes:
        [
            .. SafeDiagnoses.Select(c => new CodeRow(c, true, new DateOnly(2025, 10, 1))),
            new CodeRow("E10.9", true, new DateOnly(2025, 10, 1)),
            new CodeRow("N40.0", true, new DateOnly(2025, 10, 1)),
            .. new[] { "99213", "99214", "36415", "20610", "76942", "97110", "73610", "GT001" }.Select(c => new CodeRow(c, true, new DateOnly(2020, 1, 1))),
        ],
        excludes1: [new Excludes1Row("E11", "E10", "E10")],
        ptpEdits: [new PtpRow("20610", "76942", new DateOnly(2010, 1, 1), null, '0')],
        mues: [new MueRow("36415", 2, 2, new DateOnly(2020, 1, 1)), new MueRow("97110", 4, 3, new DateOnly(2020, 1, 1))],
        evaluationAndManagementCodes: ["99213", "99214"],
        minorProcedureCodes: ["20610"],
        lateralityCodes: CodingEditTables.DefaultLateralityCodes);

    public static readonly ScrubClaim Baseline = new(
        ClaimId: 1,
        ControlNumber: "PCN1001",
        FrequencyCode: "1",
        PayerClaimNumber: null,
        PlaceOfService: "11",
        PriorAuthorizationNumber: "AUTH555",
        TotalCharge: 175m,
        ServiceFromDate: Dos,
        ServiceToDate: Dos,
        RelatedCauses: null,
        Billing: new ScrubBillingProvider("RIVERSIDE FAMILY MEDICINE", "1234567893", "587654321", "207Q00000X",
            new Address("234 SEAWAY ST", "SUITE 2", "MIAMI", "FL", "331110001")),
        Rendering: new ScrubProvider("KILDARE", "BEN", "1999999984", "207Q00000X"),
        Referring: null,
        Patient: new ScrubPatient(PatientId, "SMITH", "JANE", new DateOnly(1980, 5, 1), Sex.Female, null, new Address("12 OAK ST", null, "MIAMI", "FL", "33111")),
        Subscriber: new ScrubSubscriber("SMITH", "JANE", "MEM123456", new DateOnly(1980, 5, 1), Sex.Female, new Address("12 OAK ST", null, "MIAMI", "FL", "33111"), "18", "GRP77"),
        Payer: new ScrubPayer(PayerId, "KEY INSURANCE", "66783", "CI", 365, SubmissionMethod.Edi),
        PayerSequence: CoveragePriority.Primary,
        MedicareSecondaryTypeCode: null,
        Diagnoses: [new ScrubDiagnosis(1, "E11.9"), new ScrubDiagnosis(2, "I10")],
        Lines:
        [
            new ScrubLine(1, Dos, "99213", [], 1, 150m, [1, 2]),
            new ScrubLine(2, Dos, "36415", [], 1, 25m, [1]),
        ]);

    /// <summary>Key Insurance authorizes 99213 in advance (so the baseline's AUTH555 matters).</summary>
    public static ScrubContext Context(DuplicateClaimIndex? duplicates = null, DateOnly? today = null) =>
        new(today ?? Today, Reference, [(PayerId, "99213"), (99, "36415")], duplicates);

    public static ScrubResult Scrub(ScrubClaim claim, params PayerRuleDefinition[] payerRules) =>
        ClaimScrubber.Scrub(claim, Context(), payerRules);

    public static ScrubClaim WithLine(this ScrubClaim claim, int lineNumber, Func<ScrubLine, ScrubLine> change) =>
        claim with { Lines = [.. claim.Lines.Select(l => l.LineNumber == lineNumber ? change(l) : l)] };

    public static ScrubFinding Single(ScrubResult result, string ruleId) =>
        Assert.Single(result.Findings, f => f.RuleId == ruleId);

    public static void None(ScrubResult result, string ruleId) =>
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ruleId);
}
