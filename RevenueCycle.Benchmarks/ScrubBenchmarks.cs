using BenchmarkDotNet.Attributes;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// The claim scrubber over a batch of 10,000 generated claims (1 to 6 lines, 1 to 4 diagnoses,
/// six payers, mostly clean with a few broken fields), with a 200,000-pair NCCI table, a duplicate
/// index of 20,000 live lines, prior authorization lists and five payer rules. Target: the whole
/// batch well under one second on the 2-core machine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ScrubBenchmarks
{
    private ScrubClaim[] _claims = [];
    private ScrubContext _context = null!;
    private PayerRuleDefinition[] _rules = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = ClaimBatchGenerator.Create(ClaimBatchGenerator.BatchSize);
        _claims = data.Claims;
        _context = data.Context;
        _rules = data.PayerRules;
    }

    /// <summary>The batch on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int Scrub10000Claims()
    {
        var passed = 0;
        foreach (var result in ClaimScrubber.ScrubBatch(_claims, _context, _rules))
        {
            passed += result.Passed ? 1 : 0;
        }

        return passed;
    }

    /// <summary>The batch spread over the cores.</summary>
    [Benchmark]
    public int Scrub10000ClaimsParallel()
    {
        var passed = 0;
        foreach (var result in ClaimScrubber.ScrubBatch(_claims, _context, _rules, parallel: true))
        {
            passed += result.Passed ? 1 : 0;
        }

        return passed;
    }
}

/// <summary>Writes the 10,000 generated claims as one 837P interchange with <see cref="Claim837Writer"/>.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class Write837Benchmarks
{
    private static readonly Envelope837 Envelope = new(
        "ZZ", "SUBMITTER01", "ZZ", "RECEIVER01", 905, 42, "PREMIER BILLING", "JERRY SMITH", "3055552222",
        "KEY INSURANCE", 'T', new DateTime(2026, 3, 20, 14, 5, 0));

    private Claim837[] _claims = [];

    [GlobalSetup]
    public void Setup() => _claims = [.. ClaimBatchGenerator.Create(ClaimBatchGenerator.BatchSize).Claims.Select(ClaimBatchGenerator.To837)];

    /// <summary>Returns the file's length so the work is not optimized away.</summary>
    [Benchmark]
    public int Write10000ClaimsAs837P() => Claim837Writer.Write(Envelope, _claims).Length;
}

/// <summary>Seeded claims for the scrub and 837P benchmarks (no Bogus: a seeded <see cref="Random"/>).</summary>
internal static class ClaimBatchGenerator
{
    public const int BatchSize = 10_000;

    private static readonly DateOnly Today = new(2026, 3, 20);
    private static readonly string[] Diagnoses = ["E11.65", "E11.9", "I10", "J06.9", "M17.11", "M25.561", "Z00.00", "R05.1", "K21.9", "N39.0", "E78.5", "F41.1"];
    private static readonly string[] Modifiers = ["25", "59", "RT", "LT", "GP", "KX", "76", "XS"];
    private static readonly string[] FilingIndicators = ["CI", "MB", "MC", "BL", "HM", "CI"];
    private static readonly string[] LastNames = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS"];
    private static readonly string[] FirstNames = ["JANE", "JOHN", "MARIA", "JAMES", "LINDA", "ROBERT", "ANA", "DAVID"];

    public sealed record Batch(ScrubClaim[] Claims, ScrubContext Context, PayerRuleDefinition[] PayerRules);

    public static Batch Create(int count)
    {
        var random = new Random(20260320);
        var procedures = Enumerable.Range(10000, 8_000).Select(n => n.ToString("D5")).ToArray();
        var evaluation = Enumerable.Range(99202, 14).Select(n => n.ToString()).ToArray();
        var allCodes = procedures.Concat(evaluation).ToArray();
        var pairs = new PtpRow[200_000];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new PtpRow(allCodes[random.Next(allCodes.Length)], allCodes[random.Next(allCodes.Length)], new DateOnly(2015, 1, 1), null, random.Next(3) == 0 ? '0' : '1');
        }

        var reference = InMemoryCodingReference.FromRows(
            codes: [.. allCodes.Select(c => new CodeRow(c, true, new DateOnly(2020, 1, 1))), .. Diagnoses.Select(c => new CodeRow(c, true, new DateOnly(2025, 10, 1)))],
            excludes1: [new Excludes1Row("E11", "E10", "E10")],
            ptpEdits: pairs,
            mues: allCodes.Where((_, i) => i % 4 == 0).Select(c => new MueRow(c, 4, 1 + random.Next(3), new DateOnly(2020, 1, 1))),
            evaluationAndManagementCodes: evaluation,
            minorProcedureCodes: procedures.Where((_, i) => i % 7 == 0),
            lateralityCodes: CodingEditTables.DefaultLateralityCodes);

        var payers = Enumerable.Range(1, 6)
            .Select(i => new ScrubPayer(i, $"PAYER {i}", $"P{i:D4}", FilingIndicators[i - 1], i == 3 ? 90 : 365, SubmissionMethod.Edi))
            .ToArray();
        var billing = new ScrubBillingProvider("RIVERSIDE FAMILY MEDICINE", "1234567893", "587654321", "207Q00000X", new Address("234 SEAWAY ST", "SUITE 2", "MIAMI", "FL", "331110001"));
        var rendering = new ScrubProvider("KILDARE", "BEN", "1999999984", "207Q00000X");

        var claims = new ScrubClaim[count];
        var live = new List<LiveClaimLine>();
        for (var c = 0; c < count; c++)
        {
            var dos = Today.AddDays(-1 - random.Next(120));
            var diagnosisCount = 1 + random.Next(4);
            var diagnoses = new ScrubDiagnosis[diagnosisCount];
            for (var d = 0; d < diagnosisCount; d++)
            {
                diagnoses[d] = new ScrubDiagnosis(d + 1, Diagnoses[random.Next(Diagnoses.Length)]);
            }

            var lineCount = 1 + random.Next(6);
            var lines = new ScrubLine[lineCount];
            var total = 0m;
            for (var n = 0; n < lineCount; n++)
            {
                var code = n == 0 && random.Next(2) == 0 ? evaluation[random.Next(evaluation.Length)] : procedures[random.Next(procedures.Length)];
                string[] modifiers = random.Next(4) == 0 ? [Modifiers[random.Next(Modifiers.Length)]] : [];
                var charge = 25m + random.Next(400);
                total += charge;
                lines[n] = new ScrubLine(n + 1, dos, code, modifiers, 1 + random.Next(2), charge, [1 + random.Next(diagnosisCount)]);
            }

            var patientId = 1 + random.Next(4_000);
            var payer = payers[random.Next(payers.Length)];
            var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(30_000));
            var address = new Address("12 OAK ST", null, "MIAMI", "FL", "33111");
            var claim = new ScrubClaim(
                c + 1, $"PCN{c + 1:D7}", "1", null, "11", random.Next(3) == 0 ? $"AUTH{c}" : null, total, dos, dos, null,
                billing, rendering, null,
                new ScrubPatient(patientId, LastNames[patientId % LastNames.Length], FirstNames[patientId % FirstNames.Length], birth, patientId % 2 == 0 ? Sex.Female : Sex.Male, null, address),
                new ScrubSubscriber(LastNames[patientId % LastNames.Length], FirstNames[patientId % FirstNames.Length], $"MEM{patientId:D6}", birth, patientId % 2 == 0 ? Sex.Female : Sex.Male, address, "18", "GRP1"),
                payer, CoveragePriority.Primary, null, diagnoses, lines);

            // One claim in twenty carries a broken field, as a real batch does.
            claims[c] = (c % 20) switch
            {
                1 => claim with { Billing = billing with { Npi = "1234567890" } },
                2 => claim with { TotalCharge = total + 1 },
                3 => claim with { Subscriber = claim.Subscriber with { MemberId = null } },
                _ => claim,
            };

            // The live claims the caller would load: the batch itself plus one other claim in ten.
            foreach (var line in lines)
            {
                live.Add(new LiveClaimLine(c + 1, claim.ControlNumber, patientId, payer.Id, dos, line.ProcedureCode));
                if (c % 10 == 0)
                {
                    live.Add(new LiveClaimLine(count + c + 1, $"OLD{c:D7}", patientId, payer.Id, dos, line.ProcedureCode));
                }
            }
        }

        var priorAuthorization = procedures.Where((_, i) => i % 40 == 0).SelectMany(code => payers.Select(p => (p.Id, code)));
        var context = new ScrubContext(Today, reference, priorAuthorization, DuplicateClaimIndex.FromLines(live));
        PayerRuleDefinition[] rules =
        [
            new() { Name = "Office visits at POS 11", Scope = RuleScope.ForPayer(1), Conditions = [new("claim.pos", RuleOperator.NotEquals, "11"), new("line.code", RuleOperator.StartsWith, "992")], Action = ScrubSeverity.Error, Message = "Payer 1 pays E/M only in the office." },
            new() { Name = "High charge review", Scope = RuleScope.AllPayers, Conditions = [new("claim.totalCharge", RuleOperator.GreaterThan, "2000")], Action = ScrubSeverity.Hold, Message = "Claims over 2,000 are reviewed." },
            new() { Name = "Therapy modifier", Scope = RuleScope.ForFilingIndicators("MB,MA"), Conditions = [new("line.code", RuleOperator.InList, "97110,97140,97530"), new("line.modifier", RuleOperator.NotInList, "GP,GO,GN")], Action = ScrubSeverity.Error, Message = "Therapy lines need GP, GO or GN." },
            new() { Name = "Units ceiling", Scope = RuleScope.ForPayer(4), Combinator = RuleCombinator.Any, Conditions = [new("line.units", RuleOperator.GreaterThan, "8"), new("line.charge", RuleOperator.GreaterThan, "5000")], Action = ScrubSeverity.Warning, Message = "Unusual units or charge." },
            new() { Name = "Diabetes screening", Scope = RuleScope.AllPayers, Conditions = [new("diagnosis.code", RuleOperator.StartsWith, "E11"), new("patient.age", RuleOperator.LessThan, "18")], Action = ScrubSeverity.Warning, Message = "Type 2 diabetes in a child: check the diagnosis." },
        ];
        return new Batch(claims, context, rules);
    }

    public static Claim837 To837(ScrubClaim claim)
    {
        var billing = claim.Billing;
        var subscriber = claim.Subscriber;
        return new Claim837(
            new BillingProvider837(billing.Name, billing.Npi ?? "", billing.Tin ?? "", billing.Address!, billing.Taxonomy),
            new Subscriber837(subscriber.LastName, subscriber.FirstName, subscriber.MemberId ?? "", subscriber.BirthDate, subscriber.Sex, subscriber.Address,
                subscriber.GroupNumber, subscriber.RelationshipCode, claim.PayerSequence switch { CoveragePriority.Secondary => 'S', CoveragePriority.Tertiary => 'T', _ => 'P' },
                claim.Payer.ClaimFilingIndicator),
            null,
            new Payer837(claim.Payer.Name, claim.Payer.PayerIdCode ?? ""),
            claim.ControlNumber,
            claim.TotalCharge,
            claim.PlaceOfService,
            claim.FrequencyCode,
            claim.PayerClaimNumber,
            claim.PriorAuthorizationNumber,
            [.. claim.Diagnoses.Select(d => d.Code)],
            claim.Rendering is { } r ? new Provider837(r.LastName, r.FirstName, r.Npi ?? "", r.Taxonomy) : null,
            null,
            null,
            [.. claim.Lines.Select(l => new ServiceLine837(l.ServiceDate, l.ProcedureCode, l.Modifiers, l.Charge, l.Units, l.Pointers, $"{claim.ControlNumber}-{l.LineNumber}"))]);
    }
}
