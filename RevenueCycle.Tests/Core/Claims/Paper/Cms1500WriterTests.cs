using RevenueCycle.Core.Claims.Paper;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Common.Pdf;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Claims.Paper;

public sealed class Cms1500WriterTests
{
    private const double Tolerance = 0.6;

    private static readonly BillingProvider837 Billing = new(
        "RIVERSIDE FAMILY MEDICINE", "1234567893", "58-7654321", new Address("234 SEAWAY ST", "SUITE 2", "MIAMI", "FL", "331110001"), "207Q00000X");

    internal static Claim837 NewClaim(
        int lineCount = 2,
        string relationship = Subscriber837.Self,
        Patient837? patient = null,
        string frequency = "1",
        string? payerClaimControlNumber = null,
        IReadOnlyList<string>? diagnoses = null,
        string filingIndicator = "CI")
    {
        var lines = Enumerable.Range(1, lineCount)
            .Select(n => new ServiceLine837(new DateOnly(2026, 11, 2).AddDays(n - 1), $"9{n:0000}", n == 1 ? ["25", "GT"] : [], 100m + n + 0.25m, n == 1 ? 1 : 2, n == 1 ? [1, 2] : [2], $"L{n}"))
            .ToList();
        return new Claim837(
            Billing,
            new Subscriber837("SMITH", "JANE", "MEM123456", new DateOnly(1980, 5, 1), Sex.Female,
                new Address("12 OAK ST", null, "MIAMI", "FL", "33111"), "GRP77", relationship, 'P', filingIndicator),
            patient,
            new Payer837("KEY INSURANCE", "66783"),
            "PCN1001",
            lines.Sum(l => l.Charge),
            "11",
            frequency,
            payerClaimControlNumber,
            "AUTH555",
            diagnoses ?? ["E11.9", "I10"],
            new Provider837("KILDARE", "BEN", "1999999984", "207Q00000X"),
            new Provider837("CASEY", "ANN", "1811111117"),
            new ServiceFacility837("RIVERSIDE CLINIC", "1588888889", new Address("9 BAY RD", null, "MIAMI", "FL", "331120002")),
            lines);
    }

    private static IReadOnlyList<PdfTextRun> Runs(Cms1500Mode mode, params Cms1500Claim[] claims) =>
        PdfText.Extract(Cms1500Writer.Write(claims, mode));

    private static IReadOnlyList<PdfTextRun> Runs(params Cms1500Claim[] claims) => Runs(Cms1500Mode.DataOnly, claims);

    /// <summary>The one run on <paramref name="page"/> that starts at the field's position, asserted to lie inside the field's box.</summary>
    private static PdfTextRun At(IReadOnlyList<PdfTextRun> runs, int page, Cms1500Field field)
    {
        var box = Cms1500Layout.Box(field.Box);
        var matches = runs.Where(r => r.Page == page && Math.Abs(r.Y - field.Baseline) < Tolerance && r.X >= field.X - Tolerance && r.X < field.Right - 1).ToList();
        var run = Assert.Single(matches);
        Assert.True(box.Contains(run.X, run.Y) && run.EndX <= box.Right + Tolerance, $"'{run.Text}' at ({run.X:0.0}, {run.Y:0.0}) is outside box {box.Id}.");
        return run;
    }

    private static string TextAt(IReadOnlyList<PdfTextRun> runs, int page, Cms1500Field field) => At(runs, page, field).Text;

    private static bool HasTextAt(IReadOnlyList<PdfTextRun> runs, int page, Cms1500Field field) =>
        runs.Any(r => r.Page == page && Math.Abs(r.Y - field.Baseline) < Tolerance && r.X >= field.X - Tolerance && r.X < field.Right - 1);

    [Fact]
    public void InsuredId_IsPrintedInBox1a_AtItsLayoutPosition()
    {
        var runs = Runs(new Cms1500Claim(NewClaim()));

        var run = At(runs, 1, Cms1500Layout.InsuredId);

        Assert.Equal("MEM123456", run.Text);
        Assert.Equal(Cms1500Layout.ColumnLeft(51), run.X, 1);
        // Box 1a: columns 50-80 of print lines 7-8, a quarter inch grid origin, 10 cpi and 6 lpi.
        Assert.Equal(18 + (49 * 7.2), Cms1500Layout.Box("1a").Left, 3);
        Assert.Equal(18 + (6 * 12), Cms1500Layout.Box("1a").Top, 3);
        Assert.Equal(18 + (7 * 12) + 9.5, run.Y, 1);
    }

    [Fact]
    public void PatientAndInsured_ArePrintedLastNameFirst_InBoxes2And4_WithBirthDateAndSex()
    {
        var child = new Patient837("SMITH", "TOMMY", new DateOnly(2015, 3, 9), Sex.Male, new Address("12 OAK ST", null, "MIAMI", "FL", "33111"));
        var runs = Runs(new Cms1500Claim(NewClaim(relationship: "19", patient: child)) { PatientPhone = "(305) 555-1212" });

        Assert.Equal("SMITH, TOMMY", TextAt(runs, 1, Cms1500Layout.PatientName));
        Assert.Equal("SMITH, JANE", TextAt(runs, 1, Cms1500Layout.InsuredName));
        Assert.Equal("03", TextAt(runs, 1, Cms1500Layout.PatientBirthMonth));
        Assert.Equal("09", TextAt(runs, 1, Cms1500Layout.PatientBirthDay));
        Assert.Equal("2015", TextAt(runs, 1, Cms1500Layout.PatientBirthYear));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.PatientMale));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.PatientFemale));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.RelationshipChild));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.RelationshipSelf));
        Assert.Equal("05", TextAt(runs, 1, Cms1500Layout.InsuredBirthMonth));
        Assert.Equal("1980", TextAt(runs, 1, Cms1500Layout.InsuredBirthYear));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.InsuredFemale));
        Assert.Equal("305", TextAt(runs, 1, Cms1500Layout.PatientPhoneArea));
        Assert.Equal("5551212", TextAt(runs, 1, Cms1500Layout.PatientPhoneNumber));
        Assert.Equal("12 OAK ST", TextAt(runs, 1, Cms1500Layout.PatientStreet));
        Assert.Equal("MIAMI", TextAt(runs, 1, Cms1500Layout.PatientCity));
        Assert.Equal("FL", TextAt(runs, 1, Cms1500Layout.PatientState));
    }

    [Fact]
    public void Diagnoses_ArePrintedWithoutTheDot_InBox21_FourToARow()
    {
        string[] diagnoses = ["E11.9", "I10", "J45.909", "M54.50", "Z79.4"];
        var runs = Runs(new Cms1500Claim(NewClaim(diagnoses: diagnoses)));

        Assert.Equal("0", TextAt(runs, 1, Cms1500Layout.IcdIndicator));
        Assert.Equal("E119", TextAt(runs, 1, Cms1500Layout.Diagnosis(0)));
        Assert.Equal("I10", TextAt(runs, 1, Cms1500Layout.Diagnosis(1)));
        Assert.Equal("J45909", TextAt(runs, 1, Cms1500Layout.Diagnosis(2)));
        Assert.Equal("M5450", TextAt(runs, 1, Cms1500Layout.Diagnosis(3)));
        // E starts the second row, under A.
        var e = At(runs, 1, Cms1500Layout.Diagnosis(4));
        Assert.Equal("Z794", e.Text);
        var a = At(runs, 1, Cms1500Layout.Diagnosis(0));
        Assert.Equal(a.X, e.X, 1);
        Assert.Equal(a.Y + Cms1500Layout.LineHeight, e.Y, 1);
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.Diagnosis(5)));
    }

    [Fact]
    public void ServiceLine_PrintsEachItemIn24AThrough24J()
    {
        var runs = Runs(new Cms1500Claim(NewClaim()));
        var row = Cms1500Layout.ServiceLine(0);

        Assert.Equal("11", TextAt(runs, 1, row.FromMonth));
        Assert.Equal("02", TextAt(runs, 1, row.FromDay));
        Assert.Equal("26", TextAt(runs, 1, row.FromYear));
        Assert.Equal("11", TextAt(runs, 1, row.ToMonth));
        Assert.Equal("02", TextAt(runs, 1, row.ToDay));
        Assert.Equal("26", TextAt(runs, 1, row.ToYear));
        Assert.Equal("11", TextAt(runs, 1, row.PlaceOfService));
        Assert.Equal("90001", TextAt(runs, 1, row.Procedure));
        Assert.Equal("25", TextAt(runs, 1, row.Modifiers[0]));
        Assert.Equal("GT", TextAt(runs, 1, row.Modifiers[1]));
        Assert.False(HasTextAt(runs, 1, row.Modifiers[2]));
        Assert.Equal("AB", TextAt(runs, 1, row.DiagnosisPointer));
        Assert.Equal("1", TextAt(runs, 1, row.Units));
        Assert.Equal("1999999984", TextAt(runs, 1, row.RenderingNpi));

        // 24F: $101.25 is "101" right-aligned against the dotted line, "25" in the cents column.
        var dollars = At(runs, 1, row.ChargeDollars);
        Assert.Equal("101", dollars.Text);
        Assert.Equal(row.ChargeDollars.Right - Cms1500Layout.RightAlignedGap, dollars.EndX, 1);
        Assert.Equal("25", TextAt(runs, 1, row.ChargeCents));

        var second = Cms1500Layout.ServiceLine(1);
        Assert.Equal("90002", TextAt(runs, 1, second.Procedure));
        Assert.Equal("03", TextAt(runs, 1, second.FromDay));
        Assert.Equal("B", TextAt(runs, 1, second.DiagnosisPointer));
        Assert.Equal("2", TextAt(runs, 1, second.Units));
        Assert.Equal(Cms1500Layout.LineHeight * 2, At(runs, 1, second.Procedure).Y - At(runs, 1, row.Procedure).Y, 1);
    }

    [Fact]
    public void ThirteenLines_TakeThreePages_WithLines7To12OnPage2AndTheHeaderRepeated()
    {
        var claim = new Cms1500Claim(NewClaim(lineCount: 13));
        var pdf = Cms1500Writer.Write([claim], Cms1500Mode.DataOnly);
        var runs = PdfText.Extract(pdf);

        Assert.Equal(3, PdfText.PageCount(pdf));
        Assert.Equal(3, Cms1500Writer.PageCount(claim));
        for (var n = 1; n <= 13; n++)
        {
            var page = ((n - 1) / 6) + 1;
            var row = (n - 1) % 6;
            Assert.Equal($"9{n:0000}", TextAt(runs, page, Cms1500Layout.ServiceLine(row).Procedure));
        }

        Assert.Equal(6, runs.Count(r => r.Page == 2 && Math.Abs(r.X - Cms1500Layout.ServiceLine(0).Procedure.X) < Tolerance && r.Y > Cms1500Layout.Box("24D").Bottom));
        Assert.False(HasTextAt(runs, 3, Cms1500Layout.ServiceLine(1).Procedure));
        foreach (var page in new[] { 1, 2, 3 })
        {
            Assert.Equal("MEM123456", TextAt(runs, page, Cms1500Layout.InsuredId));
            Assert.Equal("SMITH, JANE", TextAt(runs, page, Cms1500Layout.PatientName));
            Assert.Equal("E119", TextAt(runs, page, Cms1500Layout.Diagnosis(0)));
            Assert.Equal("PCN1001", TextAt(runs, page, Cms1500Layout.PatientAccountNumber));
        }
    }

    [Fact]
    public void TotalCharge_IsPrintedOnlyOnTheLastPage_AndContinuedBefore()
    {
        var claim = NewClaim(lineCount: 13);
        var runs = Runs(new Cms1500Claim(claim) { AmountPaid = 40m });

        Assert.Equal("CONTINUED", TextAt(runs, 1, Cms1500Layout.TotalChargeContinued));
        Assert.Equal("CONTINUED", TextAt(runs, 2, Cms1500Layout.TotalChargeContinued));
        Assert.DoesNotContain(runs, r => r.Page == 3 && r.Text == "CONTINUED");

        // 13 lines of 100 + n + 0.25: 1300 + 91 + 3.25 = 1394.25.
        Assert.Equal(1394.25m, claim.TotalCharge);
        var total = At(runs, 3, Cms1500Layout.TotalChargeDollars);
        Assert.Equal("1394", total.Text);
        Assert.Equal(Cms1500Layout.TotalChargeDollars.Right - Cms1500Layout.RightAlignedGap, total.EndX, 1);
        Assert.Equal("25", TextAt(runs, 3, Cms1500Layout.TotalChargeCents));
        Assert.DoesNotContain(runs, r => r.Page < 3 && r.Text == "1394");
        Assert.Equal("40", TextAt(runs, 3, Cms1500Layout.AmountPaidDollars));
        Assert.Equal("00", TextAt(runs, 3, Cms1500Layout.AmountPaidCents));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.AmountPaidDollars));
    }

    [Fact]
    public void ReplacementClaim_ShowsResubmissionCode7AndTheOriginalReference_InBox22()
    {
        var runs = Runs(new Cms1500Claim(NewClaim(frequency: "7", payerClaimControlNumber: "2026310000123")));

        Assert.Equal("7", TextAt(runs, 1, Cms1500Layout.ResubmissionCode));
        Assert.Equal("2026310000123", TextAt(runs, 1, Cms1500Layout.OriginalReferenceNumber));
        Assert.Equal("AUTH555", TextAt(runs, 1, Cms1500Layout.PriorAuthorization));
    }

    [Fact]
    public void OriginalClaim_LeavesBox22Empty()
    {
        var runs = Runs(new Cms1500Claim(NewClaim(frequency: "1", payerClaimControlNumber: "IGNORED1")));

        Assert.False(HasTextAt(runs, 1, Cms1500Layout.ResubmissionCode));
        Assert.DoesNotContain(runs, r => r.Text.Contains("IGNORED1", StringComparison.Ordinal));
    }

    [Fact]
    public void DataOnly_PrintsNoFormText()
    {
        var runs = Runs(Cms1500Mode.DataOnly, new Cms1500Claim(NewClaim()));

        Assert.DoesNotContain(runs, r => r.Text.Contains("HEALTH INSURANCE CLAIM FORM", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Text.Contains("INSURED'S I.D. NUMBER", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Text.Contains("NUCC", StringComparison.Ordinal));
        Assert.Equal("MEM123456", TextAt(runs, 1, Cms1500Layout.InsuredId));
    }

    [Fact]
    public void PlainPaper_DrawsTheFormTitleAndCaptionsInTheirBoxes_AndTheSameData()
    {
        var runs = Runs(Cms1500Mode.PlainPaper, new Cms1500Claim(NewClaim()));

        var title = Assert.Single(runs, r => r.Text == "HEALTH INSURANCE CLAIM FORM");
        Assert.True(title.Y < Cms1500Layout.Box("1").Top, "The title sits above item 1.");
        Assert.Single(runs, r => r.Text == "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12");
        var caption = Assert.Single(runs, r => r.Text == "1a. INSURED'S I.D. NUMBER");
        Assert.True(Cms1500Layout.Box("1a").Contains(caption.X, caption.Y));
        Assert.True(caption.Y < At(runs, 1, Cms1500Layout.InsuredId).Y, "The caption sits above the data.");
        var totalCaption = Assert.Single(runs, r => r.Text == "28. TOTAL CHARGE");
        Assert.True(Cms1500Layout.Box("28").Contains(totalCaption.X, totalCaption.Y));
        Assert.Equal("MEM123456", TextAt(runs, 1, Cms1500Layout.InsuredId));
    }

    [Fact]
    public void ProviderBoxes_PrintTaxIdReferringFacilityAndBillingProvider()
    {
        var runs = Runs(new Cms1500Claim(NewClaim()) { BillingProviderPhone = "305-555-2222", SignatureDate = new DateOnly(2026, 11, 20) });

        Assert.Equal("587654321", TextAt(runs, 1, Cms1500Layout.TaxId));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.TaxIdEin));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.TaxIdSsn));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.AcceptAssignmentYes));
        Assert.Equal("DN", TextAt(runs, 1, Cms1500Layout.ReferringQualifier));
        Assert.Equal("ANN CASEY", TextAt(runs, 1, Cms1500Layout.ReferringName));
        Assert.Equal("1811111117", TextAt(runs, 1, Cms1500Layout.ReferringNpi));
        Assert.Equal("SIGNATURE ON FILE", TextAt(runs, 1, Cms1500Layout.PatientSignature));
        Assert.Equal("SIGNATURE ON FILE", TextAt(runs, 1, Cms1500Layout.InsuredSignature));
        Assert.Equal("SIGNATURE ON FILE", TextAt(runs, 1, Cms1500Layout.PhysicianSignature));
        Assert.Equal("11 20 26", TextAt(runs, 1, Cms1500Layout.PhysicianSignatureDate));
        Assert.Equal("RIVERSIDE CLINIC", TextAt(runs, 1, Cms1500Layout.FacilityName));
        Assert.Equal("9 BAY RD", TextAt(runs, 1, Cms1500Layout.FacilityStreet));
        Assert.Equal("MIAMI FL 33112-0002", TextAt(runs, 1, Cms1500Layout.FacilityCityStateZip));
        Assert.Equal("1588888889", TextAt(runs, 1, Cms1500Layout.FacilityNpi));
        Assert.Equal("305", TextAt(runs, 1, Cms1500Layout.BillingPhoneArea));
        Assert.Equal("5552222", TextAt(runs, 1, Cms1500Layout.BillingPhoneNumber));
        Assert.Equal("RIVERSIDE FAMILY MEDICINE", TextAt(runs, 1, Cms1500Layout.BillingName));
        Assert.Equal("234 SEAWAY ST SUITE 2", TextAt(runs, 1, Cms1500Layout.BillingStreet));
        Assert.Equal("MIAMI FL 33111-0001", TextAt(runs, 1, Cms1500Layout.BillingCityStateZip));
        Assert.Equal("1234567893", TextAt(runs, 1, Cms1500Layout.BillingNpi));
    }

    [Fact]
    public void ConditionAndOtherInsuredBoxes_FollowTheClaimAdditions()
    {
        var claim = new Cms1500Claim(NewClaim())
        {
            AutoAccidentState = "FL",
            CurrentIllnessDate = new DateOnly(2026, 10, 30),
            AdditionalInformation = "Accident on I-95",
            OtherInsured = new Cms1500OtherInsured("SMITH", "JOHN", "OTH998877", "ACME HEALTH"),
        };
        var runs = Runs(claim);

        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.AutoAccidentYes));
        Assert.Equal("FL", TextAt(runs, 1, Cms1500Layout.AutoAccidentState));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.EmploymentNo));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.OtherAccidentNo));
        Assert.Equal("10", TextAt(runs, 1, Cms1500Layout.CurrentIllnessMonth));
        Assert.Equal("30", TextAt(runs, 1, Cms1500Layout.CurrentIllnessDay));
        Assert.Equal("26", TextAt(runs, 1, Cms1500Layout.CurrentIllnessYear));
        Assert.Equal("431", TextAt(runs, 1, Cms1500Layout.CurrentIllnessQualifier));
        Assert.Equal("ACCIDENT ON I-95", TextAt(runs, 1, Cms1500Layout.AdditionalInformation));
        Assert.Equal("SMITH, JOHN", TextAt(runs, 1, Cms1500Layout.OtherInsuredName));
        Assert.Equal("OTH998877", TextAt(runs, 1, Cms1500Layout.OtherInsuredPolicy));
        Assert.Equal("ACME HEALTH", TextAt(runs, 1, Cms1500Layout.OtherInsuredPlanName));
        Assert.Equal("X", TextAt(runs, 1, Cms1500Layout.AnotherPlanYes));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.AnotherPlanNo));
        Assert.Equal("GRP77", TextAt(runs, 1, Cms1500Layout.InsuredGroupNumber));
        Assert.Equal("KEY INSURANCE", TextAt(runs, 1, Cms1500Layout.InsurancePlanName));
    }

    [Theory]
    [InlineData("MB", nameof(Cms1500Layout.Medicare))]
    [InlineData("MC", nameof(Cms1500Layout.Medicaid))]
    [InlineData("CH", nameof(Cms1500Layout.Tricare))]
    [InlineData("VA", nameof(Cms1500Layout.ChampVa))]
    [InlineData("BL", nameof(Cms1500Layout.GroupHealthPlan))]
    [InlineData("ZZ", nameof(Cms1500Layout.OtherCoverage))]
    public void Box1_ChecksTheProgramOfTheClaimFilingIndicator(string filingIndicator, string checkedField)
    {
        var runs = Runs(new Cms1500Claim(NewClaim(filingIndicator: filingIndicator)));
        var boxes = new[] { "Medicare", "Medicaid", "Tricare", "ChampVa", "GroupHealthPlan", "Feca", "OtherCoverage" }
            .Select(name => (name, field: (Cms1500Field)typeof(Cms1500Layout).GetField(name)!.GetValue(null)!));

        foreach (var (name, field) in boxes)
        {
            Assert.Equal(name == checkedField, HasTextAt(runs, 1, field));
        }
    }

    [Fact]
    public void SeveralClaims_EachStartOnTheirOwnPage()
    {
        var first = new Cms1500Claim(NewClaim(lineCount: 2));
        var second = new Cms1500Claim(NewClaim(lineCount: 8) with { PatientControlNumber = "PCN2002" });
        var pdf = Cms1500Writer.Write([first, second], Cms1500Mode.PlainPaper);
        var runs = PdfText.Extract(pdf);

        Assert.Equal(3, PdfText.PageCount(pdf));
        Assert.Equal("PCN1001", TextAt(runs, 1, Cms1500Layout.PatientAccountNumber));
        Assert.Equal("PCN2002", TextAt(runs, 2, Cms1500Layout.PatientAccountNumber));
        Assert.Equal("PCN2002", TextAt(runs, 3, Cms1500Layout.PatientAccountNumber));
        Assert.Equal("90007", TextAt(runs, 3, Cms1500Layout.ServiceLine(0).Procedure));
        Assert.Equal("CONTINUED", TextAt(runs, 2, Cms1500Layout.TotalChargeContinued));
        Assert.Equal("203", TextAt(runs, 1, Cms1500Layout.TotalChargeDollars));
    }

    [Fact]
    public void Write_ProducesUsLetterPages()
    {
        var pdf = Cms1500Writer.Write([new Cms1500Claim(NewClaim())], Cms1500Mode.PlainPaper);
        var text = System.Text.Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/MediaBox [0 0 612 792]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_FallBackToTheDefaultFace_WhenNoFamilyIsInstalled()
    {
        Assert.Same(SkiaSharp.SKTypeface.Default, PdfFonts.Load("No Such Font Family 1500"));
        Assert.Equal("DejaVu Sans Mono", PdfFonts.Load("No Such Font Family 1500", "DejaVu Sans Mono").FamilyName);
    }

    [Fact]
    public void PayerBlock_PrintsTheCarrierAddress_WithoutAGapForAMissingSecondLine()
    {
        var claim = new Cms1500Claim(NewClaim()) { PayerAddress = new Address("PO BOX 1234", null, "ATLANTA", "GA", "303011234") };
        var runs = Runs(claim);

        Assert.Equal("KEY INSURANCE", TextAt(runs, 1, Cms1500Layout.PayerName));
        Assert.Equal("PO BOX 1234", TextAt(runs, 1, Cms1500Layout.PayerAddressLine1));
        Assert.Equal("ATLANTA GA 30301-1234", TextAt(runs, 1, Cms1500Layout.PayerAddressLine2));
        Assert.False(HasTextAt(runs, 1, Cms1500Layout.PayerCityStateZip));
    }

    [Fact]
    public void PrintOffset_MovesTheDataByTheGivenPoints()
    {
        var pdf = Cms1500Writer.Write([new Cms1500Claim(NewClaim())], Cms1500Mode.DataOnly, new Cms1500PrintOffset(3.6f, -6f));
        var run = Assert.Single(PdfText.Extract(pdf), r => r.Text == "MEM123456");

        Assert.Equal(Cms1500Layout.InsuredId.X + 3.6, run.X, 1);
        Assert.Equal(Cms1500Layout.InsuredId.Baseline - 6, run.Y, 1);
    }

    [Fact]
    public void Write_WithoutClaims_Throws()
    {
        Assert.Throws<ArgumentException>(() => Cms1500Writer.Write([], Cms1500Mode.DataOnly));
    }

    [Fact]
    public void RenderPng_DrawsOnePageAtTheRequestedScale()
    {
        var png = Cms1500Writer.RenderPng([new Cms1500Claim(NewClaim(lineCount: 7))], Cms1500Mode.PlainPaper, pageIndex: 1, scale: 1.5f);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(918, bitmap.Width);
        Assert.Equal(1188, bitmap.Height);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cms1500Writer.RenderPng([new Cms1500Claim(NewClaim(lineCount: 7))], Cms1500Mode.PlainPaper, pageIndex: 2));
    }
}
