using BenchmarkDotNet.Attributes;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// Issue 3: the coding edits must check at least 100,000 service lines a second on one core with a
/// full-size NCCI PTP table. The reference holds 1,000,000 random pairs over 12,000 procedure codes;
/// the charts carry 1 to 8 lines (10,000 lines in all), a fifth of them with a pair from the table.
/// The reported mean is per service line.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CodingEditsBenchmarks
{
    private const int PtpPairs = 1_000_000;
    private const int TotalLines = 10_000;

    private static readonly DateOnly Dos = new(2026, 3, 10);
    private static readonly string[] Modifiers = ["25", "59", "XS", "RT", "LT", "76", "GP", "KX", "TC", "26"];
    private static readonly string[] Diagnoses = ["E11.65", "E11.9", "I10", "J06.9", "M17.11", "M25.561", "Z00.00", "R05.1", "K21.9", "N39.0"];

    private CodingEditsEngine _engine = null!;
    private ChartSnapshot[] _charts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260310);
        var procedures = Enumerable.Range(10000, 12_000).Select(n => n.ToString("D5")).ToArray();
        var evaluation = Enumerable.Range(99202, 14).Select(n => n.ToString()).ToArray();
        var allCodes = procedures.Concat(evaluation).ToArray();

        var pairs = new PtpRow[PtpPairs];
        var indicators = new[] { '0', '1', '1', '1', '9' };
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new PtpRow(
                allCodes[random.Next(allCodes.Length)],
                allCodes[random.Next(allCodes.Length)],
                new DateOnly(2010, 1, 1).AddDays(random.Next(6000)),
                random.Next(10) == 0 ? new DateOnly(2027, 1, 1) : null,
                indicators[random.Next(indicators.Length)]);
        }

        var reference = InMemoryCodingReference.FromRows(
            codes: [.. allCodes.Select(c => new CodeRow(c, true, new DateOnly(2020, 1, 1))), .. Diagnoses.Select(c => new CodeRow(c, true, new DateOnly(2025, 10, 1)))],
            excludes1: [new Excludes1Row("E11", "E10", "E10")],
            manifestationCodes: ["G63"],
            ptpEdits: pairs,
            mues: allCodes.Select(c => new MueRow(c, 1 + random.Next(4), 1 + random.Next(3), new DateOnly(2020, 1, 1))),
            evaluationAndManagementCodes: evaluation,
            minorProcedureCodes: procedures.Where((_, i) => i % 3 == 0),
            addOns: procedures.Where((_, i) => i % 50 == 1).Select(c => new AddOnRow(c, [procedures[random.Next(procedures.Length)]])),
            lateralityCodes: CodingEditTables.DefaultLateralityCodes);
        _engine = new CodingEditsEngine(reference);

        var charts = new List<ChartSnapshot>();
        var lines = 0;
        while (lines < TotalLines)
        {
            var count = Math.Min(1 + random.Next(8), TotalLines - lines);
            var chartLines = new ChartLine[count];
            for (var n = 0; n < count; n++)
            {
                var code = n == 0 && random.Next(3) == 0 ? evaluation[random.Next(evaluation.Length)] : procedures[random.Next(procedures.Length)];
                var modifiers = Enumerable.Range(0, random.Next(3)).Select(_ => Modifiers[random.Next(Modifiers.Length)]).ToArray();
                chartLines[n] = new ChartLine(n + 1, code, modifiers, 1 + random.Next(3), [1 + random.Next(2)]);
            }

            // A fifth of the charts carry a pair from the table, as real charts often do.
            if (count >= 2 && random.Next(5) == 0)
            {
                var pair = pairs[random.Next(pairs.Length)];
                chartLines[0] = chartLines[0] with { Code = pair.Column1Code };
                chartLines[1] = chartLines[1] with { Code = pair.Column2Code };
            }

            charts.Add(new ChartSnapshot(Dos, 1 + random.Next(90), random.Next(2) == 0 ? Sex.Female : Sex.Male, "11", [Diagnoses[random.Next(Diagnoses.Length)], Diagnoses[random.Next(Diagnoses.Length)]], chartLines));
            lines += count;
        }

        _charts = [.. charts];
    }

    /// <summary>Checks every chart; BenchmarkDotNet divides by the line count, so the mean is per line.</summary>
    [Benchmark(OperationsPerInvoke = TotalLines)]
    public int CheckServiceLine()
    {
        var findings = 0;
        foreach (var chart in _charts)
        {
            findings += _engine.Check(chart).Count;
        }

        return findings;
    }
}
