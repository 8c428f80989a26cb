using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Identity;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// The worklists' server time over a large practice: the coding queue (issue 3) and the claims
/// worklist (issue 4), first page with filters and sort, as the pages call them. Needs a database
/// made with <c>seed-demo --encounters 1000000</c>, named by the environment variable
/// REVENUECYCLE_BENCH_DB (a SQLite file path). Read-only.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
public class WorklistBenchmarks
{
    private ServiceProvider _services = null!;
    private IServiceScope _scope = null!;
    private CodingQueueService _queue = null!;
    private ClaimWorklistService _claims = null!;
    private DateOnly _today;
    private string _billerId = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("REVENUECYCLE_BENCH_DB")
            ?? throw new InvalidOperationException("Set REVENUECYCLE_BENCH_DB to a database made with seed-demo --encounters 1000000.");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRevenueCycleCore($"Data Source={path};Mode=ReadOnly");
        services.AddSingleton<ICurrentActor, SystemActor>();
        services.AddRevenueCycleIdentity();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateScope();
        _queue = _scope.ServiceProvider.GetRequiredService<CodingQueueService>();
        _claims = _scope.ServiceProvider.GetRequiredService<ClaimWorklistService>();
        _today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var db = _scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>().CreateDbContext();
        _billerId = db.Users.Where(u => u.UserName == "biller@demo.test").Select(u => u.Id).Single();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _services.Dispose();
    }

    [Benchmark]
    public Task<Page<CodingQueueRow>> QueueFirstPage() => _queue.GetPageAsync(new CodingQueueFilter(), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<CodingQueueRow>> QueueFilteredBySpecialtyAndPriority() =>
        _queue.GetPageAsync(new CodingQueueFilter(Status: EncounterStatus.AwaitingCoding, Specialty: Specialty.Cardiology, Priority: EncounterPriority.Normal), new PageRequest(0, 25));

    [Benchmark]
    public Task<Page<CodingQueueRow>> QueueSortedByPatientPage40() => _queue.GetPageAsync(new CodingQueueFilter(), new PageRequest(40, 25, "PatientName", true));

    [Benchmark]
    public Task<IReadOnlyList<StatusCount<EncounterStatus>>> QueueStatusCounts() => _queue.GetStatusCountsAsync();

    /// <summary>(a) The worklist as it opens: every claim, oldest date of service first.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsAllFirstPage() => _claims.GetPageAsync(new ClaimWorklistFilter(), new PageRequest(0, 25));

    /// <summary>(b) One payer's denials, largest balance first.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsDeniedByPayerSortedByBalance() =>
        _claims.GetPageAsync(new ClaimWorklistFilter(ClaimStatus.Denied, PayerId: 1), new PageRequest(0, 25, "Balance", true));

    /// <summary>(c) One provider's ready claims of the last 30 days, by date of service.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsReadyByProviderLast30Days() =>
        _claims.GetPageAsync(new ClaimWorklistFilter(ClaimStatus.Ready, ProviderId: 1, ServiceFrom: _today.AddDays(-30), ServiceTo: _today), new PageRequest(0, 25, "ServiceFromDate", false));

    /// <summary>(d) Aged 91 to 120 days with at least $100 open, largest balance first.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsAged91To120OverHundredSortedByBalance() =>
        _claims.GetPageAsync(new ClaimWorklistFilter(MinAgeDays: 91, MaxAgeDays: 120, MinBalance: 100m), new PageRequest(0, 25, "Balance", true));

    /// <summary>(e) One biller's held claims.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsHeldAssignedToBiller() =>
        _claims.GetPageAsync(new ClaimWorklistFilter(ClaimStatus.Held, AssignedTo: _billerId), new PageRequest(0, 25));

    /// <summary>(f) Search by the start of the patient's last name.</summary>
    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsSearchByLastNamePrefix() => _claims.GetPageAsync(new ClaimWorklistFilter(Search: "Thom"), new PageRequest(0, 25));

    /// <summary>(g) The counts on the status tabs.</summary>
    [Benchmark]
    public Task<IReadOnlyList<StatusCount<ClaimStatus>>> ClaimsStatusCounts() => _claims.GetStatusCountsAsync();
}
