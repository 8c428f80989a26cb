using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Fact]
    public async Task Coder_SignsIn_SeesTheCodingHomeWithTheQueueCount()
    {
        await using var db = app.OpenDatabase();
        var awaiting = await db.Encounters.CountAsync(e => e.Status == EncounterStatus.AwaitingCoding);

        var page = await app.SignInAsync("coder@demo.test");

        await Assertions.Expect(page.Locator("[data-testid=coder-awaiting-value]")).ToHaveTextAsync(awaiting.ToString("N0"));
        await Assertions.Expect(page.Locator("[data-testid=nav-coding-queue]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=nav-claims]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=biller-home]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Biller_SignsIn_SeesClaimCountsByStatus()
    {
        await using var db = app.OpenDatabase();
        var held = await db.Claims.CountAsync(c => c.Status == ClaimStatus.Held);

        var page = await app.SignInAsync("biller@demo.test");

        await Assertions.Expect(page.Locator("[data-testid=biller-held-value]")).ToHaveTextAsync(held.ToString("N0"));
        await Assertions.Expect(page.Locator("[data-testid=nav-claims]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=nav-coding-queue]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Manager_SignsIn_SeesTheHeadlineFiguresOfTheCycle()
    {
        await using var db = app.OpenDatabase();
        var backlog = await db.Encounters.CountAsync(e => e.Status == EncounterStatus.AwaitingCoding || e.Status == EncounterStatus.InProgress || e.Status == EncounterStatus.OnHold);

        var page = await app.SignInAsync("manager@demo.test");

        await Assertions.Expect(page.Locator("[data-testid=manager-backlog-value]")).ToHaveTextAsync(backlog.ToString("N0"));
        await Assertions.Expect(page.Locator("[data-testid=manager-open-ar-value]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\$[\d,]+$"));
        await Assertions.Expect(page.Locator("[data-testid=manager-denial-rate-value]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)?%$"));
    }

    [Fact]
    public async Task Admin_SignsIn_SeesUsersAndCodeSetVersions()
    {
        var page = await app.SignInAsync("admin@demo.test");
        await using var db = app.OpenDatabase();
        var users = await db.Users.CountAsync();

        // Another test may add a user: the tile shows what the database holds when the page loads.
        await Assertions.Expect(page.Locator("[data-testid=admin-users-value]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^({users}|{users - 1})$"));
        await Assertions.Expect(page.Locator("[data-testid=admin-code-sets]")).ToContainTextAsync("ICD-10-CM");
        await Assertions.Expect(page.Locator("[data-testid=nav-users]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=nav-coding-queue]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task UserWithEveryRole_SeesEverySection()
    {
        var page = await app.SignInAsync("all@demo.test");

        foreach (var section in new[] { "coder-home", "biller-home", "manager-home", "admin-home" })
        {
            await Assertions.Expect(page.Locator($"[data-testid={section}]")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Coder_OpeningABillerPage_IsRefused()
    {
        var page = await app.SignInAsync("coder@demo.test");

        await page.GotoAsync("/claims");

        await Assertions.Expect(page.Locator("[data-testid=access-refused]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=claims-grid]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Anonymous_OpeningAPage_IsSentToSignIn()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/claims");

        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=demo-users]")).ToContainTextAsync("biller@demo.test");
    }

    [Fact]
    public async Task WrongPassword_ShowsAnErrorAndStaysOnSignIn()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name='Input.Email']", "manager@demo.test");
        await page.FillAsync("input[name='Input.Password']", "not-the-password");

        await page.ClickAsync("[data-testid=login-submit]");

        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("email or password is not right");
        Assert.Contains("/Account/Login", page.Url);
    }

    [Fact]
    public async Task FiveFailedAttempts_LockTheAccount_EvenAgainstTheRightPassword()
    {
        var page = await app.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("input[name='Input.Email']", "coder2@demo.test");
            await page.FillAsync("input[name='Input.Password']", $"wrong-password-{attempt}");
            await page.ClickAsync("[data-testid=login-submit]");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Assertions.Expect(page.Locator("[data-testid=lockout-message]")).ToBeVisibleAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name='Input.Email']", "coder2@demo.test");
        await page.FillAsync("input[name='Input.Password']", RevenueCycle.Core.Identity.DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await Assertions.Expect(page.Locator("[data-testid=lockout-message]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders_AndRunUnderTheContentSecurityPolicy()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        var response = await page.GotoAsync("/Account/Login");
        var headers = await response!.AllHeadersAsync();
        await page.FillAsync("input[name='Input.Email']", "manager@demo.test");
        await page.FillAsync("input[name='Input.Password']", RevenueCycle.Core.Identity.DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await AppFixture.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=dark-mode-toggle]");
        await page.ClickAsync("[data-testid=nav-claims]");
        await Assertions.Expect(page.Locator("[data-testid=claims-grid]")).ToBeVisibleAsync();

        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
        Assert.Empty(violations);
    }
}
