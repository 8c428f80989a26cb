using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Claims;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class WorklistAndAdminTests(AppFixture app)
{
    [Fact]
    public async Task Biller_FiltersClaimsByStatus_SeesOnlyThoseClaimsPagedOnTheServer()
    {
        await using var db = app.OpenDatabase();
        var held = await db.Claims.CountAsync(c => c.Status == ClaimStatus.Held);
        var page = await app.SignInAsync("biller@demo.test");

        await page.ClickAsync("[data-testid=biller-held-value]");

        await page.WaitForURLAsync(url => url.Contains("/claims?status=Held", StringComparison.Ordinal));
        var grid = page.Locator("[data-testid=claims-grid]");
        // Column 1 is the selection checkbox; the status is the eighth cell.
        var statusCells = grid.Locator("tbody tr td:nth-child(8)");

        // The pager's total and the rows arrive with the server's answer: wait for both, then read.
        await Microsoft.Playwright.Assertions.Expect(grid).ToContainTextAsync(new System.Text.RegularExpressions.Regex($@"of {held:N0}\b"));
        await Microsoft.Playwright.Assertions.Expect(statusCells).ToHaveCountAsync(Math.Min(held, 25));
        var statuses = await statusCells.AllInnerTextsAsync();
        Assert.All(statuses, status => Assert.Equal("Held", status.Trim()));
    }

    // MudBlazor puts extra attributes on the input element itself or on its wrapper, by component.
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    [Fact]
    public async Task Admin_AddsAUser_WhoCanThenSignInWithTheirRole()
    {
        var page = await app.SignInAsync("admin@demo.test");
        await page.ClickAsync("[data-testid=nav-users]");
        await page.ClickAsync("[data-testid=add-user]");
        await page.Locator(Input("new-user-name")).FillAsync("Pat Newcoder");
        await page.Locator(Input("new-user-email")).FillAsync("pat.newcoder@demo.test");
        await page.Locator(Input("new-user-password")).FillAsync("short");
        await page.Locator(Input("role-Coder")).CheckAsync();

        await page.ClickAsync("[data-testid=save-user]");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=user-error]")).ToContainTextAsync("at least 12 characters");

        await page.Locator(Input("new-user-password")).FillAsync("Welcome!Coder2026");
        await page.ClickAsync("[data-testid=save-user]");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=users-grid]")).ToContainTextAsync("pat.newcoder@demo.test");

        var newcomer = await app.SignInAsync("pat.newcoder@demo.test", "Welcome!Coder2026");
        await Microsoft.Playwright.Assertions.Expect(newcomer.Locator("[data-testid=coder-home]")).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(newcomer.Locator("text=Welcome, Pat Newcoder")).ToBeVisibleAsync();
    }
}
