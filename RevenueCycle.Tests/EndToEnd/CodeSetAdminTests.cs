using Microsoft.Playwright;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class CodeSetAdminTests(AppFixture app)
{
    [Fact]
    public async Task Admin_UploadsTheHcpcsFile_SeesThePreview_AndAppliesIt()
    {
        var page = await app.SignInAsync("admin@demo.test");
        await page.ClickAsync("[data-testid=nav-code-sets]");
        await SelectKindAsync(page, "HCPCS Level II");

        await page.SetInputFilesAsync("[data-testid=import-file]", SharedData.PathOf("hcpcs/HCPC2026_JAN_ANWEB-first-records.txt"));

        var preview = page.Locator("[data-testid=import-preview]");
        await Assertions.Expect(preview).ToContainTextAsync("Preview of HCPC2026_JAN_ANWEB-first-records.txt");
        await Assertions.Expect(preview).ToContainTextAsync("6 added");
        await page.ClickAsync("[data-testid=import-apply]");
        await Assertions.Expect(preview).ToContainTextAsync("Applied");
        await Assertions.Expect(page.Locator("[data-testid=code-set-releases]")).ToContainTextAsync("HCPCS Level II");
    }

    [Fact]
    public async Task Admin_UploadsABrokenFile_GetsTheLineNumber_AndNothingIsApplied()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-order-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(broken,
        [
            "00001 A00     0 Cholera                                                      Cholera",
            "00002 A000    x Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio cholerae 01, biovar cholerae",
        ]);
        try
        {
            var page = await app.SignInAsync("admin@demo.test");
            await page.ClickAsync("[data-testid=nav-code-sets]");
            await SelectKindAsync(page, "ICD-10-CM order file");

            await page.SetInputFilesAsync("[data-testid=import-file]", broken);

            var error = page.Locator("[data-testid=import-error]");
            await Assertions.Expect(error).ToContainTextAsync("Line 2");
            await Assertions.Expect(error).ToContainTextAsync("Nothing was applied");
            await Assertions.Expect(page.Locator("[data-testid=import-apply]")).ToHaveCountAsync(0);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static async Task SelectKindAsync(IPage page, string label)
    {
        await page.ClickAsync("[data-testid=import-kind]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = label }).First.ClickAsync();
    }
}
