using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class ClaimsWorkflowTests(AppFixture app)
{
    private static string Input(string testId) => $"input[data-testid={testId}], [data-testid={testId}] input";

    private static async Task ChooseAsync(IPage page, string testId, string label)
    {
        await page.ClickAsync($"[data-testid={testId}]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = label }).First.ClickAsync();
    }

    [Fact]
    public async Task Biller_ScrubsFindsAHeldClaim_FixesIt_SubmitsTheBatch_AndDownloadsIts837P()
    {
        // A ready office-visit claim to Medicare (a year to file, so nothing else holds it).
        string controlNumber;
        await using (var db = app.OpenDatabase())
        {
            var medicare = await db.Payers.SingleAsync(p => p.ClaimFilingIndicator == "MB");
            controlNumber = await db.Claims
                .Where(c => c.Status == ClaimStatus.Ready && c.PayerId == medicare.Id && c.Lines.Count == 1 && c.PriorAuthorizationNumber == null && c.Lines.Any(l => l.Code.StartsWith("992")))
                .OrderByDescending(c => c.ServiceFromDate).ThenBy(c => c.Id)
                .Select(c => c.ControlNumber)
                .FirstAsync();
        }

        // A manager makes a payer rule on the rules page, tries it on recent claims, and saves it.
        var manager = await app.SignInAsync("manager@demo.test");
        await manager.ClickAsync("[data-testid=nav-payer-rules]");
        await manager.ClickAsync("[data-testid=rule-new]");
        await manager.Locator(Input("rule-name")).FillAsync("Medicare office visits need authorization (test)");
        await ChooseAsync(manager, "rule-scope", "One payer");
        await ChooseAsync(manager, "rule-payer", "Medicare Part B");
        await ChooseAsync(manager, "rule-operator-0", "starts with");
        await manager.Locator(Input("rule-value-0")).FillAsync("992");
        await manager.ClickAsync("[data-testid=rule-add-condition]");
        await ChooseAsync(manager, "rule-field-1", "Prior authorization number");
        await ChooseAsync(manager, "rule-operator-1", "is empty");
        await manager.Locator(Input("rule-message")).FillAsync("Medicare wants prior authorization for this visit.");
        await manager.ClickAsync("[data-testid=rule-try]");
        await Expect(manager.Locator("[data-testid=rule-trial]")).ToContainTextAsync("the rule flags");
        await AppFixture.ShotAsync(manager, "payer-rule");
        await manager.ClickAsync("[data-testid=rule-save]");
        await Expect(manager.Locator("[data-testid=rules-table]")).ToContainTextAsync("Medicare office visits need authorization (test)");

        var page = await app.SignInAsync("biller@demo.test");
        await page.ClickAsync("[data-testid=nav-claims]");
        await page.Locator(Input("claims-search")).FillAsync(controlNumber);
        var grid = page.Locator("[data-testid=claims-grid]");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(grid).ToContainTextAsync(controlNumber);
        await AppFixture.ShotAsync(page, "claims-worklist");

        // Scrub from the worklist: the claim is held with the reason.
        await grid.Locator("tbody tr input[type=checkbox]").First.CheckAsync();
        await Expect(page.Locator("[data-testid=claims-selected-count]")).ToHaveTextAsync("1 selected");
        await page.ClickAsync("[data-testid=claims-scrub]");
        await Expect(grid.Locator("tbody tr")).ToContainTextAsync("Held");
        await Expect(grid.Locator("tbody tr")).ToContainTextAsync("Medicare wants prior authorization");

        // Open the claim: the finding links to the field to fix.
        await page.ClickAsync($"[data-testid=claim-link]:has-text('{controlNumber}')");
        await Expect(page.Locator("[data-testid=claim-status]")).ToHaveTextAsync("Held");
        var finding = page.Locator("[data-testid=scrub-finding]", new() { HasText = "PAYER:Medicare office visits" });
        await Expect(finding).ToBeVisibleAsync();
        await Expect(finding.Locator("[data-testid=scrub-fix-link]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("#field-line-1$"));
        await AppFixture.ShotAsync(page, "claim-held");

        await page.Locator(Input("claim-prior-auth")).FillAsync("MCR-AUTH-7781");
        await page.ClickAsync("[data-testid=claim-save-details]");
        await Expect(page.Locator("[data-testid=claim-timeline]")).ToContainTextAsync("prior authorization (none) → MCR-AUTH-7781");

        // Scrub and submit: it passes and goes out in a batch.
        await page.ClickAsync("[data-testid=claim-submit]");
        await Expect(page.Locator("[data-testid=claim-status]")).ToHaveTextAsync("Submitted");
        await Expect(page.Locator("[data-testid=claim-acks]")).ToContainTextAsync("837P");
        await AppFixture.ShotAsync(page, "claim-submitted");

        // Download the batch's 837P from the batches page.
        int controlNumberOfBatch;
        await using (var db = app.OpenDatabase())
        {
            var claimId = await db.Claims.Where(c => c.ControlNumber == controlNumber).Select(c => c.Id).SingleAsync();
            controlNumberOfBatch = await db.ClaimSubmissions.Where(s => s.ClaimId == claimId).Select(s => s.SubmissionBatch!.InterchangeControlNumber).SingleAsync();
        }

        await page.ClickAsync("[data-testid=nav-batches]");
        var row = page.Locator("[data-testid=batches-grid] tbody tr", new() { HasText = controlNumberOfBatch.ToString("D9") });
        await Expect(row).ToBeVisibleAsync();
        await AppFixture.ShotAsync(page, "batches");
        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("[data-testid=batch-download]").ClickAsync());
        var path = await download.PathAsync();
        var parsed = Claim837Reader.Read(await File.ReadAllTextAsync(path!, Encoding.ASCII));

        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(controlNumberOfBatch, parsed.Value!.Envelope.InterchangeControlNumber);
        var written = Assert.Single(parsed.Value.Claims, c => c.PatientControlNumber == controlNumber);
        Assert.Equal("MCR-AUTH-7781", written.PriorAuthorization);

        // The same claim prints as a CMS-1500 with the authorization in box 23.
        int id;
        await using (var db = app.OpenDatabase())
        {
            id = await db.Claims.Where(c => c.ControlNumber == controlNumber).Select(c => c.Id).SingleAsync();
        }

        var form = await page.APIRequest.GetAsync($"/claims/{id}/cms1500.pdf");
        Assert.Equal(200, form.Status);
        Assert.Equal("application/pdf", form.Headers["content-type"]);
        var box23 = RevenueCycle.Core.Claims.Paper.Cms1500Layout.Box("23");
        Assert.Contains(PdfText.Extract(await form.BodyAsync()), r => r.Text.Contains("MCR-AUTH-7781") && box23.Contains(r.X, r.Y));
    }
}
