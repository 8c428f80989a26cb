using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Coding;

public sealed class CodingWorkbenchServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditActor _coder = null!;
    private AuditActor _coder2 = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 300)));
        Assert.True(seeded.Succeeded, seeded.Error);
        await using var db = _database.CreateContext();
        var coders = await db.Users.Where(u => u.Email!.StartsWith("coder")).OrderBy(u => u.Email).ToListAsync();
        _coder = new AuditActor(coders[0].Id, coders[0].Email!, null, new HashSet<string> { Roles.Coder });
        _coder2 = new AuditActor(coders[1].Id, coders[1].Email!, null, new HashSet<string> { Roles.Coder });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> As<T>(AuditActor actor, Func<CodingWorkbenchService, Task<T>> work) =>
        _database.InScopeAsync(actor, sp => work(sp.GetRequiredService<CodingWorkbenchService>()));

    [Fact]
    public async Task NextChart_TwoCodersAtOnce_GetDifferentCharts()
    {
        var results = await Task.WhenAll(
            As(_coder, s => s.NextChartAsync()),
            As(_coder2, s => s.NextChartAsync()));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.NotEqual(results[0].Value, results[1].Value);
        await using var db = _database.CreateContext();
        var first = await db.Encounters.SingleAsync(e => e.Id == results[0].Value);
        var second = await db.Encounters.SingleAsync(e => e.Id == results[1].Value);
        Assert.Equal(_coder.UserId, first.AssignedCoderId);
        Assert.Equal(_coder2.UserId, second.AssignedCoderId);
    }

    [Fact]
    public async Task NextChart_TakesTheMostUrgentOldestChart_AndGivesItBackUntilDone()
    {
        await using (var db = _database.CreateContext())
        {
            // The demo leaves charts in progress for the first coder; release them so the queue order shows.
            foreach (var held in await db.Encounters.Where(e => e.Status == EncounterStatus.InProgress).ToListAsync())
            {
                held.ReleaseAssignment();
            }

            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var expected = await check.Encounters.Where(e => e.Status == EncounterStatus.AwaitingCoding)
            .OrderByDescending(e => e.Priority).ThenBy(e => e.DateOfService).ThenBy(e => e.Id).Select(e => e.Id).FirstAsync();

        var first = await As(_coder, s => s.NextChartAsync());
        var again = await As(_coder, s => s.NextChartAsync());

        Assert.Equal(expected, first.Value);
        Assert.Equal(first.Value, again.Value);
    }

    [Fact]
    public async Task SaveAndComplete_MovesTheChartToCoded_WithPricedLines()
    {
        var id = (await As(_coder, s => s.NextChartAsync())).Value;
        var chart = (await As(_coder, s => s.GetChartAsync(id))).Value!;

        var saved = await As(_coder, s => s.SaveCodingAsync(id, chart.Header.Version, ["I10"], [new ChartServiceLine("99213", [], 1, [1], 0m)]));
        Assert.True(saved.Succeeded, saved.Error);
        var completed = await As(_coder, s => s.CompleteAsync(id, saved.Value!.Version, 420));

        Assert.True(completed.Succeeded, completed.Error);
        await using var db = _database.CreateContext();
        var encounter = await db.Encounters.Include(e => e.ServiceLines).SingleAsync(e => e.Id == id);
        Assert.Equal(EncounterStatus.Coded, encounter.Status);
        Assert.Equal(_coder.UserId, encounter.CodedByUserId);
        Assert.Equal(420, encounter.CodingSeconds);
        Assert.Equal(150m, Assert.Single(encounter.ServiceLines).Charge);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.View && a.EntityId == id.ToString() && a.UserId == _coder.UserId));
    }

    [Fact]
    public async Task Save_WithAStaleVersion_ReportsTheConflictAndKeepsTheOtherWork()
    {
        var id = (await As(_coder, s => s.NextChartAsync())).Value;
        var version = (await As(_coder, s => s.GetChartAsync(id))).Value!.Header.Version;
        var first = await As(_coder, s => s.SaveCodingAsync(id, version, ["I10"], []));
        Assert.True(first.Succeeded, first.Error);

        var stale = await As(_coder, s => s.SaveCodingAsync(id, version, ["E11.65"], []));

        Assert.False(stale.Succeeded);
        Assert.Contains("Someone else changed this chart", stale.Error);
        var chart = (await As(_coder, s => s.GetChartAsync(id))).Value!;
        Assert.Equal(["I10"], chart.Diagnoses);
    }

    [Fact]
    public async Task Save_ByACoderWhoDoesNotHoldTheChart_IsRefused()
    {
        var id = (await As(_coder, s => s.NextChartAsync())).Value;
        var version = (await As(_coder2, s => s.GetChartAsync(id))).Value!.Header.Version;

        var result = await As(_coder2, s => s.SaveCodingAsync(id, version, ["I10"], []));

        Assert.False(result.Succeeded);
        Assert.Contains("not assigned to you", result.Error);
    }

    [Fact]
    public async Task ProviderQuery_PutsTheChartOnHold_AndTheAnswerReturnsItToTheCoder()
    {
        var id = (await As(_coder, s => s.NextChartAsync())).Value;

        var asked = await As(_coder, s => s.AskProviderAsync(id, "Left or right knee?"));
        Assert.True(asked.Succeeded, asked.Error);
        var onHold = (await As(_coder, s => s.GetChartAsync(id))).Value!;
        Assert.Equal(EncounterStatus.OnHold, onHold.Header.Status);
        var query = Assert.Single(onHold.Queries);

        var answered = await As(_coder, s => s.AnswerQueryAsync(query.Id, "Right knee."));

        Assert.True(answered.Succeeded, answered.Error);
        var back = (await As(_coder, s => s.GetChartAsync(id))).Value!;
        Assert.Equal(EncounterStatus.InProgress, back.Header.Status);
        Assert.Equal("Right knee.", Assert.Single(back.Queries).Answer);
    }

    [Fact]
    public async Task NextChart_ForABiller_IsRefused()
    {
        var biller = new AuditActor("b", "biller@demo.test", null, new HashSet<string> { Roles.Biller });

        var result = await As(biller, s => s.NextChartAsync());

        Assert.False(result.Succeeded);
    }
}
