using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Claims.X12;

/// <summary>Secondary (coordination of benefits) claims: loops 2320/2330A/2330B and 2430.</summary>
public sealed class Claim837CobTests
{
    private static readonly Envelope837 Envelope = new(
        "ZZ", "SUBMITTER01", "ZZ", "RECEIVER01", 906, 43, "PREMIER BILLING", "JERRY SMITH", "3055552222",
        "SECOND HEALTH", 'T', new DateTime(2026, 12, 10, 9, 30, 0));

    private static readonly BillingProvider837 Billing = new(
        "RIVERSIDE FAMILY MEDICINE", "1234567893", "587654321", new Address("234 SEAWAY ST", null, "MIAMI", "FL", "331110001"), "207Q00000X");

    private static readonly DateOnly Adjudicated = new(2026, 12, 1);

    private const string PrimaryPayerId = "66783";

    // Hand-computed: line 1 charge 150 = paid 80 + CO-45 60 + PR-3 10; line 2 charge 50 = paid 30 + CO-45 15 + PR-2 5.
    // Claim: 200 = AMT*D 100 + claim CAS (CO-45 4 + PR-2 6) + line CAS 90. Patient owes PR 10 + 5 + 6 = 21.
    private static LineAdjudication837 Line1Adjudication(decimal paid = 80m) =>
        new(PrimaryPayerId, paid, "99213", [], 1, [new Cas837("CO", "45", 60m), new Cas837("PR", "3", 10m)], Adjudicated, 10m);

    private static LineAdjudication837 Line2Adjudication(decimal paid = 30m) =>
        new(PrimaryPayerId, paid, "85025", ["QW"], 1, [new Cas837("CO", "45", 15m), new Cas837("PR", "2", 5m)], Adjudicated, 5m);

    private static OtherPayer837 Primary(decimal? paid = 100m, IReadOnlyList<Cas837>? adjustments = null, DateOnly? date = null) => new(
        'P', Subscriber837.Self, "PRIMGRP", "CI",
        new OtherSubscriber837("SMITH", "JANE", "PRIM123", new Address("12 OAK ST", null, "MIAMI", "FL", "33111")),
        new Payer837("KEY INSURANCE", PrimaryPayerId),
        paid,
        adjustments ?? [new Cas837("CO", "45", 4m), new Cas837("PR", "2", 6m)],
        RemainingPatientLiability: 21m,
        AdjudicationDate: date ?? Adjudicated,
        ClaimControlNumber: "PRI-ICN-1");

    private static Claim837 NewClaim(
        IReadOnlyList<OtherPayer837>? otherPayers = null,
        LineAdjudication837? line1 = null,
        LineAdjudication837? line2 = null,
        char sequence = 'S')
    {
        IReadOnlyList<ServiceLine837> lines =
        [
            new ServiceLine837(new DateOnly(2026, 11, 2), "99213", [], 150m, 1, [1], "L1", line1 is null ? null : [line1]),
            new ServiceLine837(new DateOnly(2026, 11, 2), "85025", ["QW"], 50m, 1, [1], "L2", line2 is null ? null : [line2]),
        ];
        return new Claim837(
            Billing,
            new Subscriber837("SMITH", "JANE", "SEC987", new DateOnly(1980, 5, 1), Sex.Female,
                new Address("12 OAK ST", null, "MIAMI", "FL", "33111"), "SECGRP", Subscriber837.Self, sequence, "CI"),
            null,
            new Payer837("SECOND HEALTH", "77777"),
            "PCN-COB",
            lines.Sum(l => l.Charge),
            "11",
            "1",
            null,
            null,
            ["E11.9"],
            new Provider837("KILDARE", "BEN", "1999999984", "207Q00000X"),
            null,
            new ServiceFacility837("RIVERSIDE CLINIC", "1588888889", new Address("9 BAY RD", null, "MIAMI", "FL", "331120002")),
            lines,
            OtherPayers: otherPayers);
    }

    private static Claim837 SecondaryClaim() => NewClaim([Primary()], Line1Adjudication(), Line2Adjudication());

    private static string[] Segments(string text) => text.Split('~', StringSplitOptions.RemoveEmptyEntries);

    private static int SegmentCount(string text) =>
        int.Parse(Segments(text).Single(s => s.StartsWith("SE*", StringComparison.Ordinal)).Split('*')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static Claim837 ReadSingle(string text)
    {
        var result = Claim837Reader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        return Assert.Single(result.Value!.Claims);
    }

    private static Claim837 ReadSample(string name)
    {
        using var file = SharedData.Open(Path.Combine("x12", name));
        var result = Claim837Reader.Read(file);
        Assert.True(result.Succeeded, result.Error);
        return Assert.Single(result.Value!.Claims);
    }

    [Fact]
    public void SecondaryClaim_WithClaimAndLineAdjudication_WritesLoops2320And2430AndRoundTrips()
    {
        var claim = SecondaryClaim();

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains(
            "~N4*MIAMI*FL*331120002~SBR*P*18*PRIMGRP******CI~CAS*CO*45*4~CAS*PR*2*6~AMT*D*100~AMT*EAF*21~OI***Y***Y~"
            + "NM1*IL*1*SMITH*JANE****MI*PRIM123~N3*12 OAK ST~N4*MIAMI*FL*33111~"
            + "NM1*PR*2*KEY INSURANCE*****PI*66783~DTP*573*D8*20261201~REF*F8*PRI-ICN-1~LX*1~", text);
        Assert.Contains(
            "~REF*6R*L1~SVD*66783*80*HC:99213**1~CAS*CO*45*60~CAS*PR*3*10~DTP*573*D8*20261201~AMT*EAF*10~LX*2~", text);
        Assert.Contains(
            "~REF*6R*L2~SVD*66783*30*HC:85025:QW**1~CAS*CO*45*15~CAS*PR*2*5~DTP*573*D8*20261201~AMT*EAF*5~SE*", text);

        var read = ReadSingle(text);
        Assert.Equivalent(claim.OtherPayers, read.OtherPayers, strict: true);
        Assert.Equivalent(claim.Lines[0].PriorAdjudications, read.Lines[0].PriorAdjudications, strict: true);
        Assert.Equivalent(claim.Lines[1].PriorAdjudications, read.Lines[1].PriorAdjudications, strict: true);
        // The 2330 loops must not leak into the claim's own subscriber, payer or REF*F8.
        Assert.Equal(claim.Subscriber, read.Subscriber);
        Assert.Equal(claim.Payer, read.Payer);
        Assert.Null(read.PayerClaimControlNumber);
        Assert.Equal(claim.Rendering, read.Rendering);
    }

    [Fact]
    public void SecondaryClaim_SegmentsFollowTheGuideOrderAndSeCountsThem()
    {
        var secondary = Claim837Writer.Write(Envelope, [SecondaryClaim()]);
        var primaryOnly = Claim837Writer.Write(Envelope, [NewClaim()]);
        var segments = Segments(secondary).Select(s => string.Join('*', s.Split('*').Take(2))).ToList();

        // 2310C, then 2320 (SBR CAS AMT OI), 2330A, 2330B, then 2400 with its 2430 after REF*6R.
        var order = new[]
        {
            "NM1*77", "SBR*P", "CAS*CO", "CAS*PR", "AMT*D", "AMT*EAF", "OI*", "NM1*IL", "NM1*PR", "DTP*573", "REF*F8",
            "LX*1", "SV1*HC:99213", "DTP*472", "REF*6R", "SVD*66783", "CAS*CO", "CAS*PR", "DTP*573", "AMT*EAF", "LX*2",
        };
        var at = segments.IndexOf("NM1*77");
        foreach (var id in order)
        {
            var next = segments.FindIndex(at, s => s == id);
            Assert.True(next >= at, $"{id} is not after segment {at} ({segments[at]})");
            at = next;
        }

        // ST through SE, counted by hand: 2320/2330A/2330B add 12 segments, each 2430 adds 5 (SVD, 2 CAS, DTP, AMT).
        var st = Array.FindIndex(Segments(secondary), s => s.StartsWith("ST*", StringComparison.Ordinal));
        var se = Array.FindIndex(Segments(secondary), s => s.StartsWith("SE*", StringComparison.Ordinal));
        Assert.Equal(se - st + 1, SegmentCount(secondary));
        Assert.Equal(SegmentCount(primaryOnly) + 12 + 2 * 5, SegmentCount(secondary));
        Assert.True(Claim837Reader.Read(secondary).Succeeded);
    }

    [Fact]
    public void UnbalancedLineAdjudication_IsRefusedNamingTheClaimAndLine()
    {
        // Line 2: 31 paid + 20 adjusted = 51, not the 50 charged.
        var claim = NewClaim([Primary(paid: 101m)], Line1Adjudication(), Line2Adjudication(paid: 31m));

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("Claim PCN-COB line 2", error.Message);
        Assert.Contains("other payer 66783 paid 31.00 (SVD02) and adjusted 20.00 (2430 CAS), 51.00 in all", error.Message);
        Assert.Contains("line charge (SV102) is 50.00", error.Message);
    }

    [Fact]
    public void UnbalancedClaimAdjudication_IsRefusedNamingTheClaimAndPayer()
    {
        // Lines balance, but AMT*D 110 + claim CAS 10 + line CAS 90 = 210, not 200.
        var claim = NewClaim([Primary(paid: 110m)], Line1Adjudication(), Line2Adjudication());

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("Claim PCN-COB other payer 66783", error.Message);
        Assert.Contains("= 210.00, but the claim charge (CLM02) is 200.00", error.Message);
    }

    [Fact]
    public void LineAdjudicationNamingNoOtherPayer_IsRefused()
    {
        var claim = NewClaim([Primary()], Line1Adjudication() with { OtherPayerId = "99999" }, Line2Adjudication());

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("Claim PCN-COB line 1: SVD01 \"99999\"", error.Message);
    }

    [Fact]
    public void OtherPayerWithTheClaimsOwnSequence_IsRefused()
    {
        var claim = NewClaim([Primary()], Line1Adjudication(), Line2Adjudication(), sequence: 'P');

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [claim]));

        Assert.Contains("SBR01", error.Message);
    }

    [Fact]
    public void ClaimLevelAdjudication_WithoutDate_IsRefusedAndWithDate_BalancesAgainstTheCharge()
    {
        // Adjudicated at the claim level only: 200 = paid 150 + CO-45 30 + PR-1 20; the date must then be in 2330B.
        var adjustments = new[] { new Cas837("CO", "45", 30m), new Cas837("PR", "1", 20m) };
        var withoutDate = NewClaim([Primary(paid: 150m, adjustments: adjustments) with { AdjudicationDate = null }]);

        var error = Assert.Throws<ArgumentException>(() => Claim837Writer.Write(Envelope, [withoutDate]));
        Assert.Contains("2330B DTP*573", error.Message);

        var claim = NewClaim([Primary(paid: 150m, adjustments: adjustments)]);
        var text = Claim837Writer.Write(Envelope, [claim]);
        Assert.Contains("~CAS*CO*45*30~CAS*PR*1*20~AMT*D*150~", text);
        Assert.DoesNotContain("SVD*", text);
        var read = ReadSingle(text);
        Assert.Equivalent(claim.OtherPayers, read.OtherPayers, strict: true);
        Assert.All(read.Lines, l => Assert.Null(l.PriorAdjudications));
    }

    [Fact]
    public void SevenAdjustmentsInOneGroup_AreSplitSixToACasAndKeepTheirQuantities()
    {
        var adjustments = Enumerable.Range(1, 7).Select(i => new Cas837("CO", (40 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 1m, i == 2 ? 3m : null))
            .Append(new Cas837("PR", "2", 3m))
            .ToList();
        var claim = NewClaim([Primary(paid: 190m, adjustments: adjustments)]);

        var text = Claim837Writer.Write(Envelope, [claim]);

        Assert.Contains("~CAS*CO*41*1**42*1*3*43*1**44*1**45*1**46*1~CAS*CO*47*1~CAS*PR*2*3~AMT*D*190~", text);
        Assert.Equivalent(adjustments, ReadSingle(text).OtherPayers![0].Adjustments, strict: true);
    }

    [Fact]
    public void PrimaryClaim_IsWrittenExactlyAsBeforeWithoutOtherPayerLoops()
    {
        var withNull = NewClaim(sequence: 'P');
        var withEmpty = withNull with { OtherPayers = [] };

        var text = Claim837Writer.Write(Envelope, [withNull]);

        Assert.Equal(text, Claim837Writer.Write(Envelope, [withEmpty]));
        Assert.Single(Segments(text), s => s.StartsWith("SBR*", StringComparison.Ordinal));
        Assert.DoesNotContain("~OI*", text);
        Assert.DoesNotContain("~AMT*", text);
        Assert.DoesNotContain("~SVD*", text);
        Assert.DoesNotContain("~CAS*", text);
        Assert.Contains("~REF*6R*L2~SE*", text);
        var read = ReadSingle(text);
        Assert.Null(read.OtherPayers);
        Assert.All(read.Lines, l => Assert.Null(l.PriorAdjudications));
    }

    [Fact]
    public void SharedCobSample_ReadsTheOtherSubscriberAndPayerAndItsAmounts()
    {
        var claim = ReadSample("837p-5010-Example3_COB.txt");

        // The claim and its own subscriber and payer (2000B/2010BA/2010BB) are untouched by loops 2320-2330B.
        Assert.Equal("26407789", claim.PatientControlNumber);
        Assert.Equal(79.04m, claim.TotalCharge);
        Assert.Equal([43m, 15m, 21.04m], claim.Lines.Select(l => l.Charge));
        Assert.Equal(claim.TotalCharge, claim.Lines.Sum(l => l.Charge));
        Assert.Equal("JANE", claim.Subscriber.FirstName);
        Assert.Equal("111223333", claim.Subscriber.MemberId);
        Assert.Equal('P', claim.Subscriber.PayerSequence);
        Assert.Equal(new Payer837("KEY INSURANCE COMPANY", "999996666"), claim.Payer);
        Assert.Equal("1999996666", claim.BillingProvider.Npi);
        Assert.Equal("1999996666", claim.Rendering!.Npi);

        var other = Assert.Single(claim.OtherPayers!);
        Assert.Equal('S', other.PayerSequence);
        Assert.Equal("01", other.PatientRelationship);
        Assert.Null(other.GroupNumber);
        Assert.Equal("CI", other.ClaimFilingIndicator);
        Assert.Equal(new OtherSubscriber837("SMITH", "JACK", "T55TY666", new Address("236 N MAIN ST", null, "MIAMI", "FL", "33111")), other.Subscriber);
        Assert.Equal(new Payer837("KEY INSURANCE COMPANY", "999996666"), other.Payer);

        // The sample lists the secondary payer on a claim to the primary: it has not adjudicated, so the file has no
        // AMT*D, no CAS, no DTP*573 and no 2430 loops.
        Assert.Null(other.PaidAmount);
        Assert.Empty(other.Adjustments);
        Assert.Null(other.RemainingPatientLiability);
        Assert.Null(other.AdjudicationDate);
        Assert.Null(other.ClaimControlNumber);
        Assert.All(claim.Lines, l => Assert.Null(l.PriorAdjudications));
    }

    [Fact]
    public void ClearinghouseSample_OtherPayerBillingProviderLoopDoesNotReplaceTheBillingProvider()
    {
        // This file has a 2330E NM1*85 (other payer billing provider) inside the 2320 loop.
        var claim = ReadSample("837p-5010-ST1309-XX.txt");

        Assert.Equal("ABC PEDIATRIC ORTHOPAED", claim.BillingProvider.Name);
        Assert.Equal("9999999999", claim.BillingProvider.Npi);
        var other = Assert.Single(claim.OtherPayers!);
        Assert.Equal(('S', "19", "CI"), (other.PayerSequence, other.PatientRelationship, other.ClaimFilingIndicator));
        Assert.Equal(new OtherSubscriber837("JONES", "B ANN", "123456789", new Address("1 SOME STREET", null, "HAPPY", "NJ", "974321459")), other.Subscriber);
        Assert.Equal(new Payer837("PAYOR", "11111"), other.Payer);
        Assert.Equal(["17053", "17054"], claim.Lines.Select(l => l.LineControlNumber));
    }

    [Fact]
    public void LineAdjudicationWithoutDate_IsAFailureNamingTheSvd()
    {
        var text = Claim837Writer.Write(Envelope, [SecondaryClaim()]);
        var broken = text.Replace("CAS*PR*3*10~DTP*573*D8*20261201~", "CAS*PR*3*10~", StringComparison.Ordinal);
        var se = Segments(broken).Single(s => s.StartsWith("SE*", StringComparison.Ordinal));
        broken = broken.Replace(se, $"SE*{SegmentCount(text) - 1}*0001", StringComparison.Ordinal);

        var result = Claim837Reader.Read(broken);

        Assert.False(result.Succeeded);
        Assert.Contains("(2430 SVD)", result.Error);
        Assert.Contains("has no adjudication date (DTP*573)", result.Error);
    }
}
