using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Tests.Core.Coding.Edits;

/// <summary>Hand-built reference data: a handful of real codes with made-up dates and limits.</summary>
internal static class EditsTestData
{
    public static readonly DateOnly Dos = new(2026, 3, 10);

    private static readonly DateOnly Fy2026 = new(2025, 10, 1);

    public static readonly InMemoryCodingReference Reference = InMemoryCodingReference.FromRows(
        codes:
        [
            .. new[] { "E11.9", "E11.42", "E11.65", "E10.9", "I10", "J06.9", "O80", "Z34.00", "N40.0", "N95.1", "C61", "P59.9", "G63", "M17.11", "M25.561" }
                .Select(c => new CodeRow(c, true, Fy2026)),
            new CodeRow("E11", false, Fy2026),
            new CodeRow("E11.6", false, Fy2026),
            new CodeRow("J12.82", true, new DateOnly(2021, 1, 1), new DateOnly(2025, 9, 30)),
            new CodeRow("Z11.52", true, new DateOnly(2026, 10, 1)),
            .. new[] { "99203", "99213", "99214", "11102", "11103", "17000", "17003", "20610", "20605", "76942", "73610", "36415", "36416", "97110", "97140", "97530", "69990", "12001" }
                .Select(c => new CodeRow(c, true, new DateOnly(2020, 1, 1))),
            new CodeRow("G0008", true, new DateOnly(2020, 1, 1), new DateOnly(2026, 3, 1)),
        ],
        excludes1: [new Excludes1Row("E11", "E10", "E10")],
        manifestationCodes: ["G63"],
        ptpEdits:
        [
            new PtpRow("20610", "76942", new DateOnly(2010, 1, 1), null, '0'),
            new PtpRow("97530", "97140", new DateOnly(2010, 1, 1), null, '1'),
            new PtpRow("36415", "36416", new DateOnly(2010, 1, 1), null, '9'),
            new PtpRow("12001", "11102", new DateOnly(2010, 1, 1), new DateOnly(2025, 12, 31), '1'),
        ],
        mues:
        [
            new MueRow("20610", 1, 1, new DateOnly(2026, 1, 1)),
            new MueRow("36415", 2, 2, new DateOnly(2026, 1, 1)),
            new MueRow("97110", 4, 3, new DateOnly(2026, 1, 1)),
        ],
        evaluationAndManagementCodes: ["99203", "99213", "99214"],
        minorProcedureCodes: ["11102", "17000", "20610", "12001"],
        addOns:
        [
            new AddOnRow("11103", ["11102"]),
            new AddOnRow("17003", ["17000"]),
            new AddOnRow("69990", []),
        ],
        lateralityCodes: CodingEditTables.DefaultLateralityCodes);

    public static readonly CodingEditsEngine Engine = new(Reference);

    public static ChartSnapshot Chart(IReadOnlyList<string> diagnoses, params ChartLine[] lines) =>
        new(Dos, 40, Sex.Female, "11", diagnoses, lines);

    public static ChartLine Line(int lineNumber, string code, params string[] modifiers) =>
        new(lineNumber, code, modifiers, 1, [1]);

    public static IReadOnlyList<EditFinding> Check(ChartSnapshot chart) => Engine.Check(chart);

    public static IReadOnlyList<EditFinding> Check(IReadOnlyList<string> diagnoses, params ChartLine[] lines) =>
        Engine.Check(Chart(diagnoses, lines));

    public static EditFinding Single(IReadOnlyList<EditFinding> findings, string ruleId) =>
        Assert.Single(findings, f => f.RuleId == ruleId);

    public static void None(IReadOnlyList<EditFinding> findings, string ruleId) =>
        Assert.DoesNotContain(findings, f => f.RuleId == ruleId);
}
