using RevenueCycle.Core.Common;
using RevenueCycle.Core.Denials;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Denials;

public sealed class AppealLetterTests
{
    private const double Tolerance = 0.6;

    internal const string Argument =
        "The visit note documents a separately identifiable evaluation and management service on the day of the minor procedure: "
        + "the patient presented with new chest pain, which was examined, worked up with an ECG and managed independently of the "
        + "scheduled lesion removal. Modifier 25 was appended to the office visit accordingly, and the diagnosis pointers on the "
        + "claim link each service to its own diagnosis.";

    internal static AppealFacts Facts(string argument = Argument, string? payerClaimNumber = "PCN-778812-01") => new(
        "Key Insurance Company",
        new Address("PO Box 1234", null, "Atlanta", "GA", "303011234"),
        "Jane Smith",
        "MEM123456",
        "CLM-2026-0042",
        payerClaimNumber,
        new DateOnly(2026, 9, 14),
        "Ben Kildare, MD",
        "1999999984",
        "50",
        null,
        ["N115", "M127"],
        1234.5m,
        argument,
        new DateOnly(2026, 11, 20),
        "Riverside Family Medicine",
        new Address("234 Seaway St", "Suite 2", "Miami", "FL", "331110001"),
        "Maria Lopez")
    {
        PracticePhone = "(305) 555-0100",
        SignerTitle = "Billing Manager",
    };

    private static AppealLetter Fill(AppealFacts facts, AppealTemplate? template = null)
    {
        var result = AppealTemplate.Fill(template ?? AppealTemplate.Default, facts);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Letter!;
    }

    /// <summary>The page's text in reading order, one string per run.</summary>
    private static List<PdfTextRun> Reading(IReadOnlyList<PdfTextRun> runs) =>
        runs.OrderBy(r => r.Page).ThenBy(r => Math.Round(r.Y, 1)).ThenBy(r => r.X).ToList();

    private static int IndexOf(List<PdfTextRun> ordered, Func<PdfTextRun, bool> match)
    {
        var index = ordered.FindIndex(r => match(r));
        Assert.True(index >= 0, "Expected text not found in the letter.");
        return index;
    }

    [Fact]
    public void Fill_DefaultTemplate_SubstitutesEveryFact_AndLeavesNoBraces()
    {
        var letter = Fill(Facts());

        Assert.Equal(["Riverside Family Medicine", "234 Seaway St", "Suite 2", "Miami, FL 33111-0001", "(305) 555-0100"], letter.Letterhead);
        Assert.Equal("November 20, 2026", letter.Date);
        Assert.Equal(["Key Insurance Company", "Attn: Appeals and Reconsiderations", "PO Box 1234", "Atlanta, GA 30301-1234"], letter.Recipient);
        Assert.Contains(new AppealReferenceLine("Member ID", "MEM123456"), letter.Reference);
        Assert.Contains(new AppealReferenceLine("Payer claim number", "PCN-778812-01"), letter.Reference);
        Assert.Contains(new AppealReferenceLine("Date of service", "09/14/2026"), letter.Reference);
        Assert.Contains(new AppealReferenceLine("Denial reason", "CARC 50 (Payer does not consider the service medically necessary)"), letter.Reference);
        Assert.Contains(new AppealReferenceLine("Remark codes", "N115, M127"), letter.Reference);
        Assert.Contains(new AppealReferenceLine("Amount in dispute", "$1,234.50"), letter.Reference);
        Assert.Contains(Argument, letter.Paragraphs);
        Assert.Equal(["Sincerely,", "", "", "Maria Lopez", "Billing Manager", "Riverside Family Medicine"], letter.Signature);
        var all = string.Join("\n", letter.Letterhead.Concat(letter.Recipient).Concat(letter.Paragraphs).Concat(letter.Signature).Concat(letter.Reference.Select(r => r.Value)));
        Assert.DoesNotContain("{", all, StringComparison.Ordinal);
        Assert.DoesNotContain("}", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_LeavesOutReferenceLinesAndSignatureLinesWhoseFactIsMissing()
    {
        var letter = Fill(Facts(payerClaimNumber: null) with { RemarkCodes = [], SignerTitle = null });

        Assert.DoesNotContain(letter.Reference, r => r.Label is "Payer claim number" or "Remark codes");
        Assert.Equal(["Sincerely,", "", "", "Maria Lopez", "Riverside Family Medicine"], letter.Signature);
    }

    [Fact]
    public void Fill_UnknownPlaceholders_AreReportedByName_InsteadOfPrinted()
    {
        var template = AppealTemplate.Default with { Body = "Claim {ClaimNo} for {PatientName} was denied; see {Reason} and {ClaimNo} again." };

        var result = AppealTemplate.Fill(template, Facts());

        Assert.False(result.Succeeded);
        Assert.Null(result.Letter);
        Assert.Equal(["{ClaimNo}", "{Reason}"], result.UnknownPlaceholders);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("{ClaimNo}", result.Errors[0], StringComparison.Ordinal);
        Assert.Contains("body", result.Errors[0], StringComparison.Ordinal);
        Assert.Contains("{Reason}", result.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_StrayBrace_IsReported_AndDoubledBracesPrintOne()
    {
        var broken = AppealTemplate.Fill(AppealTemplate.Default with { Reference = "Patient: {PatientName\nMember ID: {MemberId}" }, Facts());
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Errors, e => e.Contains("'{'", StringComparison.Ordinal) && e.Contains("reference block", StringComparison.Ordinal));

        var letter = Fill(Facts(), AppealTemplate.Default with { Body = "Set {{braces}} around {MemberId}." });
        Assert.Equal(["Set {braces} around MEM123456."], letter.Paragraphs);
    }

    [Fact]
    public void Fill_WithoutAnArgument_IsRefused()
    {
        var result = AppealTemplate.Fill(AppealTemplate.Default, Facts(argument: "  "));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("argument", StringComparison.Ordinal));
    }

    [Fact]
    public void Fill_FactsContainingBraces_ArePrintedAsWritten()
    {
        var letter = Fill(Facts(argument: "See note {PatientName} verbatim."));

        Assert.Contains("See note {PatientName} verbatim.", letter.Paragraphs);
    }

    [Fact]
    public void Write_PrintsLetterhead_Date_Recipient_Reference_Argument_AndSignature_InOrder()
    {
        var pdf = AppealLetterWriter.Write(Fill(Facts()));
        var ordered = Reading(PdfText.Extract(pdf));

        Assert.Equal(1, PdfText.PageCount(pdf));
        var steps = new[]
        {
            IndexOf(ordered, r => r.Text == "Riverside Family Medicine"),
            IndexOf(ordered, r => r.Text == "November 20, 2026"),
            IndexOf(ordered, r => r.Text == "Key Insurance Company"),
            IndexOf(ordered, r => r.Text == "RE:"),
            IndexOf(ordered, r => r.Text == "Jane Smith"),
            IndexOf(ordered, r => r.Text == "MEM123456"),
            IndexOf(ordered, r => r.Text == "CLM-2026-0042"),
            IndexOf(ordered, r => r.Text == "PCN-778812-01"),
            IndexOf(ordered, r => r.Text == "09/14/2026"),
            IndexOf(ordered, r => r.Text == "$1,234.50"),
            IndexOf(ordered, r => r.Text.StartsWith("Riverside Family Medicine respectfully requests", StringComparison.Ordinal)),
            IndexOf(ordered, r => r.Text.StartsWith("The visit note documents", StringComparison.Ordinal)),
            IndexOf(ordered, r => r.Text.StartsWith("For these reasons", StringComparison.Ordinal)),
            IndexOf(ordered, r => r.Text == "Sincerely,"),
            IndexOf(ordered, r => r.Text == "Maria Lopez"),
        };
        Assert.Equal(steps.Order(), steps);

        // The argument is printed whole: its lines, joined, give back the paragraph.
        var start = steps[11];
        var argumentText = string.Join(" ", ordered.Skip(start).TakeWhile(r => !r.Text.StartsWith("For these reasons", StringComparison.Ordinal)).Select(r => r.Text));
        Assert.Equal(Argument, argumentText);
    }

    [Fact]
    public void Write_PlacesThePayerAddressInTheEnvelopeWindow()
    {
        var runs = PdfText.Extract(AppealLetterWriter.Write(Fill(Facts())));
        var window = RevenueCycle.Core.Statements.PatientStatementWriter.RecipientWindow;

        foreach (var text in new[] { "Key Insurance Company", "PO Box 1234", "Atlanta, GA 30301-1234" })
        {
            var run = Assert.Single(runs, r => r.Text == text);
            Assert.True(run.X >= window.Left - 0.01 && run.EndX <= window.Right && run.Y - run.FontSize >= window.Top && run.Y + 3 <= window.Bottom, $"'{text}' at ({run.X:0.0}, {run.Y:0.0}) is outside the window.");
        }
    }

    [Fact]
    public void Write_WrapsLongParagraphs_AndLongWords_WithinTheMargins()
    {
        var url = "https://records.riverside.example/portal/documents/visit-notes/2026/09/14/" + new string('x', 120) + "/ecg.pdf";
        var argument = string.Join(" ", Enumerable.Repeat("The documentation supports the separately identifiable service billed with modifier 25.", 12)) + " See " + url + " for the tracing.";
        var runs = PdfText.Extract(AppealLetterWriter.Write(Fill(Facts(argument: argument))));

        Assert.All(runs, r => Assert.True(
            r.X >= AppealLetterWriter.LeftMargin - Tolerance && r.EndX <= AppealLetterWriter.RightMargin + Tolerance,
            $"'{r.Text}' runs from {r.X:0.0} to {r.EndX:0.0}, outside the margins."));
        var bodyLines = runs.Where(r => r.Text.Contains("modifier", StringComparison.Ordinal) || r.Text.Contains("xxxx", StringComparison.Ordinal)).ToList();
        Assert.True(bodyLines.Count >= 6);

        // The long address is broken between characters and nothing of it is lost.
        var pieces = runs.Where(r => r.Text.Contains("xxxx", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count >= 2);
        Assert.Contains(new string('x', 120), string.Concat(pieces.Select(r => r.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongLetter_ContinuesOnPage2_WithTheClaimHeader()
    {
        var argument = string.Join("\n\n", Enumerable.Range(1, 9).Select(i =>
            $"Point {i}. " + string.Join(" ", Enumerable.Repeat("The record shows the history, the examination and the decision making that support the level of service billed.", 4))));
        var letter = Fill(Facts(argument: argument));
        var pdf = AppealLetterWriter.Write(letter);
        var runs = PdfText.Extract(pdf);
        var pages = PdfText.PageCount(pdf);

        Assert.True(pages >= 2);
        Assert.Equal(pages, AppealLetterWriter.PageCount(letter));
        Assert.DoesNotContain(runs, r => r.Page == 1 && r.Text.StartsWith("Appeal \u2013", StringComparison.Ordinal));
        for (var page = 2; page <= pages; page++)
        {
            var header = Assert.Single(runs, r => r.Page == page && r.Text == $"Appeal \u2013 claim CLM-2026-0042 \u2013 page {page}");
            Assert.True(header.Y < 72 && header.FontSize < 10);
            Assert.True(runs.Where(r => r.Page == page && r != header).All(r => r.Y > header.Y + 20));
        }

        Assert.All(runs, r => Assert.True(r.Y <= AppealLetterWriter.BottomMargin + Tolerance, $"'{r.Text}' at {r.Y:0.0} is below the bottom margin."));
        var points = Reading(runs).Where(r => r.Text.StartsWith("Point ", StringComparison.Ordinal)).Select(r => r.Text[..7]).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"Point {i}"), points);

        // The closing and the signer stay together.
        Assert.Equal(Assert.Single(runs, r => r.Text == "Sincerely,").Page, Assert.Single(runs, r => r.Text == "Maria Lopez").Page);
    }

    [Fact]
    public void RenderPng_DrawsTheLetter()
    {
        var png = AppealLetterWriter.RenderPng(Fill(Facts()), pageIndex: 0, scale: 1f);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(612, bitmap.Width);
        Assert.Equal(792, bitmap.Height);
    }
}
