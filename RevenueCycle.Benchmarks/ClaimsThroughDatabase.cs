using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// Times the claim scrub and the 837P through the database, as a biller runs them: a demo practice
/// in a SQLite file, 10,000 insurance claims for the electronic payers put back to Ready, then
/// <see cref="ClaimScrubService.ScrubAsync"/> over them, the 837P writing part of a submission
/// (<see cref="ClaimDocuments.LoadAsync"/>, <see cref="ClaimDocument.ToClaim837"/> and
/// <see cref="Claim837Writer.Write"/> for the 10,000 as one file) and the whole
/// <see cref="ClaimSubmissionService.SubmitAsync"/> (scrub again, write, store the file, move the
/// claims to Submitted). Each is run once on 200 claims to warm up, then timed several times.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project RevenueCycle.Benchmarks -- claims-db [--encounters 40000] [--claims 10000] [--runs 3] [--db path]</c>.
/// Without <c>--db</c> the database is a temporary file, deleted at the end; with it, an existing
/// file is reused (seeding 40,000 encounters takes about a minute).
/// </remarks>
public static class ClaimsThroughDatabase
{
    /// <summary>The command-line verb that selects this mode.</summary>
    public const string Verb = "claims-db";

    /// <summary>Runs the timings and prints them; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var encounters = IntOption(args, "--encounters", 40_000);
        var count = IntOption(args, "--claims", 10_000);
        var runs = IntOption(args, "--runs", 3);
        var given = Option(args, "--db");
        var path = given ?? Path.Combine(Path.GetTempPath(), $"rc-claims-db-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = BenchmarkDatabase.Services(path, args.Contains("--slow-sql"));
            if (given is null || !File.Exists(path) || new FileInfo(path).Length == 0)
            {
                await BenchmarkDatabase.SeedAsync(services, encounters);
            }

            var ids = await ChooseAsync(services, count);
            await ResetAsync(services, ids);
            Console.WriteLine($"{ids.Count:N0} insurance claims for the electronic payers put back to Ready.");
            if (ids.Count < count)
            {
                Console.WriteLine($"Only {ids.Count:N0} claims could be used; seed more encounters.");
                return 1;
            }

            // Warm-up: JIT, the EF model and the coding reference cache (loaded once per app).
            var warm = ids.Take(200).ToList();
            await ScrubAsync(services, warm);
            await WriteAsync(services, warm);
            await ResetAsync(services, ids);
            await SubmitAsync(services, warm);

            var scrubTimes = new List<double>();
            var loadTimes = new List<double>();
            var writeTimes = new List<double>();
            var submitTimes = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                await ResetAsync(services, ids);
                var (scrubMs, summary) = await ScrubAsync(services, ids);
                scrubTimes.Add(scrubMs);
                Console.WriteLine($"run {run}: scrub {ids.Count:N0} claims: {scrubMs:N0} ms ({summary.Passed:N0} passed, {summary.Held:N0} held, {summary.Warnings:N0} with warnings)");

                await ResetAsync(services, ids);
                var (loadMs, writeMs, bytes) = await WriteAsync(services, ids);
                loadTimes.Add(loadMs);
                writeTimes.Add(writeMs);
                Console.WriteLine($"run {run}: 837P of {ids.Count:N0} claims: load {loadMs:N0} ms + map and write {writeMs:N0} ms = {loadMs + writeMs:N0} ms ({bytes / 1_000_000.0:N1} MB)");

                var (submitMs, result) = await SubmitAsync(services, ids);
                submitTimes.Add(submitMs);
                Console.WriteLine($"run {run}: submit {ids.Count:N0} claims (scrub, write, store): {submitMs:N0} ms ({result.Batches.Sum(b => b.ClaimCount):N0} claims in {result.Batches.Count} file(s), {result.HeldByScrubber:N0} held by the scrubber, {result.Problems.Count} problem(s))");
            }

            Console.WriteLine();
            Console.WriteLine($"| step ({ids.Count:N0} claims) | median | min | max |");
            Console.WriteLine("|---|---|---|---|");
            Row("ClaimScrubService.ScrubAsync", scrubTimes);
            Row("837P: ClaimDocuments.LoadAsync", loadTimes);
            Row("837P: ToClaim837 + Claim837Writer.Write", writeTimes);
            Row("837P: load, map and write", loadTimes.Zip(writeTimes, (a, b) => a + b).ToList());
            Row("ClaimSubmissionService.SubmitAsync", submitTimes);
            return 0;
        }
        finally
        {
            if (given is null)
            {
                BenchmarkDatabase.Delete(path);
            }
        }
    }

    // The claims least far along come first (ready, held, rejected, submitted, accepted), then the
    // rest; the scrubber and the writer read the claim, not its history, so any insurance claim will do.
    private static async Task<List<int>> ChooseAsync(ServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        var ids = await db.Database.SqlQueryRaw<int>(
            """
            SELECT c.Id AS Value FROM Claims c JOIN Payers p ON p.Id = c.PayerId
            WHERE p.SubmissionMethod = 'Edi' AND c.PolicyId IS NOT NULL AND c.FrequencyCode = '1' AND c.Status NOT IN ('Voided', 'Replaced')
            ORDER BY CASE c.Status WHEN 'Ready' THEN 0 WHEN 'Held' THEN 1 WHEN 'Rejected' THEN 2 WHEN 'Submitted' THEN 3 WHEN 'Accepted' THEN 4 ELSE 5 END, c.Id
            LIMIT {0}
            """, count).ToListAsync();
        return ids.Order().ToList();
    }

    // Puts the chosen claims back to Ready, as a benchmark fixture only: the app moves a claim
    // through its statuses one transition at a time.
    private static async Task ResetAsync(ServiceProvider services, List<int> ids)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        await db.Claims.Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClaimStatus.Ready).SetProperty(c => c.StatusReason, (string?)null));
    }

    private static async Task<(double Ms, ScrubSummary Summary)> ScrubAsync(ServiceProvider services, List<int> ids)
    {
        await using var scope = services.CreateAsyncScope();
        var scrubber = scope.ServiceProvider.GetRequiredService<ClaimScrubService>();
        var watch = Stopwatch.StartNew();
        var result = await scrubber.ScrubAsync(ids);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, result.Succeeded ? result.Value! : throw new InvalidOperationException(result.Error));
    }

    // The writing part of a submission, as WriteBatchAsync does it for one clearinghouse file.
    private static async Task<(double LoadMs, double WriteMs, long Bytes)> WriteAsync(ServiceProvider services, List<int> ids)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ClaimSubmissionOptions>>().Value;
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContextAsync();
        var watch = Stopwatch.StartNew();
        var docs = await ClaimDocuments.LoadAsync(db, ids, tracked: true, CancellationToken.None);
        var loadMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var claims = docs.Select(d => d.ToClaim837()).ToList();
        var envelope = new Envelope837(options.SenderQualifier, options.SenderId, options.ReceiverQualifier, options.ReceiverId, 1, 1, docs[0].Practice.Name,
            options.ContactName, options.ContactPhone, options.ReceiverName, 'T', DateTime.UtcNow);
        var text = Claim837Writer.Write(envelope, claims, new X12Delimiters(options.ElementSeparator, options.ComponentSeparator, options.RepetitionSeparator, options.SegmentTerminator));
        var writeMs = watch.Elapsed.TotalMilliseconds;
        return (loadMs, writeMs, text.Length);
    }

    private static async Task<(double Ms, SubmissionResult Result)> SubmitAsync(ServiceProvider services, List<int> ids)
    {
        await using var scope = services.CreateAsyncScope();
        var submission = scope.ServiceProvider.GetRequiredService<ClaimSubmissionService>();
        var watch = Stopwatch.StartNew();
        var result = await submission.SubmitAsync(ids);
        var ms = watch.Elapsed.TotalMilliseconds;
        return (ms, result.Succeeded ? result.Value! : throw new InvalidOperationException(result.Error));
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
