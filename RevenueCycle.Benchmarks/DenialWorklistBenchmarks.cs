using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// The denial worklist's server time (<see cref="DenialService.GetPageAsync"/>, first page of 25)
/// over at least 100,000 denials: the database made with <c>seed-demo --encounters 1000000</c> and
/// migrated to <c>RemittancesAndDenials</c>, named by the environment variable REVENUECYCLE_BENCH_DB.
/// The demo makes about 71,000 denials there; the set-up tops them up to 100,000 by copying existing
/// denials onto claims that have none (a fixture-only insert into that scratch file).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class DenialWorklistBenchmarks
{
    private const int Wanted = 100_000;
    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private DenialService _denials = null!;
    private int _payerId;
    private int _providerId;
    private string _assignee = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("REVENUECYCLE_BENCH_DB")
            ?? throw new InvalidOperationException("Set REVENUECYCLE_BENCH_DB to a database made with seed-demo --encounters 1000000.");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRevenueCycleCore($"Data Source={path}");
        services.AddSingleton<ICurrentActor, SystemActor>();
        services.AddRevenueCycleIdentity();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateScope();
        _denials = _scope.ServiceProvider.GetRequiredService<DenialService>();
        using var db = _scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContext();
        var count = db.Denials.Count();
        if (count < Wanted)
        {
            // Fixture only: copies of existing denials (reason, amount, dates, status, assignee) on
            // claims without a denial, whole-claim denials so no line id has to match.
            db.Database.SetCommandTimeout(600);
            db.Database.ExecuteSqlRaw(
                """
                INSERT INTO Denials (ClaimId, ClaimLineId, RemittanceClaimId, GroupCode, ReasonCode, RemarkCodes, Category, AmountAtStake, DeniedOn, AppealDeadline, Status, AssignedToUserId, FollowUpOn, CreatedAtUtc, ResolvedAtUtc)
                SELECT c.Id, NULL, NULL, d.GroupCode, d.ReasonCode, d.RemarkCodes, d.Category, d.AmountAtStake, d.DeniedOn, d.AppealDeadline, d.Status, d.AssignedToUserId, d.FollowUpOn, d.CreatedAtUtc, d.ResolvedAtUtc
                FROM (SELECT Id, ROW_NUMBER() OVER (ORDER BY Id) AS n FROM Claims WHERE Id NOT IN (SELECT ClaimId FROM Denials) AND PolicyId IS NOT NULL ORDER BY Id LIMIT {0}) c
                JOIN (SELECT *, ROW_NUMBER() OVER (ORDER BY Id) AS n FROM Denials) d ON d.n = c.n
                """, Wanted - count);
        }

        // The busiest payer and provider among open denials, and the user most denials are assigned to.
        _payerId = db.Database.SqlQueryRaw<int>("SELECT c.PayerId AS Value FROM Denials d JOIN Claims c ON c.Id = d.ClaimId GROUP BY c.PayerId ORDER BY COUNT(*) DESC LIMIT 1").AsEnumerable().Single();
        _providerId = db.Database.SqlQueryRaw<int>("SELECT c.RenderingProviderId AS Value FROM Denials d JOIN Claims c ON c.Id = d.ClaimId GROUP BY c.RenderingProviderId ORDER BY COUNT(*) DESC LIMIT 1").AsEnumerable().Single();
        _assignee = db.Database.SqlQueryRaw<string>("SELECT AssignedToUserId AS Value FROM Denials WHERE AssignedToUserId IS NOT NULL GROUP BY AssignedToUserId ORDER BY COUNT(*) DESC LIMIT 1").AsEnumerable().Single();
        Console.WriteLine($"// {db.Denials.Count():N0} denials; payer {_payerId}, provider {_providerId}, assignee {_assignee}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    /// <summary>The worklist as it opens: open denials, largest amount first.</summary>
    [Benchmark]
    public Task<Page<DenialRow>> OpenByDollars() => _denials.GetPageAsync(new DenialFilter(), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> OpenByAppealDeadline() => _denials.GetPageAsync(new DenialFilter(), new PageRequest(0, 25, "AppealDeadline", false));

    [Benchmark]
    public Task<Page<DenialRow>> ByPayer() => _denials.GetPageAsync(new DenialFilter(PayerId: _payerId), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> ByCategory() => _denials.GetPageAsync(new DenialFilter(Category: DenialCategory.Coding), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> ByCarc() => _denials.GetPageAsync(new DenialFilter(ReasonCode: "97"), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> ByProvider() => _denials.GetPageAsync(new DenialFilter(ProviderId: _providerId), new PageRequest(0, 25));

    /// <summary>Denied 31 to 60 days ago.</summary>
    [Benchmark]
    public Task<Page<DenialRow>> ByAge() => _denials.GetPageAsync(new DenialFilter(MinAgeDays: 31, MaxAgeDays: 60), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> ByAssignee() => _denials.GetPageAsync(new DenialFilter(AssignedTo: _assignee), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> SearchClaimNumber() => _denials.GetPageAsync(new DenialFilter(Search: "RC00000011"), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<DenialRow>> SearchLastNamePrefix() => _denials.GetPageAsync(new DenialFilter(Search: "Thom"), new PageRequest(0, 25));
}
