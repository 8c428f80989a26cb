using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Remittance.X12;
using RevenueCycle.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class RemittanceWorkflowTests(AppFixture app)
{
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea";

    [Fact]
    public async Task Biller_Uploads835_SeesPaymentsPostAndADenialAppear_AndAppealsIt()
    {
        // An 835 from Aetna for two claims waiting for it: one paid, one denied as not medically necessary.
        Claim paidClaim, deniedClaim;
        string payerName, payerId;
        await using (var db = app.OpenDatabase())
        {
            var payer = await db.Payers.SingleAsync(p => p.PayerIdCode == "60054");
            (payerName, payerId) = (payer.Name, payer.PayerIdCode);
            var waiting = await db.Claims.Include(c => c.Lines).AsNoTracking()
                .Where(c => c.PayerId == payer.Id && (c.Status == ClaimStatus.Submitted || c.Status == ClaimStatus.Accepted))
                .OrderByDescending(c => c.Id).Take(2).ToListAsync();
            (paidClaim, deniedClaim) = (waiting[0], waiting[1]);
        }

        var paid = new Era835Claim(0, paidClaim.ControlNumber, "1", paidClaim.TotalCharge, paidClaim.Lines.Sum(l => l.Charge - 20m), 0m, "CI", "AET-E2E-1", "11", "1", [], [], [], [], [],
            paidClaim.Lines.Select(l => new Era835ServiceLine(0, new("HC", l.Code, l.Modifiers), l.Charge, l.Charge - 20m, l.Units, null, [new("472", l.DateOfService)], [new("CO", "45", 20m, null)], [], [], [])).ToList());
        var denied = new Era835Claim(0, deniedClaim.ControlNumber, "4", deniedClaim.TotalCharge, 0m, 0m, "CI", "AET-E2E-2", "11", "1", [], [], [], [], [],
            deniedClaim.Lines.Select(l => new Era835ServiceLine(0, new("HC", l.Code, l.Modifiers), l.Charge, 0m, l.Units, null, [new("472", l.DateOfService)], [new("CO", "50", l.Charge, null)], [], [], ["N115"])).ToList());
        var file = Path.Combine(Path.GetTempPath(), $"aetna-{Guid.NewGuid():N}.835");
        await File.WriteAllTextAsync(file, Era835Writer.Write([new(payerName, payerId, "RIVERSIDE FAMILY HEALTH", "1482736505", "AETNA-E2E-0001", new DateOnly(2026, 11, 20), [paid, denied])], "AETNA", "RCPRACTICE", 99, new DateTime(2026, 11, 20, 9, 0, 0)));
        try
        {
            var page = await app.SignInAsync("biller@demo.test");
            await page.ClickAsync("[data-testid=nav-remittances]");

            // The file input works once the page is interactive (its grids have loaded from the server).
            await AppFixture.WaitForInteractiveAsync(page);
            await Expect(page.Locator("[data-testid=suspense-grid]")).ToContainTextAsync("Rows per page");
            await page.Locator("[data-testid=era-file]").SetInputFilesAsync(file);
            var result = page.Locator("[data-testid=era-result]");
            await Expect(result).ToContainTextAsync("1 check(s) posted");
            await Expect(result).ToContainTextAsync("2 claims posted, 0 in suspense, 1 denial(s) to work");
            await AppFixture.ShotAsync(page, "remittances");

            // The paid claim shows the payment on its lines and the remit beside it.
            await page.GotoAsync($"/claims/{paidClaim.Id}");
            await Expect(page.Locator("[data-testid=claim-remits]")).ToContainTextAsync("AETNA-E2E-0001");
            await Expect(page.Locator("[data-testid=claim-status]")).ToHaveTextAsync("Paid");

            // The denial is on the worklist with its reason in words; the biller appeals it.
            await page.ClickAsync("[data-testid=nav-denials]");
            await page.Locator(Input("denials-search")).FillAsync(deniedClaim.ControlNumber);
            var row = page.Locator("[data-testid=denials-grid] tbody tr", new() { HasText = deniedClaim.ControlNumber });
            await Expect(row).ToContainTextAsync("CO-50");
            await Expect(row).ToContainTextAsync("medically necessary");
            await row.Locator("td").Nth(3).ClickAsync();
            await Expect(page.Locator("[data-testid=denial-panel]")).ToContainTextAsync(deniedClaim.ControlNumber);
            await page.Locator(Input("denial-argument")).FillAsync("The visit note documents the medical need; the records are attached.");
            await page.ClickAsync("[data-testid=denial-appeal]");
            var letter = page.Locator("[data-testid=denial-letter]");
            await Expect(letter).ToBeVisibleAsync();
            var pdf = await page.APIRequest.GetAsync(await letter.GetAttributeAsync("href") ?? "");
            Assert.Equal(200, pdf.Status);
            var text = string.Join(" ", PdfText.Extract(await pdf.BodyAsync()).Select(r => r.Text));
            Assert.Contains(deniedClaim.ControlNumber, text);
            Assert.Contains("records are attached", text);
            await Expect(row).ToContainTextAsync("Appealed");
            await AppFixture.ShotAsync(page, "denials");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Biller_EntersAPaperEob_ThatPostsOnceTheCheckBalances()
    {
        Claim claim;
        await using (var db = app.OpenDatabase())
        {
            var paperPayer = await db.Payers.SingleAsync(p => p.PayerIdCode == "MMBP1");
            claim = await db.Claims.Include(c => c.Lines).AsNoTracking()
                .Where(c => c.PayerId == paperPayer.Id && c.Status == ClaimStatus.Submitted && c.Lines.Count == 1)
                .OrderByDescending(c => c.Id).FirstAsync();
        }

        var line = claim.Lines[0];
        var paid = Math.Round(line.Charge * 0.7m, 2);
        var page = await app.SignInAsync("biller@demo.test");
        await page.ClickAsync("[data-testid=nav-remittances]");
        await AppFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Paper EOB" }).ClickAsync();
        await page.Locator(Input("eob-check")).FillAsync("EOB-E2E-77");
        await page.Locator(Input("eob-total")).FillAsync(paid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator(Input("eob-claim")).FillAsync(claim.ControlNumber);
        await page.ClickAsync("[data-testid=eob-add-claim]");
        var row = page.Locator("tr", new() { HasText = line.Code + " " });
        await row.Locator("input").Nth(0).FillAsync(paid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("input").Nth(1).FillAsync($"CO-45 {(line.Charge - paid).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        await page.ClickAsync("[data-testid=eob-post]");

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("EOB posted: 1 claim(s)");
        await page.GotoAsync($"/claims/{claim.Id}");
        await Expect(page.Locator("[data-testid=claim-ledger]")).ToContainTextAsync("EOB-E2E-77");
    }
}
