using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// Times the posting of one large 835 through the database, as a biller imports it: a demo practice
/// in a SQLite file, 10,000 insurance claims with nothing posted yet put to Submitted, an 835 written
/// for them with <see cref="Era835Writer"/> (one check per payer; each line paid with CO-45
/// contractual and PR-1/2/3 patient responsibility, REF*6R line control numbers, AMT*B6 allowed
/// amounts, about 8 % of claims denied whole and 3 % of the other lines denied), then
/// <see cref="RemittanceService.ImportAsync"/> (read, match, post, denials, underpayment) and, apart,
/// <see cref="Era835Reader.Read"/> alone.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project RevenueCycle.Benchmarks -- remit-db [--encounters 40000] [--claims 10000] [--runs 3] [--db path]</c>.
/// The seeded database is kept as a template and each run imports into a fresh copy of it, so every
/// run posts to the same claims. Without <c>--db</c> the template is a temporary file, deleted at
/// the end; with it, an existing file is reused as the template (and never written to).
/// </remarks>
public static class RemittanceThroughDatabase
{
    /// <summary>The command-line verb that selects this mode.</summary>
    public const string Verb = "remit-db";

    private const int WarmUpClaims = 200;

    /// <summary>Runs the timings and prints them; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var encounters = IntOption(args, "--encounters", 40_000);
        var count = IntOption(args, "--claims", 10_000);
        var runs = IntOption(args, "--runs", 3);
        var given = Option(args, "--db");
        var slowSql = args.Contains("--slow-sql");
        var template = given ?? Path.Combine(Path.GetTempPath(), $"rc-remit-db-{Guid.NewGuid():N}.db");
        var work = Path.Combine(Path.GetTempPath(), $"rc-remit-db-run-{Guid.NewGuid():N}.db");
        try
        {
            if (given is null || !File.Exists(template) || new FileInfo(template).Length == 0)
            {
                await using var seeding = BenchmarkDatabase.Services(template, slowSql: false);
                await BenchmarkDatabase.SeedAsync(seeding, encounters);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var importTimes = new List<double>();
            var readTimes = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                // A fresh copy per run; pooled connections to the last one are closed first.
                BenchmarkDatabase.Delete(work);
                File.Copy(template, work);
                if (File.Exists(template + "-wal"))
                {
                    File.Copy(template + "-wal", work + "-wal");
                }

                await using var services = BenchmarkDatabase.Services(work, slowSql);
                var ids = await ChooseAsync(services, count + WarmUpClaims);
                if (ids.Count < count + WarmUpClaims)
                {
                    Console.WriteLine($"Only {ids.Count:N0} insurance claims have nothing posted; {count + WarmUpClaims:N0} are needed. Seed more encounters.");
                    return 1;
                }

                await SubmitAsync(services, ids);
                var warm = await Build835Async(services, ids.Take(WarmUpClaims).ToList(), $"W{run}");
                var (text, claims, denied) = await Build835Async(services, ids.Skip(WarmUpClaims).ToList(), $"R{run}");
                if (run == 1)
                {
                    Console.WriteLine($"{claims:N0} claims put to Submitted; the 835 is {text.Length / 1_000_000.0:N1} MB, {denied:N0} claims denied whole.");
                }

                // Warm-up: JIT and the EF model, on 200 other claims in their own check.
                await ImportAsync(services, warm.Text);

                var watch = Stopwatch.StartNew();
                var read = Era835Reader.Read(text);
                var readMs = watch.Elapsed.TotalMilliseconds;
                readTimes.Add(readMs);
                if (!read.Succeeded)
                {
                    throw new InvalidOperationException(read.Error);
                }

                var (importMs, result) = await ImportAsync(services, text);
                importTimes.Add(importMs);
                Console.WriteLine($"run {run}: read {readMs:N0} ms; import {importMs:N0} ms: {result.Transactions} check(s), {result.ClaimsPosted:N0} claims posted, {result.ClaimsInSuspense:N0} in suspense, {result.Denials:N0} denials, {result.Unbalanced} unbalanced, ${result.Paid:N2} paid");
                foreach (var message in result.Messages.Take(5))
                {
                    Console.WriteLine($"  {message}");
                }

                await CountAsync(services);
            }

            Console.WriteLine();
            Console.WriteLine($"| step ({count:N0} claims) | median | min | max |");
            Console.WriteLine("|---|---|---|---|");
            Row("Era835Reader.Read", readTimes);
            Row("RemittanceService.ImportAsync (read, match, post)", importTimes);
            return 0;
        }
        finally
        {
            BenchmarkDatabase.Delete(work);
            if (given is null)
            {
                BenchmarkDatabase.Delete(template);
            }
        }
    }

    // Insurance claims with nothing posted yet, those already waiting for the payer first.
    private static async Task<List<int>> ChooseAsync(ServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<int>(
            """
            SELECT c.Id AS Value FROM Claims c
            WHERE c.PolicyId IS NOT NULL AND c.FrequencyCode = '1' AND c.Status IN ('Submitted', 'Accepted', 'Ready', 'Held', 'Rejected')
              AND c.InsurancePaid = 0 AND c.PatientPaid = 0 AND c.Adjusted = 0 AND c.PatientResponsibility = 0
            ORDER BY CASE c.Status WHEN 'Submitted' THEN 0 WHEN 'Accepted' THEN 1 ELSE 2 END, c.Id
            LIMIT {0}
            """, count).ToListAsync();
    }

    // Puts the chosen claims to Submitted, as a benchmark fixture only: the app moves a claim
    // through its statuses one transition at a time.
    private static async Task SubmitAsync(ServiceProvider services, List<int> ids)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        await db.Claims.Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClaimStatus.Submitted).SetProperty(c => c.StatusReason, (string?)null));
    }

    private static readonly string[] DenialReasons = ["50", "97", "16", "197", "29", "27", "18", "204"];

    private static readonly string[] DenialRemarks = ["N115", "M15", "MA130", "N130", "N30"];

    // The payer's decision on each claim, from a seeded Random so every run writes the same file.
    private static async Task<(string Text, int Claims, int Denied)> Build835Async(ServiceProvider services, List<int> ids, string checkPrefix)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        var practice = await db.Practices.AsNoTracking().FirstAsync();
        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => ids.Contains(c.Id)).AsSplitQuery().ToListAsync();
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).Select(p => new { p.Id, p.LastName, p.FirstName }).ToDictionaryAsync(p => p.Id);
        var random = new Random(835);
        var denied = 0;
        var remits = new List<Era835Writer.Remit>();
        foreach (var group in claims.OrderBy(c => c.Id).GroupBy(c => c.PayerId))
        {
            var payer = payers[group.Key];
            var decisions = new List<Era835Claim>();
            foreach (var claim in group)
            {
                var patient = patients[claim.PatientId];
                var people = new List<Era835Person> { new("QC", patient.LastName.ToUpperInvariant(), patient.FirstName.ToUpperInvariant(), null, "MI", $"M{claim.PatientId}") };
                var payerClaimNumber = $"{payer.PayerIdCode}{claim.Id:D10}";
                var lines = claim.Lines.OrderBy(l => l.LineNumber).ToList();
                if (random.NextDouble() < 0.08)
                {
                    denied++;
                    var carc = DenialReasons[random.Next(DenialReasons.Length)];
                    var remark = DenialRemarks[random.Next(DenialRemarks.Length)];
                    decisions.Add(new Era835Claim(0, claim.ControlNumber, "4", claim.TotalCharge, 0m, 0m, payer.ClaimFilingIndicator, payerClaimNumber, "11", "1", [], people, [], [], [],
                        lines.Select(l => Service(l, 0m, [new Era835Adjustment("CO", carc, l.Charge, null)], null, [remark])).ToList()));
                    continue;
                }

                // Deductible on one claim in six, coinsurance (20 %) on half, a copay on a quarter.
                var deductibleLeft = random.NextDouble() < 1.0 / 6 ? Math.Round(20m + (decimal)random.NextDouble() * 180m, 2) : 0m;
                var coinsurance = random.NextDouble() < 0.5;
                var copay = random.NextDouble() < 0.25 ? 20m : 0m;
                var services835 = new List<Era835ServiceLine>();
                foreach (var line in lines)
                {
                    if (lines.Count > 1 && line != lines[0] && random.NextDouble() < 0.03)
                    {
                        services835.Add(Service(line, 0m, [new Era835Adjustment("CO", "97", line.Charge, null)], 0m, ["M15"]));
                        continue;
                    }

                    var allowed = Math.Round(line.Charge * (0.55m + (decimal)random.NextDouble() * 0.3m), 2);
                    var adjustments = new List<Era835Adjustment> { new("CO", "45", line.Charge - allowed, null) };
                    var left = allowed;
                    var deductible = Math.Min(deductibleLeft, left);
                    if (deductible > 0)
                    {
                        adjustments.Add(new Era835Adjustment("PR", "1", deductible, null));
                        deductibleLeft -= deductible;
                        left -= deductible;
                    }

                    var copayNow = Math.Min(copay, left);
                    if (copayNow > 0)
                    {
                        adjustments.Add(new Era835Adjustment("PR", "3", copayNow, null));
                        copay -= copayNow;
                        left -= copayNow;
                    }

                    var coinsuranceNow = coinsurance ? Math.Round(left * 0.2m, 2) : 0m;
                    if (coinsuranceNow > 0)
                    {
                        adjustments.Add(new Era835Adjustment("PR", "2", coinsuranceNow, null));
                        left -= coinsuranceNow;
                    }

                    services835.Add(Service(line, left, adjustments, allowed, []));
                }

                decisions.Add(new Era835Claim(0, claim.ControlNumber, "1", claim.TotalCharge, services835.Sum(s => s.PaidAmount),
                    services835.Sum(s => s.Adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount)), payer.ClaimFilingIndicator, payerClaimNumber, "11", "1",
                    [], people, [], [], [], services835));
            }

            remits.Add(new Era835Writer.Remit(payer.Name.ToUpperInvariant(), payer.PayerIdCode, practice.Name.ToUpperInvariant(), practice.Npi,
                $"{checkPrefix}-{payer.Id}-{Guid.NewGuid():N}"[..30], DateOnly.FromDateTime(DateTime.UtcNow), decisions));
        }

        var text = Era835Writer.Write(remits, "PAYER", "RCPRACTICE", 835, DateTime.UtcNow);
        return (text, claims.Count, denied);

        static Era835ServiceLine Service(ClaimLine line, decimal paid, IReadOnlyList<Era835Adjustment> adjustments, decimal? allowed, IReadOnlyList<string> remarks) =>
            new(0, new Era835Procedure("HC", line.Code, line.Modifiers), line.Charge, paid, line.Units, null,
                [new Era835Date("472", line.DateOfService)], adjustments, [new Era835Reference("6R", line.Id.ToString(CultureInfo.InvariantCulture))],
                allowed is { } a ? [new Era835Amount("B6", a)] : [], remarks);
    }

    private static async Task<(double Ms, RemittanceImportResult Result)> ImportAsync(ServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        var remittances = scope.ServiceProvider.GetRequiredService<RemittanceService>();
        var watch = Stopwatch.StartNew();
        var result = await remittances.ImportAsync("bench.835", text);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, result.Succeeded ? result.Value! : throw new InvalidOperationException(result.Error));
    }

    private static async Task CountAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        var counts = await db.Database.SqlQueryRaw<string>(
            """
            SELECT (SELECT COUNT(*) FROM Payments) || ' payments, ' || (SELECT COUNT(*) FROM Adjustments) || ' adjustments, '
                || (SELECT COUNT(*) FROM Denials) || ' denials, ' || (SELECT COUNT(*) FROM AuditEntries) || ' audit entries in the database' AS Value
            """).SingleAsync();
        Console.WriteLine($"  {counts}");
    }

    private static void Row(string step, List<double> times)
    {
        var sorted = times.Order().ToList();
        Console.WriteLine($"| {step} | {sorted[sorted.Count / 2]:N0} ms | {sorted[0]:N0} ms | {sorted[^1]:N0} ms |");
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
