using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Tests.Core.Remittance.Era835;

/// <summary>
/// Segments the reference files do not carry (REF*2U, NM1*IL/74/TT, SVC06, AMT*B6, claim-level CAS, a PLB
/// with several pairs, two interchanges on one line with other delimiters), in a small hand-written remit.
/// </summary>
public sealed class Era835ReaderSyntheticTests
{
    private const string Isa = "ISA|00|          |00|          |ZZ|PAYER          |ZZ|PRACTICE       |260105|1200|^|00501|000000001|0|P|}";

    private static readonly string Transaction = string.Join("\n",
        "ST|835|0001",
        "BPR|I|150.00|C|CHK|||||||||||20260105",
        "TRN|1|CHK12345|1999999999",
        "DTM|405|20260104",
        "N1|PR|ACME HEALTH|XV|ACME01",
        "REF|2U|99001",
        "N1|PE|SUNRISE FAMILY PRACTICE|XX|1234567893",
        "REF|TJ|123456789",
        "LX|1",
        "CLP|PCN-1|1|200.00|160.00|20.00|12|CLAIM-77|11|1",
        "CAS|PR|1|20.00",
        "NM1|QC|1|DOE|JANE|Q|||MI|W123",
        "NM1|IL|1|DOE|JOHN||||MI|W123",
        "NM1|74|1|DOE|JOHNNY",
        "NM1|82|1|WELBY|MARCUS||||XX|1497758544",
        "NM1|TT|2|MEDIGAP CO|||||PI|MG01",
        "DTM|232|20251201",
        "DTM|233|20251201",
        "AMT|AU|180.00",
        "SVC|HC}99214}25|200.00|180.00||1|HC}99215",
        "DTM|472|20251201",
        "CAS|CO|45|20.00||253|0.00",
        "REF|6R|LINE-1",
        "AMT|B6|180.00",
        "LQ|HE|N130",
        "LQ|HE|M15",
        "PLB|1234567893|20261231|WO}CLAIM-55|7.50|L6|-2.50|FB}ACCT9|5.00",
        "SE|28|0001");

    private static readonly string File = $"{Isa}~GS|HP|PAYER|PRACTICE|20260105|1200|1|X|005010X221A1~{Transaction.Replace("\n", "~", StringComparison.Ordinal)}~GE|1|1~IEA|1|000000001~";

    [Fact]
    public void Read_HandWrittenRemit_ReadsEveryElementTheBriefNames()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(File));

        Assert.Equal(("CHK", "CHK12345", "1999999999"), (era.Payment.Method, era.CheckOrEftNumber, era.PayerIdentifier!));
        Assert.Equal(("ACME HEALTH", "XV", "ACME01", "99001"), (era.Payer.Name, era.Payer.IdQualifier!, era.Payer.Id!, era.Payer.Reference("2U")!));
        Assert.Equal(("XX", "1234567893", "123456789"), (era.Payee.IdQualifier!, era.Payee.Id!, era.Payee.Reference("TJ")!));

        var claim = Assert.Single(era.Claims);
        Assert.Equal(("PCN-1", "1", 200m, 160m, 20m, "12", "CLAIM-77", "11", "1"), (claim.PatientControlNumber, claim.StatusCode, claim.ChargeAmount, claim.PaidAmount, claim.PatientResponsibility!.Value, claim.FilingIndicator!, claim.PayerClaimNumber!, claim.FacilityCode!, claim.FrequencyCode!));
        Assert.Equal([new Era835Adjustment("PR", "1", 20m, null)], claim.Adjustments);
        Assert.Equal(["QC", "IL", "74", "82", "TT"], claim.People.Select(p => p.EntityCode));
        Assert.Equal(("MEDIGAP CO", "PI", "MG01"), (claim.Person("TT")!.LastOrOrganizationName, claim.Person("TT")!.IdQualifier!, claim.Person("TT")!.Id!));
        Assert.Equal(new DateOnly(2025, 12, 1), claim.Date("232"));
        Assert.Equal(new Era835Amount("AU", 180m), Assert.Single(claim.Amounts));

        var line = Assert.Single(claim.Lines);
        Assert.Equal(("99214", "99215"), (line.Procedure.Code, line.SubmittedProcedure!.Code));
        Assert.Equal(["25"], line.Procedure.Modifiers);
        Assert.Equal([new Era835Adjustment("CO", "45", 20m, null), new Era835Adjustment("CO", "253", 0m, null)], line.Adjustments);
        Assert.Equal(("LINE-1", 180m), (line.LineControlNumber!, line.AllowedAmount!.Value));
        Assert.Equal(["N130", "M15"], line.RemarkCodes);

        var plb = Assert.Single(era.ProviderAdjustments);
        Assert.Equal(
            [new Era835ProviderAdjustmentAmount("WO", "CLAIM-55", 7.50m), new Era835ProviderAdjustmentAmount("L6", null, -2.50m), new Era835ProviderAdjustmentAmount("FB", "ACCT9", 5.00m)],
            plb.Amounts);

        // 160.00 paid less 10.00 of PLB (7.50 recovery - 2.50 interest + 5.00 forwarding balance) = 150.00.
        Assert.Empty(Era835Balancing.FindImbalances(era));
    }

    [Fact]
    public void Read_TwoInterchangesOnOneLine_ReturnsBothTransactions()
    {
        var eras = Era835Files.ReadOrFail(File + File.Replace("ST|835|0001", "ST|835|0002", StringComparison.Ordinal).Replace("SE|28|0001", "SE|28|0002", StringComparison.Ordinal));

        Assert.Equal(["0001", "0002"], eras.Select(e => e.ControlNumber));
        Assert.Equal(28 + 4 + 1, Assert.Single(eras[1].Claims).SegmentNumber - eras[0].Claims[0].SegmentNumber + 1);
    }

    [Fact]
    public void Read_ClaimChargeNotBalancing_ReportsTheDifference()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(File.Replace("CLP|PCN-1|1|200.00", "CLP|PCN-1|1|210.00", StringComparison.Ordinal)));

        var imbalance = Assert.Single(Era835Balancing.FindImbalances(era));
        Assert.Equal("Claim PCN-1 does not balance by $10.00", imbalance.Describe());
        Assert.Equal(12, imbalance.SegmentNumber);
    }
}
