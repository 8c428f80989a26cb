using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Claims;
using static Microsoft.Playwright.Assertions;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class PatientAccountTests(AppFixture app)
{
    [Fact]
    public async Task Biller_OpensTheAccountFromAClaim_TakesACardPayment_AndGetsAReceipt()
    {
        int claimId;
        decimal owes;
        await using (var db = app.OpenDatabase())
        {
            var owing = await db.Claims.Where(c => c.PatientResponsibility - c.PatientPaid > 0 && c.Status == ClaimStatus.PatientBalance)
                .OrderByDescending(c => c.Id).Select(c => new { c.Id, c.PatientId }).FirstAsync();
            claimId = owing.Id;
            owes = (await db.Claims.Where(c => c.PatientId == owing.PatientId && c.Status != ClaimStatus.Voided).Select(c => c.PatientResponsibility - c.PatientPaid).ToListAsync()).Sum();
        }

        var page = await app.SignInAsync("biller@demo.test");
        await page.GotoAsync($"/claims/{claimId}");
        await page.ClickAsync("[data-testid=claim-patient-account]");
        await Expect(page.Locator("[data-testid=account-patient-balance]")).ToHaveTextAsync(owes.ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("en-US")));

        await page.Locator("input[data-testid=payment-amount], [data-testid=payment-amount] input").FillAsync(owes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=payment-post]");

        await Expect(page.Locator("[data-testid=account-patient-balance]")).ToHaveTextAsync("$0.00");
        var receipt = page.Locator("[data-testid=payment-receipt]");
        await Expect(receipt).ToContainTextAsync("RCPT-");
        await AppFixture.ShotAsync(page, "patient-account");
        var pdf = await page.APIRequest.GetAsync(await receipt.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        // With nothing owed there is no statement: the new tab says so in words.
        var statement = await page.APIRequest.GetAsync(page.Url.Replace("/account", "/statement.pdf", StringComparison.Ordinal));
        Assert.Equal(404, statement.Status);
        Assert.StartsWith("text/plain", statement.Headers["content-type"]);
        Assert.Contains("owes nothing", await statement.TextAsync());
    }
}
