using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Providers;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Coding;

[Collection(DemoDatabaseCollection.Name)]
public sealed class CodingQueueServiceTests(DemoDatabaseFixture fixture)
{
    private Task<Page<CodingQueueRow>> PageAsync(CodingQueueFilter filter, PageRequest? page = null) =>
        fixture.Database.InScopeAsync(sp => sp.GetRequiredService<CodingQueueService>().GetPageAsync(filter, page ?? new PageRequest(PageSize: 200)));

    [Fact]
    public async Task DefaultQueue_ListsOpenChartsMostUrgentFirstThenOldest()
    {
        await using var db = fixture.Database.CreateContext();
        var open = await db.Encounters.CountAsync(e => CodingQueueService.OpenStatuses.Contains(e.Status));

        var page = await PageAsync(new CodingQueueFilter());

        Assert.Equal(open, page.TotalCount);
        Assert.All(page.Items, r => Assert.Contains(r.Status, CodingQueueService.OpenStatuses));
        var order = page.Items.Select(r => (Priority: -(int)r.Priority, r.DateOfService)).ToList();
        Assert.Equal(order.OrderBy(o => o.Priority).ThenBy(o => o.DateOfService), order);
    }

    [Fact]
    public async Task Filters_BySpecialtyPayerAndDaysWaiting_ReturnOnlyMatchingCharts()
    {
        await using var db = fixture.Database.CreateContext();
        var medicare = await db.Payers.SingleAsync(p => p.ClaimFilingIndicator == "MB");
        var today = DateOnly.FromDateTime(TestDatabase.DefaultNow);
        var expected = await (from e in db.Encounters
                              join pr in db.Providers on e.ProviderId equals pr.Id
                              join policy in db.InsurancePolicies on e.PrimaryPolicyId equals policy.Id
                              where CodingQueueService.OpenStatuses.Contains(e.Status) && pr.Specialty == Specialty.Cardiology && policy.PayerId == medicare.Id && e.DateOfService <= today.AddDays(-10)
                              select e.Id).ToListAsync();

        Assert.NotEmpty(expected);
        var page = await PageAsync(new CodingQueueFilter(Specialty: Specialty.Cardiology, PayerId: medicare.Id, MinDaysWaiting: 10));

        Assert.Equal(expected.Order(), page.Items.Select(r => r.EncounterId).Order());
        Assert.All(page.Items, r => Assert.True(r.DaysWaiting >= 10));
    }

    [Fact]
    public async Task Paging_ReturnsDisjointPagesCoveringTheTotal()
    {
        var first = await PageAsync(new CodingQueueFilter(), new PageRequest(0, 10));
        var second = await PageAsync(new CodingQueueFilter(), new PageRequest(1, 10));

        Assert.Equal(10, first.Items.Count);
        Assert.Empty(first.Items.Select(r => r.EncounterId).Intersect(second.Items.Select(r => r.EncounterId)));
        Assert.Equal(first.TotalCount, second.TotalCount);
    }
}
