using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RevenueCycle.Core.Coding;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class CodingWorkbenchTests(AppFixture app)
{
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public async Task Coder_TakesTheNextChart_FixesAnNcciEdit_AndCompletesIt()
    {
        var page = await app.SignInAsync("coder@demo.test");
        await page.ClickAsync("[data-testid=nav-coding-queue]");
        await page.ClickAsync("[data-testid=next-chart]");
        await page.WaitForURLAsync(url => url.Contains("/coding/chart/", StringComparison.Ordinal));
        var encounterId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        await Assertions.Expect(page.Locator("[data-testid=chart-note]")).ToContainTextAsync("CHIEF COMPLAINT");

        // Find the diagnosis by words, then the two procedures by code.
        await AddFromSearchAsync(page, "essential hypert", "I10", "diagnoses");
        await AddFromSearchAsync(page, "20610", "20610", "service-lines");
        await AddFromSearchAsync(page, "99213", "99213", "service-lines");

        // An office visit with a joint injection: NCCI bundles them unless the visit carries 25.
        var ncci = page.Locator("[data-testid=edit-finding][data-rule=NCCI-PTP]");
        await Assertions.Expect(ncci).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=complete-chart]")).ToBeDisabledAsync();

        await page.Locator(Input("line-2-modifiers")).FillAsync("25");
        await page.Locator(Input("line-2-modifiers")).PressAsync("Tab");
        await Assertions.Expect(ncci).ToHaveCountAsync(0);
        await page.Locator(Input("line-1-modifiers")).FillAsync("RT");
        await page.Locator(Input("line-1-modifiers")).PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=edit-finding]")).ToHaveCountAsync(0);

        await page.ClickAsync("[data-testid=complete-chart]");

        await page.WaitForURLAsync(url => url.EndsWith("/coding/queue", StringComparison.Ordinal));
        await using var db = app.OpenDatabase();
        var encounter = await db.Encounters.Include(e => e.ServiceLines).SingleAsync(e => e.Id == encounterId);
        Assert.Equal(EncounterStatus.Coded, encounter.Status);
        Assert.Equal(["RT"], encounter.ServiceLines.Single(l => l.Code == "20610").Modifiers);
        Assert.Equal(["25"], encounter.ServiceLines.Single(l => l.Code == "99213").Modifiers);

        // The chart has left the open queue: the patient's row for that visit is gone.
        var mrn = await db.Patients.Where(p => p.Id == encounter.PatientId).Select(p => p.Mrn).SingleAsync();
        var stillOpen = await db.Encounters.CountAsync(e => e.PatientId == encounter.PatientId && e.DateOfService == encounter.DateOfService && CodingQueueService.OpenStatuses.Contains(e.Status));
        await page.Locator(Input("queue-search")).FillAsync(mrn);
        var rows = page.Locator("[data-testid=coding-queue-grid] tbody tr").Filter(new LocatorFilterOptions { HasText = encounter.DateOfService.ToString("yyyy-MM-dd") });
        await Assertions.Expect(rows).ToHaveCountAsync(stillOpen);
    }

    [Fact]
    public async Task Coder_AsksTheProvider_AndTheAnswerReturnsTheChart()
    {
        // coder2 is the account the lockout test locks; the all-roles user codes too.
        var page = await app.SignInAsync("all@demo.test");
        await page.ClickAsync("[data-testid=nav-coding-queue]");
        await page.ClickAsync("[data-testid=next-chart]");
        await page.WaitForURLAsync(url => url.Contains("/coding/chart/", StringComparison.Ordinal));
        var encounterId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var question = $"Left or right knee? (chart {encounterId})";

        await page.ClickAsync("[data-testid=ask-provider]");
        await page.Locator("textarea[data-testid=query-question], [data-testid=query-question] textarea").FillAsync(question);
        await page.ClickAsync("[data-testid=send-query]");
        await page.WaitForURLAsync(url => url.EndsWith("/coding/queue", StringComparison.Ordinal));
        await page.ClickAsync("[data-testid=nav-queries]");
        await using (var lookup = app.OpenDatabase())
        {
            var patientId = await lookup.Encounters.Where(e => e.Id == encounterId).Select(e => e.PatientId).SingleAsync();
            await page.Locator(Input("queries-search")).FillAsync(await lookup.Patients.Where(p => p.Id == patientId).Select(p => p.Mrn).SingleAsync());
        }

        var row = page.Locator("[data-testid=queries-grid] tbody tr").Filter(new LocatorFilterOptions { HasText = question });
        await row.Locator("input").FillAsync("Right knee.");
        await row.Locator("button:has-text('Record')").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=queries-grid] tbody tr").Filter(new LocatorFilterOptions { HasText = question })).ToHaveCountAsync(0);
        await using var db = app.OpenDatabase();
        var query = await db.ProviderQueries.SingleAsync(q => q.EncounterId == encounterId);
        Assert.Equal(("Right knee.", ProviderQueryStatus.Answered), (query.Answer, query.Status));
        Assert.Equal(EncounterStatus.InProgress, (await db.Encounters.SingleAsync(e => e.Id == encounterId)).Status);
    }

    /// <summary>Types in the code search, picks the result, and waits until the code is on the chart and the box is empty again.</summary>
    private static async Task AddFromSearchAsync(IPage page, string query, string code, string table)
    {
        var search = page.Locator(Input("code-search"));
        await Assertions.Expect(search).ToHaveValueAsync("");
        await search.ClickAsync();
        await search.FillAsync(query);
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = code }).First;
        await item.ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid={table}]")).ToContainTextAsync(code);
        await Assertions.Expect(search).ToHaveValueAsync("");
    }
}
