using RevenueCycle.Core.Claims.X12;

namespace RevenueCycle.Tests.Core.Claims.X12;

public sealed class Ack999ReaderTests
{
    private static Parsed999 ReadOrFail(string text)
    {
        var result = Ack999Reader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private static void AssertFailure(string text, string expectedStart)
    {
        var result = Ack999Reader.Read(text);
        Assert.False(result.Succeeded);
        Assert.StartsWith(expectedStart, result.Error);
    }

    [Fact]
    public void Accepted999_ReadsEnvelopeGroupAndTransactionSet()
    {
        var parsed = ReadOrFail(AckSamples.Text(AckSamples.Accepted999));

        Assert.Equal("RECEIVER01", parsed.Envelope.SenderId);
        Assert.Equal("SUBMITTER01", parsed.Envelope.ReceiverId);
        Assert.Equal("000000731", parsed.Envelope.InterchangeControlNumber);
        Assert.Equal("731", parsed.Envelope.GroupControlNumber);
        Assert.Equal("005010X231A1", parsed.Envelope.Version);
        Assert.Equal(new DateTime(2026, 11, 20, 15, 10, 0), parsed.Envelope.CreatedAt);
        var ack = Assert.Single(parsed.Acknowledgements);
        Assert.Equal("HC", ack.FunctionalIdentifier);
        Assert.Equal("42", ack.AcknowledgedGroupControlNumber);
        Assert.Equal("005010X222A1", ack.AcknowledgedVersion);
        var set = Assert.Single(ack.TransactionSets);
        Assert.Equal(("837", "0001"), (set.TransactionSetId, set.ControlNumber));
        Assert.True(set.IsAccepted);
        Assert.Equal("Accepted", set.StatusDescription);
        Assert.Empty(set.SegmentErrors);
        Assert.True(ack.GroupStatus.IsAccepted);
        Assert.Equal((1, 1, 1), (ack.GroupStatus.IncludedCount, ack.GroupStatus.ReceivedCount, ack.GroupStatus.AcceptedCount));
    }

    [Fact]
    public void Rejected999_ReportsSegmentAndElementErrorsInPlainWords()
    {
        var ack = Assert.Single(ReadOrFail(AckSamples.Text(AckSamples.Rejected999)).Acknowledgements);

        Assert.Equal("43", ack.AcknowledgedGroupControlNumber);
        Assert.True(ack.GroupStatus.IsRejected);
        Assert.Equal("Rejected", ack.GroupStatus.Description);
        var set = Assert.Single(ack.TransactionSets);
        Assert.False(set.IsAccepted);
        Assert.Equal(["5"], set.ErrorCodes);
        Assert.Equal(["One or more segments in error"], set.ErrorDescriptions);
        Assert.Equal(3, set.SegmentErrors.Count);

        var nm1 = set.SegmentErrors[0];
        Assert.Equal(("NM1", 8, "2010AA", "8"), (nm1.SegmentId, nm1.Position, nm1.LoopId, nm1.ErrorCode));
        Assert.Equal("Segment has data element errors", nm1.Description);
        Assert.Null(nm1.PatientControlNumber);
        var npi = Assert.Single(nm1.ElementErrors);
        Assert.Equal((9, "67", "4", "12345"), (npi.Position, npi.ElementReference, npi.ErrorCode, npi.BadValue));
        Assert.Equal("Data element too short", npi.Description);

        var clm = set.SegmentErrors[1];
        Assert.Equal("PCN1001", clm.PatientControlNumber);
        var place = Assert.Single(clm.ElementErrors);
        Assert.Equal((5, (int?)1, "7", "99"), (place.Position, place.ComponentPosition, place.ErrorCode, place.BadValue));
        Assert.Equal("Invalid code value", place.Description);

        var hi = set.SegmentErrors[2];
        Assert.Equal(("HI", "Required segment missing"), (hi.SegmentId, hi.Description));
        Assert.Empty(hi.ElementErrors);
    }

    [Fact]
    public void PartiallyAccepted999_ReportsEachTransactionSet()
    {
        var ack = Assert.Single(ReadOrFail(AckSamples.Text(AckSamples.Partial999)).Acknowledgements);

        Assert.True(ack.GroupStatus.IsPartiallyAccepted);
        Assert.Equal("Partially accepted, at least one transaction set was rejected", ack.GroupStatus.Description);
        Assert.Equal((3, 3, 2), (ack.GroupStatus.IncludedCount, ack.GroupStatus.ReceivedCount, ack.GroupStatus.AcceptedCount));
        Assert.Equal(["0001", "0002", "0003"], ack.TransactionSets.Select(s => s.ControlNumber));
        Assert.Equal(["A", "R", "E"], ack.TransactionSets.Select(s => s.StatusCode));
        Assert.Equal([true, false, true], ack.TransactionSets.Select(s => s.IsAccepted));
        Assert.Equal("Accepted but errors were noted", ack.TransactionSets[2].StatusDescription);
        Assert.Equal("Invalid date", ack.TransactionSets[1].SegmentErrors[0].ElementErrors[0].Description);
        Assert.Equal("Invalid character in data element", ack.TransactionSets[2].SegmentErrors[0].ElementErrors[0].Description);
        Assert.Equal("PCN3003", ack.TransactionSets[2].SegmentErrors[0].PatientControlNumber);
    }

    [Theory]
    [InlineData("1", "Unrecognized segment ID")]
    [InlineData("2", "Unexpected segment")]
    [InlineData("3", "Required segment missing")]
    [InlineData("8", "Segment has data element errors")]
    [InlineData("I4", "Implementation \"not used\" segment present")]
    [InlineData("ZZ", "unknown code 'ZZ'")]
    public void SegmentErrorCodes_HavePlainWords(string code, string description) =>
        Assert.Equal(description, AckCodes.SegmentError(code));

    [Theory]
    [InlineData("1", "Required data element missing")]
    [InlineData("4", "Data element too short")]
    [InlineData("5", "Data element too long")]
    [InlineData("6", "Invalid character in data element")]
    [InlineData("7", "Invalid code value")]
    [InlineData("8", "Invalid date")]
    public void ElementErrorCodes_HavePlainWords(string code, string description) =>
        Assert.Equal(description, AckCodes.ElementError(code));

    [Fact]
    public void WrongSeCount_IsReportedOnTheSe() =>
        AssertFailure(AckSamples.ReplaceSegment(AckSamples.Text(AckSamples.Rejected999), 15, "SE*12*0001~"),
            "Segment 15 (SE): SE01 says the transaction set has 12 segments but it has 13");

    [Fact]
    public void SeControlNumberNotMatchingSt_IsReported() =>
        AssertFailure(AckSamples.ReplaceSegment(AckSamples.Text(AckSamples.Accepted999), 8, "SE*6*0002~"),
            "Segment 8 (SE): SE02 '0002' does not match ST02 '0001'");

    [Fact]
    public void GroupAndInterchangeTrailers_AreChecked()
    {
        var text = AckSamples.Text(AckSamples.Accepted999);

        AssertFailure(AckSamples.ReplaceSegment(text, 9, "GE*2*731~"), "Segment 9 (GE): GE01 says the group has 2 transaction sets but it has 1");
        AssertFailure(AckSamples.ReplaceSegment(text, 9, "GE*1*732~"), "Segment 9 (GE): GE02 '732' does not match GS06 '731'");
        AssertFailure(AckSamples.ReplaceSegment(text, 10, "IEA*1*000000799~"), "Segment 10 (IEA): IEA02 '000000799' does not match ISA13 '000000731'");
    }

    [Fact]
    public void TruncatedFile_NamesTheCutSegment()
    {
        var text = AckSamples.Text(AckSamples.Rejected999);
        var cut = text[..(text.IndexOf("IK4*5:1", StringComparison.Ordinal) + 5)];

        AssertFailure(cut, "Segment 10 (IK4) is cut off");
    }

    [Fact]
    public void FileEndingBeforeSe_SaysTheTransactionSetHasNoTrailer()
    {
        var text = AckSamples.Text(AckSamples.Accepted999);
        var cut = text[..(text.IndexOf("SE*", StringComparison.Ordinal))];

        AssertFailure(cut, "Segment 7 (AK9): the file ends inside transaction set 0001, before its SE trailer");
    }

    [Fact]
    public void Ak2WithoutIk5_IsReportedAtTheNextLoop() =>
        AssertFailure(AckSamples.ReplaceSegment(AckSamples.Text(AckSamples.Partial999), 10, "IK4*2*1251*8*19801346~"),
            "Segment 11 (AK2): the AK2 loop for transaction set 0002 (segment 7) has no IK5 response trailer");

    [Fact]
    public void UnknownAcknowledgmentCode_IsReported() =>
        AssertFailure(AckSamples.ReplaceSegment(AckSamples.Text(AckSamples.Accepted999), 6, "IK5*Q~"), "Segment 6 (IK5): IK501 'Q' is not A, E, M, R, W or X");

    [Fact]
    public void An837InsteadOfA999_IsRefusedAtTheGs()
    {
        var text = AckSamples.Text(AckSamples.Accepted999).Replace("GS*FA*", "GS*HC*", StringComparison.Ordinal);

        AssertFailure(text, "Segment 2 (GS): GS01 'HC' is not FA, so this group is not a 999 acknowledgement");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n")]
    [InlineData("hello world")]
    [InlineData("ISA*00*short~")]
    [InlineData("\u0000\u0001\u0002garbage~~~***")]
    public void GarbageInput_IsAFailureForSegmentOne(string text) => AssertFailure(text, "Segment 1");
}
