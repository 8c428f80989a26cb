using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Tests.Core.Remittance.Era835;

/// <summary>Broken copies of the guide example (one segment per line, so line n is segment n).</summary>
public sealed class Era835ReaderFailureTests
{
    private static readonly string Guide = Era835Files.Text(Era835Files.GuideExample);

    [Fact]
    public void Read_FileCutInTheMiddleOfASegment_NamesTheCutSegment()
    {
        var cut = Guide[..(Guide.IndexOf("CLP*999999", StringComparison.Ordinal) + 12)];

        AssertFailure(cut, "Segment 23 (CLP) is cut off");
    }

    [Fact]
    public void Read_FileEndingAfterACompleteSegment_SaysTheTransactionHasNoTrailer()
    {
        var cut = Guide[..(Guide.IndexOf("CLP*999999", StringComparison.Ordinal) - 1)];

        AssertFailure(cut, "Segment 22 (REF): the file ends inside transaction 07504123, before its SE trailer");
    }

    [Fact]
    public void Read_GarbledClaimCharge_NamesTheSegmentAndTheAmount()
    {
        AssertFailure(Guide.Replace("CLP*444444*1*56.70*", "CLP*444444*1*56.7O*", StringComparison.Ordinal), "Segment 15 (CLP): CLP03 claim charge '56.7O' is not a number");
    }

    [Fact]
    public void Read_GarbledLinePayment_NamesTheSegment()
    {
        AssertFailure(Guide.Replace("*56.70*56.52**6~", "*56.70*$56.52**6~", StringComparison.Ordinal), "Segment 19 (SVC): SVC03 line payment '$56.52' is not a number");
    }

    [Fact]
    public void Read_MissingIsa_SaysItIsNotAnX12File()
    {
        var withoutIsa = Guide[(Guide.IndexOf('\n', StringComparison.Ordinal) + 1)..];

        AssertFailure(withoutIsa, "Segment 1: the file does not start with an ISA interchange header");
    }

    [Theory]
    [InlineData("CAS*CO*42~", "CAS reason code 42 has no amount")]
    [InlineData("CAS*CO*42*0.18*0*45~", "CAS reason code 45 has no amount")]
    [InlineData("CAS*CO~", "CAS has a group code but no reason and amount")]
    [InlineData("CAS*XX*42*0.18~", "CAS01 group code 'XX' is not CO, PR, OA, PI or CR")]
    public void Read_CasWithIncompleteTriplet_NamesTheSegment(string cas, string problem)
    {
        var broken = ReplaceLine(Guide, 21, cas);

        AssertFailure(broken, $"Segment 21 (CAS): {problem}");
    }

    [Fact]
    public void Read_CasWithMoreThanSixTriplets_NamesTheSegment()
    {
        var broken = ReplaceLine(Guide, 21, "CAS*CO" + string.Concat(Enumerable.Repeat("*42*0.01*0", 7)) + "~");

        AssertFailure(broken, "Segment 21 (CAS): CAS has 22 elements");
    }

    [Fact]
    public void Read_PlbAmountMissing_NamesTheSegment()
    {
        AssertFailure(ReplaceLine(Guide, 99, "PLB*123456*19960930*CV:9876514~"), "Segment 99 (PLB): PLB has 3 elements; each adjustment reason needs an amount");
    }

    [Fact]
    public void Read_SegmentDropped_SaysTheSegmentCountIsWrong()
    {
        var lines = Guide.Split('\n').ToList();
        lines.RemoveAt(17);

        AssertFailure(string.Join('\n', lines), "Segment 99 (SE): SE01 says the transaction has 98 segments but it has 97");
    }

    [Fact]
    public void Read_BadServiceDate_NamesTheSegment()
    {
        AssertFailure(Guide.Replace("DTM*472*20040205~", "DTM*472*20040231~", StringComparison.Ordinal), "Segment 20 (DTM): DTM*472 date '20040231' is not a date (CCYYMMDD)");
    }

    [Fact]
    public void Read_ShortIsa_SaysSo()
    {
        AssertFailure("ISA*00*x*00~GS*HP~", "Segment 1: the ISA header is cut off");
    }

    [Fact]
    public void Read_NotAn835_SaysWhatItIs()
    {
        var claimFile = Era835Files.Text("x12/837p-5010-Example1_HealthInsurance.txt");

        AssertFailure(claimFile, "is a 837, not an 835 remittance");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n")]
    [InlineData("hello")]
    [InlineData("ISA")]
    public void Read_EmptyOrGarbage_ReturnsFailure(string text)
    {
        var result = Era835Reader.Read(text);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Read_EveryTruncationOfTheGuideExample_ReturnsAFailureWithoutThrowing()
    {
        var end = Guide.LastIndexOf("IEA", StringComparison.Ordinal);
        for (var length = 0; length < end; length += 3)
        {
            var result = Era835Reader.Read(Guide[..length]);

            Assert.False(result.Succeeded, $"a copy cut at {length} characters was read as complete");
            Assert.StartsWith(length == 0 ? "The file" : "Segment ", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_RandomlyCorruptedCopies_NeverThrow()
    {
        var random = new Random(835);
        var alphabet = "*:~^>0123456789.-ABC \r\n";
        for (var i = 0; i < 500; i++)
        {
            var chars = Guide.ToCharArray();
            for (var j = 0; j < 3; j++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var result = Era835Reader.Read(new string(chars));

            Assert.True(result.Succeeded || result.Error!.Length > 0);
        }
    }

    private static string ReplaceLine(string text, int lineNumber, string replacement)
    {
        var lines = text.Split('\n');
        var indent = lines[lineNumber - 1][..(lines[lineNumber - 1].Length - lines[lineNumber - 1].TrimStart().Length)];
        lines[lineNumber - 1] = indent + replacement + "\r";
        return string.Join('\n', lines);
    }

    private static void AssertFailure(string text, string expected)
    {
        var result = Era835Reader.Read(text);

        Assert.False(result.Succeeded, "the broken copy was read as valid");
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
