using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Tests.Core.Claims.X12;

public sealed class Claim837RoundTripTests
{
    private static readonly Envelope837 Envelope = new(
        "ZZ", "SUBMITTER01", "ZZ", "RECEIVER01", 905, 42, "PREMIER BILLING", "JERRY SMITH", "3055552222",
        "KEY INSURANCE", 'T', new DateTime(2026, 11, 20, 14, 5, 0));

    private static readonly BillingProvider837 Billing = new(
        "RIVERSIDE FAMILY MEDICINE", "1234567893", "587654321", new Address("234 SEAWAY ST", "SUITE 2", "MIAMI", "FL", "331110001"), "207Q00000X");

    private static Claim837 NewClaim(
        string controlNumber = "PCN1001",
        Patient837? patient = null,
        string relationship = Subscriber837.Self,
        IReadOnlyList<string>? diagnoses = null,
        IReadOnlyList<ServiceLine837>? lines = null,
        string frequency = "1",
        string? payerClaimControlNumber = null)
    {
        lines ??= [new ServiceLine837(new DateOnly(2026, 11, 2), "99213", [], 150m, 1, [1], "L1")];
        return new Claim837(
            Billing,
            new Subscriber837("SMITH", "JANE", "MEM123456", new DateOnly(1980, 5, 1), Sex.Female,
                new Address("12 OAK ST", null, "MIAMI", "FL", "33111"), "GRP77", relationship, 'P', "CI"),
            patient,
            new Payer837("KEY INSURANCE", "66783"),
            controlNumber,
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

    private static Parsed837 RoundTrip(params Claim837[] claims)
    {
        var text = Claim837Writer.Write(Envelope, claims);
        var result = Claim837Reader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private static void AssertSameClaim(Claim837 expected, Claim837 actual)
    {
        Assert.Equal(expected.BillingProvider, actual.BillingProvider);
        Assert.Equal(expected.Subscriber, actual.Subscriber);
        Assert.Equal(expected.Patient, actual.Patient);
        Assert.Equal(expected.Payer, actual.Payer);
        Assert.Equal(expected.PatientControlNumber, actual.PatientControlNumber);
        Assert.Equal(expected.TotalCharge, actual.TotalCharge);
        Assert.Equal(expected.PlaceOfService, actual.PlaceOfService);
        Assert.Equal(expected.FrequencyCode, actual.FrequencyCode);
        Assert.Equal(expected.PayerClaimControlNumber, actual.PayerClaimControlNumber);
        Assert.Equal(expected.PriorAuthorization, actual.PriorAuthorization);
        Assert.Equal(expected.Diagnoses, actual.Diagnoses);
        Assert.Equal(expected.Rendering, actual.Rendering);
        Assert.Equal(expected.Referring, actual.Referring);
        Assert.Equal(expected.ServiceFacility, actual.ServiceFacility);
        Assert.Equal(expected.RelatedCauses, actual.RelatedCauses);
        Assert.Equal(expected.AutoAccidentState, actual.AutoAccidentState);
        Assert.Equal(expected.AccidentDate, actual.AccidentDate);
        Assert.Equal(expected.OnsetDate, actual.OnsetDate);
        Assert.Equal(expected.MedicareSecondaryTypeCode, actual.MedicareSecondaryTypeCode);
        Assert.Equal(expected.ClaimNote, actual.ClaimNote);
        Assert.Equal(expected.Lines.Count, actual.Lines.Count);
        for (var i = 0; i < expected.Lines.Count; i++)
        {
            var (e, a) = (expected.Lines[i], actual.Lines[i]);
            Assert.Equal(e.ServiceDate, a.ServiceDate);
            Assert.Equal(e.ProcedureCode, a.ProcedureCode);
            Assert.Equal(e.Modifiers, a.Modifiers);
            Assert.Equal(e.Charge, a.Charge);
            Assert.Equal(e.Units, a.Units);
            Assert.Equal(e.DiagnosisPointers, a.DiagnosisPointers);
            Assert.Equal(e.LineControlNumber, a.LineControlNumber);
        }
    }

    private static string[] Segments(string text) => text.Split('~', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void PatientIsSubscriber_RoundTripsWithoutPatientLoop()
    {
        var claim = NewClaim();
        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("~HL*2*1*22*0~SBR*P*18*GRP77******CI~", text);
        Assert.DoesNotContain("*23*", text);
        Assert.Contains("~HI*ABK:E119*ABF:I10~", text);
        Assert.Contains("~CLM*PCN1001*150***11:B:1*Y*A*Y*Y~REF*G1*AUTH555~", text);
        Assert.Contains("~N4*MIAMI*FL*331110001~REF*EI*587654321~", text);
        var parsed = RoundTrip(claim);
        Assert.Equal(Envelope, parsed.Envelope);
        Assert.Equal("005010X222A1", parsed.Version);
        AssertSameClaim(claim, Assert.Single(parsed.Claims));
    }

    [Fact]
    public void PatientIsNotSubscriber_WritesLoop2000C()
    {
        var patient = new Patient837("SMITH", "TED", new DateOnly(2015, 3, 9), Sex.Male, new Address("12 OAK ST", null, "MIAMI", "FL", "33111"));
        var claim = NewClaim(patient: patient, relationship: "19");
        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("~HL*2*1*22*1~SBR*P**GRP77******CI~", text);
        Assert.Contains("~HL*3*2*23*0~PAT*19~NM1*QC*1*SMITH*TED~N3*12 OAK ST~N4*MIAMI*FL*33111~DMG*D8*20150309*M~", text);
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void TwelveDiagnoses_RoundTripWithTheirDots()
    {
        string[] codes = ["E11.9", "I10", "J45.909", "M54.50", "R51.9", "Z00.00", "E78.5", "K21.9", "F41.1", "G47.33", "N39.0", "R05"];
        var claim = NewClaim(diagnoses: codes);

        Assert.Contains("HI*ABK:E119*ABF:I10*ABF:J45909*", Claim837Writer.Write(Envelope, [claim]));
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void FourModifiers_RoundTrip()
    {
        var line = new ServiceLine837(new DateOnly(2026, 11, 3), "97110", ["GP", "59", "KX", "76"], 92.5m, 2, [1, 2, 3, 4], "LINE-9");
        var claim = NewClaim(diagnoses: ["E11.9", "I10", "M54.50", "R51.9"], lines: [line]);

        Assert.Contains("~SV1*HC:97110:GP:59:KX:76*92.5*UN*2***1:2:3:4~DTP*472*D8*20261103~REF*6R*LINE-9~", Claim837Writer.Write(Envelope, [claim]));
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void CorrectedClaim_WritesFrequency7AndRefF8()
    {
        var claim = NewClaim(frequency: "7", payerClaimControlNumber: "PAYER-ICN-77");
        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("*11:B:7*Y*A*Y*Y~REF*G1*AUTH555~REF*F8*PAYER-ICN-77~", text);
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void VoidClaim_WritesFrequency8AndRefF8()
    {
        var claim = NewClaim(frequency: "8", payerClaimControlNumber: "PAYER-ICN-88");

        Assert.Contains("*11:B:8*Y*A*Y*Y~REF*G1*AUTH555~REF*F8*PAYER-ICN-88~", Claim837Writer.Write(Envelope, [claim]));
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void ReplacementWithoutPayerControlNumber_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [NewClaim(frequency: "7")]));
    }

    [Fact]
    public void FiftyLines_RoundTrip()
    {
        var lines = Enumerable.Range(1, 50)
            .Select(i => new ServiceLine837(new DateOnly(2026, 10, 1).AddDays(i % 28), "9921" + (i % 5), [], 0.75m * i, i % 3 + 1, [i % 2 + 1], $"L{i}"))
            .ToList();
        var claim = NewClaim(lines: lines);

        var parsed = RoundTrip(claim);

        AssertSameClaim(claim, Assert.Single(parsed.Claims));
        Assert.Equal(50, parsed.Claims[0].Lines.Count);
    }

    [Fact]
    public void SeveralClaims_CountsAndControlNumbersMatchTheirHeaders()
    {
        var second = NewClaim(controlNumber: "PCN2002", patient: new Patient837("SMITH", "TED", new DateOnly(2015, 3, 9), Sex.Male, null), relationship: "19");
        var text = Claim837Writer.Write(Envelope, [NewClaim(), second]);
        var segments = Segments(text);

        var isa = segments[0];
        Assert.Equal(106, isa.Length + 1); // the terminator is the 106th character
        Assert.Equal("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *261120*1405*^*00501*000000905*0*T*:", isa);
        Assert.Equal("GS*HC*SUBMITTER01*RECEIVER01*20261120*1405*42*X*005010X222A1", segments[1]);
        Assert.Equal("ST*837*0001*005010X222A1", segments[2]);
        Assert.Equal("BHT*0019*00*000000905*20261120*1405*CH", segments[3]);
        var st = Array.IndexOf(segments, "ST*837*0001*005010X222A1");
        var se = Array.FindIndex(segments, s => s.StartsWith("SE*", StringComparison.Ordinal));
        Assert.Equal($"SE*{se - st + 1}*0001", segments[se]);
        Assert.Equal("GE*1*42", segments[^2]);
        Assert.Equal("IEA*1*000000905", segments[^1]);
        Assert.Contains("~HL*1**20*1~PRV*BI*PXC*207Q00000X~NM1*85*2*RIVERSIDE FAMILY MEDICINE*****XX*1234567893~", text);
        Assert.Contains("~HL*2*1*22*0~", text);
        Assert.Contains("~HL*3*1*22*1~SBR*P**GRP77******CI~", text);
        Assert.Contains("~HL*4*3*23*0~PAT*19~", text);

        var parsed = Claim837Reader.Read(text);
        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(["PCN1001", "PCN2002"], parsed.Value!.Claims.Select(c => c.PatientControlNumber));
        Assert.Equal(["0001"], parsed.Value.TransactionSetControlNumbers);
    }

    [Fact]
    public void Money_IsWrittenWithoutTrailingZeros()
    {
        Assert.Equal("150", X12SegmentWriter.Number(150.00m));
        Assert.Equal("92.5", X12SegmentWriter.Number(92.50m));
        Assert.Equal("0.75", X12SegmentWriter.Number(0.75m));
    }

    [Fact]
    public void ValueContainingTheElementSeparator_IsRefusedNamingTheField()
    {
        var claim = NewClaim() with { Payer = new Payer837("KEY*INSURANCE", "66783") };

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("NM103", error.Message);
        Assert.Contains("KEY*INSURANCE", error.Message);
    }

    [Fact]
    public void ConfiguredDelimiters_AreDeclaredInTheIsaAndReadBack()
    {
        var delimiters = new X12Delimiters('|', '>', '^', '\n');
        var claim = NewClaim();
        var text = Claim837Writer.Write(Envelope, [claim], delimiters);

        Assert.StartsWith("ISA|00|", text);
        Assert.Contains("SV1|HC>99213|150|UN|1|||1\n", text);
        var result = Claim837Reader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        AssertSameClaim(claim, Assert.Single(result.Value!.Claims));
    }

    [Fact]
    public void AutoAccident_WritesClm11AndDatesInGuideOrderAndRoundTrips()
    {
        var claim = NewClaim() with
        {
            RelatedCauses = ["AA", "EM"],
            AutoAccidentState = "NY",
            AccidentDate = new DateOnly(2026, 10, 30),
            OnsetDate = new DateOnly(2026, 10, 31),
            ClaimNote = "PATIENT HIT FROM BEHIND AT WORK",
        };

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains(
            "~CLM*PCN1001*150***11:B:1*Y*A*Y*Y**AA:EM::NY~DTP*431*D8*20261031~DTP*439*D8*20261030~REF*G1*AUTH555~"
            + "NTE*ADD*PATIENT HIT FROM BEHIND AT WORK~HI*ABK:E119*ABF:I10~", text);
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void EmploymentOnly_WritesClm11WithoutStateOrAccidentDate()
    {
        var claim = NewClaim() with { RelatedCauses = ["EM"], OnsetDate = new DateOnly(2026, 10, 1) };

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("*Y*A*Y*Y**EM~DTP*431*D8*20261001~REF*G1", text);
        Assert.DoesNotContain("DTP*439", text);
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void ClaimWithoutRelatedCauses_WritesNoClm11DatesOrNote()
    {
        var text = Claim837Writer.Write(Envelope, [NewClaim()]);

        Assert.Contains("~CLM*PCN1001*150***11:B:1*Y*A*Y*Y~REF*G1*AUTH555~", text);
        Assert.DoesNotContain("DTP*431", text);
        Assert.DoesNotContain("NTE*", text);
        var parsed = Assert.Single(RoundTrip(NewClaim()).Claims);
        Assert.Null(parsed.RelatedCauses);
        Assert.Null(parsed.ClaimNote);
    }

    [Theory]
    [InlineData("OA", null, false, "needs the accident date (DTP*439)")]
    [InlineData("AA", null, true, "needs the state it happened in (CLM11-4)")]
    [InlineData("EM", "NY", false, "is sent only with related cause AA")]
    [InlineData("XX", null, false, "not \"XX\"")]
    public void RelatedCausesBreakingTheGuideRules_AreRefused(string cause, string? state, bool withDate, string problem)
    {
        var claim = NewClaim() with
        {
            RelatedCauses = [cause],
            AutoAccidentState = state,
            AccidentDate = withDate ? new DateOnly(2026, 10, 30) : null,
        };

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void AccidentDateWithoutRelatedCause_IsRefused()
    {
        var claim = NewClaim() with { AccidentDate = new DateOnly(2026, 10, 30) };

        Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));
    }

    [Fact]
    public void MedicareSecondaryTypeCode_OnSecondaryClaim_IsWrittenInSbr05AndRoundTrips()
    {
        var primary = NewClaim();
        var claim = primary with
        {
            Subscriber = primary.Subscriber with { PayerSequence = 'S', ClaimFilingIndicator = "MB" },
            MedicareSecondaryTypeCode = "12",
        };

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("~SBR*S*18*GRP77**12****MB~", text);
        AssertSameClaim(claim, Assert.Single(RoundTrip(claim).Claims));
    }

    [Fact]
    public void MedicareSecondaryTypeCode_OnPrimaryClaim_IsNotWritten()
    {
        var claim = NewClaim() with { MedicareSecondaryTypeCode = "12" };

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("~SBR*P*18*GRP77******CI~", text);
        Assert.Null(Assert.Single(RoundTrip(claim).Claims).MedicareSecondaryTypeCode);
    }

    [Fact]
    public void UnknownMedicareSecondaryTypeCode_IsRefused()
    {
        var primary = NewClaim();
        var claim = primary with { Subscriber = primary.Subscriber with { PayerSequence = 'S' }, MedicareSecondaryTypeCode = "99" };

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("SBR05", error.Message);
    }

    [Fact]
    public void ClaimNoteLongerThan80Characters_IsRefused()
    {
        var claim = NewClaim() with { ClaimNote = new string('A', 81) };

        Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));
    }
}
