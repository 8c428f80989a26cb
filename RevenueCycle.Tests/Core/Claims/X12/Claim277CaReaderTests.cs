using RevenueCycle.Core.Claims.X12;

namespace RevenueCycle.Tests.Core.Claims.X12;

public sealed class Claim277CaReaderTests
{
    private static readonly string Mixed = AckSamples.Text(AckSamples.Mixed277Ca);

    private static Parsed277Ca ReadOrFail(string text)
    {
        var result = Claim277CaReader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private static void AssertFailure(string text, string expectedStart)
    {
        var result = Claim277CaReader.Read(text);
        Assert.False(result.Succeeded);
        Assert.StartsWith(expectedStart, result.Error);
    }

    [Fact]
    public void OneAcceptedOneRejected_ReadsBothClaimsWithTheirOutcome()
    {
        var parsed = ReadOrFail(Mixed);

        Assert.Equal("CLEARINGHOUSE01", parsed.Envelope.SenderId);
        Assert.Equal("810", parsed.Envelope.GroupControlNumber);
        var (accepted, rejected) = (parsed.Claims[0], parsed.Claims[1]);
        Assert.Equal(2, parsed.Claims.Count);

        Assert.Equal("PCN1001", accepted.PatientControlNumber);
        Assert.Equal(Ack277CaOutcome.Accepted, accepted.Outcome);
        Assert.Equal("KEY2026112100017", accepted.PayerClaimNumber);
        Assert.Equal("CH998877", accepted.ClearinghouseTraceNumber);
        Assert.Equal(150m, accepted.TotalCharge);
        Assert.Equal(new DateOnly(2026, 11, 2), accepted.ServiceDateFrom);
        Assert.Equal(("SMITH", "JANE", "MEM123456"), (accepted.PatientLastName, accepted.PatientFirstName, accepted.MemberId));
        Assert.Equal("1234567893", accepted.BillingProviderId);
        Assert.Equal("Accepted into the adjudication system: Accepted for processing (payer)", accepted.Reason);

        Assert.Equal("PCN1002", rejected.PatientControlNumber);
        Assert.Equal(Ack277CaOutcome.Rejected, rejected.Outcome);
        Assert.Null(rejected.PayerClaimNumber);
        var status = Assert.Single(rejected.Statuses);
        Assert.Equal(("U", new DateOnly(2026, 11, 21), "NPI NOT ON FILE"), (status.ActionCode, status.EffectiveDate!.Value, status.Message));
        Assert.Equal([("A7", "562", "85"), ("A7", "145", "82")], status.Codes.Select(c => (c.Category, c.Status, c.Entity!)));
        Assert.Equal(
            "Rejected for invalid information: Entity's National Provider Identifier (NPI) (billing provider); "
            + "Rejected for invalid information: Entity's specialty/taxonomy code (rendering provider); NPI NOT ON FILE",
            rejected.Reason);
        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4)), (rejected.ServiceDateFrom!.Value, rejected.ServiceDateTo!.Value));
    }

    [Fact]
    public void LineLevelStatus_IsKeptOnTheServiceLine()
    {
        var line = Assert.Single(ReadOrFail(Mixed).Claims[1].Lines);

        Assert.Equal(("HC", "99213"), (line.ProcedureQualifier, line.ProcedureCode));
        Assert.Equal(["25"], line.Modifiers);
        Assert.Equal((150m, 1m), (line.Charge!.Value, line.Units!.Value));
        Assert.Equal("L2", line.LineControlNumber);
        Assert.Equal(new DateOnly(2026, 11, 3), line.ServiceDateFrom);
        Assert.Equal(Ack277CaOutcome.Rejected, line.Outcome);
        Assert.Equal("Rejected for invalid information: Procedure code for services rendered", line.Reason);
    }

    [Fact]
    public void SourceAndReceiverLevels_CarryTheBatchTotals()
    {
        var ack = Assert.Single(ReadOrFail(Mixed).Transactions);

        Assert.Equal(("ACK20261121001", new DateOnly(2026, 11, 21)), (ack.ReferenceId!, ack.CreatedDate!.Value));
        Assert.Equal(("PR", "KEY INSURANCE", "66783"), (ack.Source!.EntityCode, ack.Source.Name, ack.Source.Id!));
        Assert.Equal((new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21)), (ack.ReceivedDate!.Value, ack.ProcessedDate!.Value));
        var receiver = ack.Receiver!;
        Assert.Equal("000000905", receiver.TraceNumber);
        Assert.Equal((1, 1, 150m, 150m), (receiver.AcceptedQuantity!.Value, receiver.RejectedQuantity!.Value, receiver.AcceptedAmount!.Value, receiver.RejectedAmount!.Value));
        Assert.Equal(Ack277CaOutcome.Accepted, Assert.Single(receiver.Statuses).Outcome);
        Assert.Equal("RIVERSIDE FAMILY MEDICINE", Assert.Single(ack.Providers).Name);
    }

    [Theory]
    [InlineData("A1", Ack277CaOutcome.Accepted)]
    [InlineData("A2", Ack277CaOutcome.Accepted)]
    [InlineData("A5", Ack277CaOutcome.Accepted)]
    [InlineData("A3", Ack277CaOutcome.Rejected)]
    [InlineData("A6", Ack277CaOutcome.Rejected)]
    [InlineData("A7", Ack277CaOutcome.Rejected)]
    [InlineData("A8", Ack277CaOutcome.Rejected)]
    [InlineData("A4", Ack277CaOutcome.Undetermined)]
    [InlineData("E0", Ack277CaOutcome.Undetermined)]
    public void StatusCategory_DecidesTheOutcome(string category, Ack277CaOutcome outcome) =>
        Assert.Equal(outcome, new Ack277CaStatusCode(category, "21", null).Outcome);

    [Theory]
    [InlineData("21", "Missing or invalid information")]
    [InlineData("33", "Subscriber and subscriber id not found")]
    [InlineData("97", "Patient eligibility not found with entity")]
    [InlineData("116", "Claim submitted to the incorrect payer")]
    [InlineData("125", "Entity's name")]
    [InlineData("164", "Entity's contract/member number")]
    [InlineData("187", "Date(s) of service")]
    [InlineData("255", "Diagnosis code")]
    [InlineData("400", "Claim is out of balance")]
    [InlineData("562", "Entity's National Provider Identifier (NPI)")]
    public void ClaimStatusCodes_HavePlainWords(string code, string description) =>
        Assert.Equal(description, AckCodes.Status(code));

    [Fact]
    public void WrongSeCount_IsReportedOnTheSe() =>
        AssertFailure(AckSamples.ReplaceSegment(Mixed, 36, "SE*35*0001~"), "Segment 36 (SE): SE01 says the transaction set has 35 segments but it has 34");

    [Fact]
    public void DroppedSegment_IsReportedByTheCount() =>
        AssertFailure(AckSamples.ReplaceSegment(Mixed, 25, ""), "Segment 35 (SE): SE01 says the transaction set has 34 segments but it has 33");

    [Fact]
    public void TruncatedFile_NamesTheCutSegment()
    {
        var cut = Mixed[..(Mixed.IndexOf("STC*A7:562", StringComparison.Ordinal) + 8)];

        AssertFailure(cut, "Segment 30 (STC) is cut off");
    }

    [Fact]
    public void ClaimWithoutTrn_IsReported() =>
        AssertFailure(AckSamples.ReplaceSegment(Mixed, 22, "REF*EJ*X~"), "Segment 27 (HL): the claim at segment 20 (HL*PT) has no TRN patient control number");

    [Fact]
    public void BadStatusDate_NamesTheSegmentAndTheValue() =>
        AssertFailure(AckSamples.ReplaceSegment(Mixed, 23, "STC*A2:20:PR*20261341*WQ*150~"), "Segment 23 (STC): STC02 status date '20261341' is not a date (CCYYMMDD)");

    [Fact]
    public void StatusWithoutStatusCode_IsReported() =>
        AssertFailure(AckSamples.ReplaceSegment(Mixed, 23, "STC*A2*20261121*WQ*150~"), "Segment 23 (STC): STC01 'A2' does not hold a status category code and a status code");

    [Fact]
    public void A999InsteadOfA277Ca_IsRefusedAtTheGs() =>
        AssertFailure(AckSamples.Text(AckSamples.Accepted999), "Segment 2 (GS): GS01 'FA' is not HN, so this group is not a 277CA claim acknowledgement");

    [Theory]
    [InlineData("")]
    [InlineData("not an x12 file")]
    [InlineData("ISA*00*          *00*~")]
    [InlineData("\uFEFF\u0000\u00ff~*:^")]
    public void GarbageInput_IsAFailureForSegmentOne(string text) => AssertFailure(text, "Segment 1");
}
