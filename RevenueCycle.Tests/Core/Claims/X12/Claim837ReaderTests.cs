using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Claims.X12;

public sealed class Claim837ReaderTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(SharedData.Folder, "x12"), "837p-5010-*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static Result<Parsed837> ReadSample(string name)
    {
        using var file = SharedData.Open(Path.Combine("x12", name));
        return Claim837Reader.Read(file);
    }

    // The UTF-16 sample stops after the submitter's NM1 (no claim, no SE/GE/IEA): a truncated file.
    private const string TruncatedSample = "837p-5010-UnicodeExample.txt";

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_IsReadWithItsClaimsAndControlNumbers(string name)
    {
        var result = ReadSample(name);

        if (name == TruncatedSample)
        {
            Assert.False(result.Succeeded);
            Assert.Matches(@"^Segment \d+ \(NM1\): the file ends before the IEA segment", result.Error);
            return;
        }

        Assert.True(result.Succeeded, result.Error);
        var parsed = result.Value!;
        Assert.StartsWith("005010X222", parsed.Version);
        Assert.NotEmpty(parsed.TransactionSetControlNumbers);
        Assert.NotEmpty(parsed.Claims);
        Assert.All(parsed.Claims, c => Assert.False(string.IsNullOrEmpty(c.PatientControlNumber)));
        Assert.All(parsed.Claims, c => Assert.NotEmpty(c.Lines));
    }

    [Fact]
    public void HealthInsuranceExample_ReadsClaimFields()
    {
        var parsed = ReadSample("837p-5010-Example1_HealthInsurance.txt").Value!;

        Assert.Equal(905, parsed.Envelope.InterchangeControlNumber);
        Assert.Equal("SUBMITTERS.ID", parsed.Envelope.SenderId);
        var claim = Assert.Single(parsed.Claims);
        Assert.Equal("26463774", claim.PatientControlNumber);
        Assert.Equal(100m, claim.TotalCharge);
        Assert.Equal("9876543210", claim.BillingProvider.Npi);
        Assert.Equal("JS00111223333", claim.Subscriber.MemberId);
        Assert.Equal("19", claim.Subscriber.RelationshipToPatient);
        Assert.Equal("TED", claim.Patient!.FirstName);
        Assert.Equal("999996666", claim.Payer.PayerId);
        Assert.Equal(["0340", "V7389"], claim.Diagnoses);
        Assert.Equal("99213", claim.Lines[0].ProcedureCode);
    }

    [Fact]
    public void LineBreakTerminatedSample_ReadsTheClaimAndIgnoresOtherSubscriberLoops()
    {
        var parsed = ReadSample("837p-5010-ST1309-XX.txt").Value!;

        Assert.Equal(["1309"], parsed.TransactionSetControlNumbers);
        var claim = Assert.Single(parsed.Claims);
        Assert.Equal("B330004Y", claim.PatientControlNumber);
        Assert.Equal("JONES", claim.Subscriber.LastName);
        Assert.Equal("X9999999", claim.Subscriber.MemberId);
        Assert.Equal("91919191", claim.Payer.PayerId);
        Assert.Equal("DAVID", claim.Rendering!.FirstName);
    }

    [Fact]
    public void CombinedExample_ReadsEveryTransactionSet()
    {
        var parsed = ReadSample("837p-5010-Example1_2_And_3_Combined.txt").Value!;

        Assert.Equal(["0021", "0022"], parsed.TransactionSetControlNumbers);
        Assert.Equal(["26463774", "26407789", "26462967"], parsed.Claims.Select(c => c.PatientControlNumber));
    }

    [Fact]
    public void TruncatedFile_ReturnsFailureNamingTheLastSegment()
    {
        var text = File.ReadAllText(SharedData.PathOf("x12/837p-5010-Example2_Encounter.txt"));
        var cut = text[..text.IndexOf("SE*", StringComparison.Ordinal)];

        var result = Claim837Reader.Read(cut);

        Assert.False(result.Succeeded);
        Assert.Matches(@"^Segment \d+ \(DTP\): the file ends before the IEA segment", result.Error);
    }

    [Fact]
    public void GarbledAmount_ReturnsFailureNamingTheSegment()
    {
        var text = File.ReadAllText(SharedData.PathOf("x12/837p-5010-Example2_Encounter.txt"))
            .Replace("CLM*26462967*100*", "CLM*26462967*1O0*", StringComparison.Ordinal);

        var result = Claim837Reader.Read(text);

        Assert.False(result.Succeeded);
        Assert.Contains("(CLM): CLM02 \"1O0\" is not a number", result.Error);
        Assert.StartsWith("Segment 24 ", result.Error); // the 24th segment of the file, counting from ISA
    }

    [Fact]
    public void WrongSegmentCount_ReturnsFailureNamingTheSe()
    {
        var text = File.ReadAllText(SharedData.PathOf("x12/837p-5010-Example2_Encounter.txt"));
        var se = text[text.IndexOf("SE*", StringComparison.Ordinal)..].Split('~')[0];

        var result = Claim837Reader.Read(text.Replace(se, "SE*3*0021", StringComparison.Ordinal));

        Assert.False(result.Succeeded);
        Assert.Contains("(SE): SE01 says 3 segments", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("ISA*00*short~")]
    [InlineData("GS*HC*A*B*20260101*1200*1*X*005010X222A1~")]
    public void NotAnInterchange_ReturnsFailureForSegmentOne(string text)
    {
        var result = Claim837Reader.Read(text);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Segment 1 (ISA):", result.Error);
    }

    [Fact]
    public void EveryTruncationOfAFile_ReturnsAFailureInsteadOfThrowing()
    {
        var text = File.ReadAllText(SharedData.PathOf("x12/837p-5010-Example1_HealthInsurance.txt"));
        var end = text.LastIndexOf("IEA", StringComparison.Ordinal);

        for (var length = 0; length < end; length++)
        {
            var result = Claim837Reader.Read(text[..length]);
            Assert.False(result.Succeeded, $"cut at {length}");
            Assert.StartsWith("Segment ", result.Error);
        }
    }

    [Fact]
    public void ElementsReplacedByGarbage_NeverThrow()
    {
        var text = File.ReadAllText(SharedData.PathOf("x12/837p-5010-Example3_COB.txt"));
        var garbled = 0;
        for (var star = text.IndexOf('*', 110); star > 0; star = text.IndexOf('*', star + 1))
        {
            garbled++;
            _ = Claim837Reader.Read(text[..star] + "*\u00e9:x" + text[(star + 1)..]);
            _ = Claim837Reader.Read(text[..star] + "~" + text[(star + 1)..]);
        }

        Assert.True(garbled > 100);
    }
}
