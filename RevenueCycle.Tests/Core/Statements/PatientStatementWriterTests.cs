using RevenueCycle.Core.Common;
using RevenueCycle.Core.Statements;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Statements;

public sealed class PatientStatementWriterTests
{
    private const double Tolerance = 0.6;

    internal static readonly StatementPractice Practice = new(
        "Riverside Family Medicine",
        new Address("234 Seaway St", "Suite 2", "Miami", "FL", "331110001"),
        "(305) 555-0100",
        "Pay online at pay.riverside.example with your account number, or call (305) 555-0100 Monday to Friday, 8 am to 5 pm.",
        new Address("PO Box 4410", null, "Miami", "FL", "331014410"));

    private static readonly StatementVisit OfficeVisit = new(
        new DateOnly(2026, 9, 14),
        "Ben Kildare, MD",
        [
            new StatementServiceLine("99214", "Office visit, established patient", 185.00m, 96.40m, 48.60m, 10.00m, 30.00m),
            new StatementServiceLine("85025", "Blood count", 32.00m, 12.80m, 11.20m, 0m, 8.00m),
        ]);

    private static readonly StatementVisit FluShot = new(
        new DateOnly(2026, 11, 2),
        "Ann Casey, PA-C",
        [new StatementServiceLine("90686", "", 48.00m, 0m, 0m, 0m, 48.00m)]);

    internal static PatientStatement NewStatement(IReadOnlyList<StatementVisit>? visits = null, string accountNumber = "MRN100234", string guarantor = "Jane Smith")
    {
        visits ??= [OfficeVisit, FluShot];
        var statementDate = new DateOnly(2026, 11, 20);
        return new PatientStatement(
            Practice,
            "Jane Smith",
            guarantor,
            new Address("12 Oak St", "Apt 3B", "Miami", "FL", "33111"),
            accountNumber,
            statementDate,
            statementDate.AddDays(25),
            "ST-2026-004512",
            visits,
            StatementAging.FromVisits(statementDate, visits),
            visits.SelectMany(v => v.Lines).Sum(l => l.PatientBalance),
            "Your insurance has paid its part. The balance is yours.");
    }

    private static List<StatementVisit> ManyVisits(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new StatementVisit(
                new DateOnly(2026, 1, 5).AddDays(7 * i),
                "Ben Kildare, MD",
                [new StatementServiceLine("99213", $"Office visit {i + 1}", 120m + i, 60m, 40m, 0m, 20m + i)]))
            .ToList();

    private static PdfTextRun Run(IReadOnlyList<PdfTextRun> runs, string text, int page = 1) =>
        Assert.Single(runs, r => r.Page == page && r.Text == text);

    /// <summary>The text drawn on the same baseline as <paramref name="row"/> ending at the money column's right edge.</summary>
    private static string[] AmountsBeside(IReadOnlyList<PdfTextRun> runs, PdfTextRun row) =>
        runs.Where(r => r.Page == row.Page && Math.Abs(r.Y - row.Y) < Tolerance && r.X > 292 && r.Text.StartsWith('$'))
            .OrderBy(r => r.X)
            .Select(r => r.Text)
            .ToArray();

    [Fact]
    public void GuarantorNameAndAddress_LieInTheWindowEnvelopeArea()
    {
        var runs = PdfText.Extract(PatientStatementWriter.Write([NewStatement(guarantor: "Robert Smith")]));
        var window = PatientStatementWriter.RecipientWindow;

        string[] expected = ["ROBERT SMITH", "12 OAK ST", "APT 3B", "MIAMI, FL 33111"];
        var lines = expected.Select(text => Run(runs, text)).ToList();

        Assert.All(lines, r => Assert.True(
            r.X >= window.Left - 0.01 && r.EndX <= window.Right && r.Y - r.FontSize >= window.Top && r.Y + 3 <= window.Bottom,
            $"'{r.Text}' at ({r.X:0.0}, {r.Y:0.0})-({r.EndX:0.0}) is outside the envelope window {window}."));
        Assert.Equal(lines.OrderBy(r => r.Y).Select(r => r.Text), expected);
        Assert.All(lines, r => Assert.Equal(window.Left, r.X, 1));
    }

    [Fact]
    public void EachServiceLine_CarriesItsAmountsOnItsOwnRow_RightAligned()
    {
        var runs = PdfText.Extract(PatientStatementWriter.Write([NewStatement()]));

        var visit = Run(runs, "99214");
        Assert.Equal(["$185.00", "$96.40", "$48.60", "$10.00", "$30.00"], AmountsBeside(runs, visit));
        Assert.Equal(visit.Y, Run(runs, "Office visit, established patient").Y, 1);

        var lab = Run(runs, "85025");
        Assert.Equal(["$32.00", "$12.80", "$11.20", "$0.00", "$8.00"], AmountsBeside(runs, lab));
        Assert.True(lab.Y > visit.Y);

        var flu = Run(runs, "90686");
        Assert.Equal(["$48.00", "$0.00", "$0.00", "$0.00", "$48.00"], AmountsBeside(runs, flu));

        // Right-aligned: every amount in a column ends at the same x.
        var balances = runs.Where(r => r.Text is "$30.00" or "$8.00" or "$48.00" && r.X > 500).ToList();
        Assert.True(balances.Count >= 3);
        Assert.All(balances, r => Assert.Equal(balances[0].EndX, r.EndX, 1));

        // The visit's date and provider head its lines.
        var date = Run(runs, "09/14/2026");
        Assert.True(date.Y < visit.Y);
        Assert.Equal(date.Y, Run(runs, "Ben Kildare, MD").Y, 1);
    }

    [Fact]
    public void Totals_Aging_AndAmountDue_ArePrintedOnTheLastPage()
    {
        var runs = PdfText.Extract(PatientStatementWriter.Write([NewStatement()]));

        // Totals: 185 + 32 + 48 charge; 96.40 + 12.80 paid; 48.60 + 11.20 adjusted; 10 patient paid; 30 + 8 + 48 balance.
        var totals = Run(runs, "Totals");
        Assert.Equal(["$265.00", "$109.20", "$59.80", "$10.00", "$86.00"], AmountsBeside(runs, totals));

        // Statement 11/20/2026: the 11/02 visit is 18 days old (current), the 09/14 visit 67 days (61-90).
        var current = Run(runs, "Current");
        var d61 = Run(runs, "61-90 days");
        var due = Run(runs, "AMOUNT DUE");
        var agingValues = runs.Where(r => r.Page == 1 && r.Y > current.Y && r.Y < current.Y + 30 && r.Text.StartsWith('$')).OrderBy(r => r.X).ToList();
        Assert.Equal(["$48.00", "$0.00", "$38.00", "$0.00", "$0.00", "$86.00"], agingValues.Select(r => r.Text));
        Assert.True(agingValues[2].X > d61.X - 30 && agingValues[2].X < d61.EndX + 30);
        Assert.True(agingValues[5].EndX > due.X);

        Assert.Contains(runs, r => r.Text == "Your insurance has paid its part. The balance is yours.");
        var stubDue = Run(runs, "Amount due");
        Assert.True(stubDue.Y > PatientStatementWriter.TearLine);
        Assert.Contains(runs, r => r.Text == "$86.00" && Math.Abs(r.Y - stubDue.Y) < 2 && r.EndX <= PatientStatementWriter.RightMargin);
    }

    [Fact]
    public void Aging_BucketsEachVisitsPatientBalanceByDaysSinceService()
    {
        var asOf = new DateOnly(2026, 12, 31);
        StatementVisit Visit(DateOnly date, decimal balance) => new(date, "X", [new StatementServiceLine("99213", "", balance, 0, 0, 0, balance)]);

        var aging = StatementAging.FromVisits(asOf, [
            Visit(asOf.AddDays(-30), 1m),
            Visit(asOf.AddDays(-31), 2m),
            Visit(asOf.AddDays(-60), 4m),
            Visit(asOf.AddDays(-61), 8m),
            Visit(asOf.AddDays(-120), 16m),
            Visit(asOf.AddDays(-121), 32m),
            Visit(asOf.AddDays(2), 64m),
        ]);

        Assert.Equal(new StatementAging(65m, 6m, 8m, 16m, 32m), aging);
        Assert.Equal(127m, aging.Total);
    }

    [Fact]
    public void FortyVisits_ContinueOnFurtherPages_WithTheHeaderRepeated_AndTheStubOnlyOnTheLastPage()
    {
        var statement = NewStatement(ManyVisits(40));
        var pdf = PatientStatementWriter.Write([statement]);
        var runs = PdfText.Extract(pdf);
        var pages = PdfText.PageCount(pdf);

        Assert.True(pages >= 3, $"40 visits fit on {pages} page(s).");
        Assert.Equal(pages, PatientStatementWriter.PageCount(statement));
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains(runs, r => r.Page == page && r.Text == "Riverside Family Medicine");
            Assert.Contains(runs, r => r.Page == page && r.Text == "MRN100234");
            Assert.Contains(runs, r => r.Page == page && r.Text == $"{page} of {pages}");
            var last = page == pages;
            Assert.Equal(last, runs.Any(r => r.Page == page && r.Text == "Amount enclosed"));
            Assert.Equal(last, runs.Any(r => r.Page == page && r.Text == "Totals"));
            Assert.Equal(!last, runs.Any(r => r.Page == page && r.Text == "Continued on next page"));
            Assert.Equal(page > 1, runs.Any(r => r.Page == page && r.Text == "STATEMENT (continued)"));
        }

        // Every visit is printed exactly once, in order, and nothing runs into the stub or off the page.
        var visits = runs.Where(r => r.Text.StartsWith("Office visit ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"Office visit {i}"), visits.Select(r => r.Text));
        Assert.Equal(visits, visits.OrderBy(r => r.Page).ThenBy(r => r.Y));
        Assert.All(visits.Where(r => r.Page == pages), r => Assert.True(r.Y < PatientStatementWriter.TearLine - 60));
        Assert.All(runs, r => Assert.True(r.Y < 792 && r.EndX <= PatientStatementWriter.RightMargin + Tolerance, $"'{r.Text}' page {r.Page} at ({r.X:0.0}, {r.Y:0.0}) runs off the page."));

        // Totals: sum of 120..159 charges and 20..59 balances.
        Assert.Equal(["$5,580.00", "$2,400.00", "$1,600.00", "$0.00", "$1,580.00"], AmountsBeside(runs, Run(runs, "Totals", pages)));
    }

    [Fact]
    public void SeveralPatients_EachStartOnANewPage_WithTheirOwnStub()
    {
        var pdf = PatientStatementWriter.Write([NewStatement(), NewStatement(ManyVisits(40), accountNumber: "MRN200777")]);
        var runs = PdfText.Extract(pdf);
        var second = 1 + PatientStatementWriter.PageCount(NewStatement());

        Assert.Equal(1 + PatientStatementWriter.PageCount(NewStatement(ManyVisits(40))), PdfText.PageCount(pdf));
        Assert.Contains(runs, r => r.Page == 1 && r.Text == "Amount enclosed");
        Assert.Contains(runs, r => r.Page == second && r.Text == "MRN200777");
        Assert.DoesNotContain(runs, r => r.Page == second && r.Text == "Amount enclosed");
        Assert.Equal(2, runs.Count(r => r.Text == "Amount enclosed"));
    }

    [Fact]
    public void LongDescriptions_WrapWithinTheServiceColumn()
    {
        var visit = new StatementVisit(new DateOnly(2026, 11, 2), "Ben Kildare, MD",
            [new StatementServiceLine("97110", "Therapeutic exercise to build strength, endurance, range of motion and flexibility, each 15 minutes", 90m, 0m, 0m, 0m, 90m)]);
        var runs = PdfText.Extract(PatientStatementWriter.Write([NewStatement([visit])]));

        var code = Run(runs, "97110");
        var description = runs.Where(r => r.X > 140 && r.X < 150 && r.Y >= code.Y - Tolerance && r.Y < code.Y + 40).OrderBy(r => r.Y).ToList();
        Assert.True(description.Count >= 2);
        Assert.All(description, r => Assert.True(r.EndX < 296));
        Assert.Equal(["$90.00", "$0.00", "$0.00", "$0.00", "$90.00"], AmountsBeside(runs, code));
    }

    [Fact]
    public void Money_IsInvariant_WithDollarSignAndTwoDecimals()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var runs = PdfText.Extract(PatientStatementWriter.Write([NewStatement(ManyVisits(40))]));

            Assert.Contains(runs, r => r.Text == "$5,580.00");
            Assert.Contains(runs, r => r.Text == "01/05/2026");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Write_WithoutStatements_Throws()
    {
        Assert.Throws<ArgumentException>(() => PatientStatementWriter.Write([]));
    }

    [Fact]
    public void RenderPng_DrawsTheRequestedPage()
    {
        var png = PatientStatementWriter.RenderPng([NewStatement()], pageIndex: 0, scale: 1f);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(612, bitmap.Width);
        Assert.Equal(792, bitmap.Height);
        Assert.Throws<ArgumentOutOfRangeException>(() => PatientStatementWriter.RenderPng([NewStatement()], pageIndex: 1));
    }
}
