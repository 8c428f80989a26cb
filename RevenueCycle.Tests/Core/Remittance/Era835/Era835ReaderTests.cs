using RevenueCycle.Core.Remittance.X12;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Remittance.Era835;

public sealed class Era835ReaderTests
{
    [Fact]
    public void Read_EveryReferenceFile_Succeeds()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.Folder, "x12"), "835-5010-*.txt");

        Assert.Equal(3, files.Length);
        foreach (var file in files)
        {
            var result = Era835Reader.Read(File.ReadAllText(file));
            Assert.True(result.Succeeded, $"{Path.GetFileName(file)}: {result.Error}");
            Assert.NotEmpty(result.Value!);
        }
    }

    [Fact]
    public void Read_GuideExample_ReadsTheCheckAndPayerAndPayee()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        Assert.Equal("07504123", era.ControlNumber);
        Assert.Equal(new Era835Payment(4, "H", 5.75m, "C", "NON", new DateOnly(2004, 3, 15)), era.Payment);
        Assert.Equal("A04B001017.07504", era.CheckOrEftNumber);
        Assert.Equal("1346000128", era.PayerIdentifier);
        Assert.Equal(new DateOnly(2004, 3, 8), era.ProductionDate);
        Assert.Equal("ASHTABULA COUNTY ADAMH BD", era.Payer.Name);
        Assert.Equal("LAKE AREA RECOVERY CENTER", era.Payee.Name);
        Assert.Equal(("FI", "346608640"), (era.Payee.IdQualifier, era.Payee.Id));
        Assert.Equal("1017", era.Payee.Reference("PQ"));
    }

    [Fact]
    public void Read_GuideExample_ReadsEveryClaimWithItsControlNumberAndPayment()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        Assert.Equal(
            [
                ("444444", "1", 56.52m), ("999999", "4", 0m), ("888888", "4", 0m), ("111111", "2", 18.88m), ("121212", "4", 0m),
                ("333333", "1", 59.69m), ("777777", "25", 0m), ("123456", "22", -42.58m), ("090909", "22", -86.76m), ("090909", "22", 0m),
            ],
            era.Claims.Select(c => (c.PatientControlNumber, c.StatusCode, c.PaidAmount)));
        Assert.Equal(5.75m, era.Claims.Sum(c => c.PaidAmount));

        // The guide's example ends with a bare "CLP*090909*22": read, but flagged for the biller.
        var warning = Assert.Single(era.Warnings);
        Assert.StartsWith("Segment 98 (CLP): claim 090909", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GuideExample_ReadsClaimDetailsServiceLinesAndAdjustments()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        var first = era.Claims[0];
        Assert.Equal((56.70m, 0m, "MC", "0000000655555555", "53"), (first.ChargeAmount, first.PatientResponsibility!.Value, first.FilingIndicator!, first.PayerClaimNumber!, first.FacilityCode!));
        Assert.Equal("FUDD", first.Person("QC")!.LastOrOrganizationName);
        Assert.Equal(("MI", "1333333"), (first.Person("QC")!.IdQualifier, first.Person("QC")!.Id));
        Assert.Equal("WECOVERWY SVCS", first.Person("82")!.LastOrOrganizationName);
        Assert.Equal("A76B04054", first.References.Single(r => r.Qualifier == "F8").Value);
        var line = Assert.Single(first.Lines);
        Assert.Equal(("HC", "H0005"), (line.Procedure.Qualifier, line.Procedure.Code));
        Assert.Equal(["HF", "H9"], line.Procedure.Modifiers);
        Assert.Equal((56.70m, 56.52m, 6m), (line.ChargeAmount, line.PaidAmount, line.Units!.Value));
        Assert.Equal(new DateOnly(2004, 2, 5), line.ServiceDate);
        Assert.Equal([new Era835Adjustment("CO", "42", 0.18m, 0m)], line.Adjustments);
        Assert.Equal("444444", line.LineControlNumber);

        // CAS*OA*23*57.6*0*23*-1.08*0: two triplets in one segment.
        Assert.Equal([("OA", "23", 57.6m), ("OA", "23", -1.08m)], era.Claims[4].Lines[0].Adjustments.Where(a => a.GroupCode == "OA").Select(a => (a.GroupCode, a.ReasonCode, a.Amount)));

        var reversal = era.Claims[8].Lines[0];
        Assert.Equal((-86.76m, -4m), (reversal.ChargeAmount, reversal.Units!.Value));
        Assert.Equal([new DateOnly(2004, 2, 10), new DateOnly(2004, 2, 11)], reversal.Dates.Select(d => d.Date));
        Assert.Equal(new DateOnly(2004, 2, 10), reversal.ServiceDate);
        Assert.Equal(["MA92"], reversal.RemarkCodes);
        Assert.Equal(new Era835Amount("AU", 86.76m), Assert.Single(reversal.Amounts));
    }

    [Fact]
    public void Read_GuideExample_ReadsTheProviderLevelAdjustment()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        var plb = Assert.Single(era.ProviderAdjustments);
        Assert.Equal(("123456", new DateOnly(1996, 9, 30)), (plb.ProviderId, plb.FiscalPeriodDate));
        Assert.Equal([new Era835ProviderAdjustmentAmount("CV", "9876514", -1.27m)], plb.Amounts);
    }

    [Theory]
    [InlineData(Era835Files.FromNth)]
    [InlineData(Era835Files.FromNthMultipleInterchanges)]
    public void Read_FileWithThreeInterchanges_ReturnsOneRemittancePerTransaction(string file)
    {
        var eras = Era835Files.ReadOrFail(Era835Files.Text(file));

        // Counted from the file: three ISA/GS/ST envelopes with 19, 23 and 14 CLP loops.
        Assert.Equal(["8001", "9001", "10001"], eras.Select(e => e.ControlNumber));
        Assert.Equal([999.99m, 9999.99m, 482.13m], eras.Select(e => e.Payment.Amount));
        Assert.All(eras, e => Assert.Equal(("I", "C", "ACH", new DateOnly(2012, 2, 1)), (e.Payment.HandlingCode, e.Payment.CreditDebit, e.Payment.Method, e.Payment.PaymentDate!.Value)));
        Assert.All(eras, e => Assert.Equal(("999999999", "9999999999", new DateOnly(2012, 1, 28)), (e.CheckOrEftNumber, e.PayerIdentifier!, e.ProductionDate!.Value)));
        Assert.Equal([19, 23, 14], eras.Select(e => e.Claims.Count));
        Assert.Equal([38, 24, 29], eras.Select(e => e.Claims.Sum(c => c.Lines.Count)));
        Assert.Equal([38, 24, 36], eras.Select(e => e.Claims.Sum(c => c.Lines.Sum(l => l.RemarkCodes.Count))));
        Assert.Equal([38, 24, 35], eras.Select(e => e.Claims.Sum(c => c.Lines.Sum(l => l.Adjustments.Count))));
        Assert.All(eras, e => Assert.All(e.Claims, c => Assert.Empty(c.Adjustments)));
        Assert.Equal([9, 1, 0], eras.Select(e => e.Claims.Count(c => c.Person("74") is not null)));
        Assert.Equal([0, 23, 14], eras.Select(e => e.Claims.Count(c => c.Person("82") is not null)));
        Assert.Equal(56, eras.Sum(e => e.Claims.Count(c => c.Person("QC") is not null)));
        Assert.Empty(eras.SelectMany(e => e.ProviderAdjustments));
        Assert.Empty(eras.SelectMany(e => e.Warnings));

        var statuses = eras.SelectMany(e => e.Claims).GroupBy(c => c.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["1"] = 39, ["2"] = 1, ["4"] = 16 }, statuses);
        Assert.Equal([776.06m, 3111.09m, 3439.89m], eras.Select(e => e.Claims.Sum(c => c.PaidAmount)));
    }

    [Fact]
    public void Read_FromNthFiles_ReadsPayeeIdsCompositesAndClaimDates()
    {
        var eras = Era835Files.ReadOrFail(Era835Files.Text(Era835Files.FromNthMultipleInterchanges));

        Assert.Equal([("XX", "9999999999", "999999999"), ("XX", "9999999999", "999999999"), ("FI", "999999999", null)], eras.Select(e => (e.Payee.IdQualifier, e.Payee.Id, e.Payee.Reference("TJ"))));
        var claim = eras[0].Claims[0];
        Assert.Equal((new DateOnly(2012, 1, 27), new DateOnly(2012, 1, 16), new DateOnly(2012, 1, 16)), (claim.Date("050")!.Value, claim.Date("232")!.Value, claim.Date("233")!.Value));
        Assert.Equal(("11", "1"), (claim.FacilityCode!, claim.FrequencyCode!));
        // The component separator here is '>' (ISA16), not ':'.
        Assert.Equal(("HC", "90716"), (claim.Lines[1].Procedure.Qualifier, claim.Lines[1].Procedure.Code));
        Assert.Equal(("XX", "99999"), (claim.Lines[0].Procedure.Qualifier, claim.Lines[0].Procedure.Code));
        Assert.Equal(9.999m, claim.Lines[1].Units);
        Assert.Equal(["N1"], claim.Lines[1].RemarkCodes);
    }

    [Fact]
    public void Read_SameRemitWithLfOrCrLfAndIndentation_ReadsTheSame()
    {
        var lf = Era835Files.ReadOrFail(Era835Files.Text(Era835Files.FromNth));
        var crlf = Era835Files.ReadOrFail(Era835Files.Text(Era835Files.FromNthMultipleInterchanges));
        var oneLine = Era835Files.ReadOrFail(string.Concat(Era835Files.Text(Era835Files.FromNth).Split('\n').Select(l => l.Trim())));

        Assert.Equal(Summary(lf), Summary(crlf));
        Assert.Equal(Summary(lf), Summary(oneLine));
    }

    private static List<string> Summary(IReadOnlyList<RevenueCycle.Core.Remittance.X12.Era835> eras) =>
        eras.SelectMany(e => e.Claims.SelectMany(c => c.Lines.Select(l =>
            $"{e.ControlNumber}|{c.PatientControlNumber}|{c.StatusCode}|{c.PaidAmount}|{l.Procedure.Code}|{l.PaidAmount}|{string.Join(",", l.Adjustments)}|{string.Join(",", l.RemarkCodes)}"))).ToList();
}
