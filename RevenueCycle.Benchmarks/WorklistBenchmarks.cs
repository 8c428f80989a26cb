using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
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

    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsDeniedByPayerSortedByBalance() =>
        _claims.GetPageAsync(new ClaimWorklistFilter(ClaimStatus.Denied, PayerId: 1), new PageRequest(0, 25, "Balance", true));

    [Benchmark]
    public Task<Page<ClaimWorklistRow>> ClaimsAllFirstPage() => _claims.GetPageAsync(new ClaimWorklistFilter(), new PageRequest(0, 25));
}
