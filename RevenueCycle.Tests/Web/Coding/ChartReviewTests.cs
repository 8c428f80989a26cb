using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;
using RevenueCycle.Tests.Support;
using RevenueCycle.Web.Components.Pages.Coding;

namespace RevenueCycle.Tests.Web.Coding;

/// <summary>The chart screen rendered with the real Core services on a real (in-memory) SQLite demo practice.</summary>
public sealed class ChartReviewTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditActor _coder = null!;
    private int _encounterId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 120)));
        Assert.True(seeded.Succeeded, seeded.Error);
        await using var db = _database.CreateContext();
        var coder = await db.Users.SingleAsync(u => u.Email == "coder@demo.test");
        _coder = new AuditActor(coder.Id, coder.Email!, null, new HashSet<string> { Roles.Coder });
        _encounterId = (await _database.InScopeAsync(_coder, sp => sp.GetRequiredService<CodingWorkbenchService>().NextChartAsync())).Value;

        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRevenueCycleCore(_database.ConnectionString);
        Services.AddSingleton<TimeProvider>(_database.Time);
        Services.AddScoped<ICurrentActor>(_ => new FixedActor(_coder));
        Services.AddRevenueCycleIdentity();
        AddAuthorization().SetAuthorized(_coder.UserName).SetRoles(Roles.Coder).SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, _coder.UserId));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Chart_ShowsTheNoteBesideTheForm_AndAnEditAppearsAsTheCoderTypes()
    {
        await using var db = _database.CreateContext();
        var encounter = await db.Encounters.SingleAsync(e => e.Id == _encounterId);
        var patient = await db.Patients.SingleAsync(p => p.Id == encounter.PatientId);

        var chart = Render<ChartReview>(parameters => parameters.Add(p => p.EncounterId, _encounterId));

        chart.WaitForAssertion(() => Assert.Contains("CHIEF COMPLAINT", chart.Find("[data-testid=chart-note]").TextContent));
        Assert.Contains(patient.Mrn, chart.Find("[data-testid=chart-header]").TextContent);
        Assert.Contains(encounter.DateOfService.ToString("yyyy-MM-dd"), chart.Find("[data-testid=chart-header]").TextContent);

        chart.Find("input[data-testid=new-diagnosis], [data-testid=new-diagnosis] input").Change("E11.9");
        chart.Find("[data-testid=add-diagnosis]").Click();
        chart.WaitForAssertion(() => Assert.Contains("E11.9", chart.Find("[data-testid=diagnoses]").TextContent));
        AddLine(chart, "93000");
        AddLine(chart, "93005");

        // 93005 is a component of 93000: the NCCI edit (indicator 0) shows beside the form and blocks completion.
        chart.WaitForAssertion(() => Assert.Contains(chart.FindAll("[data-testid=edit-finding]"), f => f.GetAttribute("data-rule") == "NCCI-PTP"));
        Assert.True(chart.Find("[data-testid=complete-chart]").HasAttribute("disabled"));
        Assert.NotEmpty(chart.FindAll("[data-testid=suggestion]"));
    }

    private static void AddLine(IRenderedComponent<ChartReview> chart, string code)
    {
        chart.Find("input[data-testid=new-line-code], [data-testid=new-line-code] input").Change(code);
        chart.Find("[data-testid=add-line]").Click();
        chart.WaitForAssertion(() => Assert.Contains(code, chart.Find("[data-testid=service-lines]").TextContent));
    }

    private sealed class FixedActor(AuditActor actor) : ICurrentActor
    {
        public Task<AuditActor> GetAsync() => Task.FromResult(actor);
    }
}
