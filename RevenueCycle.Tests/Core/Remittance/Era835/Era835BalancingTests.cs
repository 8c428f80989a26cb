using RevenueCycle.Core.Remittance.X12;
using Xunit.Abstractions;

namespace RevenueCycle.Tests.Core.Remittance.Era835;

public sealed class Era835BalancingTests(ITestOutputHelper output)
{
    [Fact]
    public void GuideExample_EveryClaimAndLineBalances()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        Assert.All(era.Claims, c => Assert.Equal(0m, Era835Balancing.ClaimDifference(c)));
        Assert.All(era.Claims.SelectMany(c => c.Lines), l => Assert.Equal(0m, Era835Balancing.LineDifference(l)));
    }

    [Fact]
    public void GuideExample_CheckIsOffByItsPlb_BecauseTheExamplePlbWasNotTakenFromTheClaims()
    {
        var era = Assert.Single(Era835Files.ReadOrFail(Era835Files.Text(Era835Files.GuideExample)));

        // The CLP04 payments add up to BPR02 (5.75) exactly; the PLB CV of -1.27 would raise the check to 7.02.
        Assert.Equal(era.Payment.Amount, era.Claims.Sum(c => c.PaidAmount));
        Assert.Equal(-1.27m, Era835Balancing.TransactionDifference(era));
        var imbalance = Assert.Single(Era835Balancing.FindImbalances(era));
        Assert.Equal("Check A04B001017.07504 does not balance by -$1.27", imbalance.Describe());
    }

    [Fact]
    public void Difference_IsChargeLessPaidLessAdjustments()
    {
        var procedure = new Era835Procedure("HC", "99213", []);
        var line = new Era835ServiceLine(2, procedure, 100m, 60m, 1m, null, [], [new Era835Adjustment("CO", "45", 30m, null)], [], [], []);
        var claim = new Era835Claim(1, "C1", "1", 100m, 60m, 10m, "MC", "P1", "11", "1", [new Era835Adjustment("PR", "2", 5m, null)], [], [], [], [], [line]);
        var era = new RevenueCycle.Core.Remittance.X12.Era835(
            "1", new Era835Payment(1, "I", 50m, "C", "ACH", null), "T1", null, null, Era835Party.Missing, Era835Party.Missing, [claim],
            [new Era835ProviderAdjustment(3, "P", new DateOnly(2026, 1, 1), [new Era835ProviderAdjustmentAmount("WO", "X", 10m)])], []);

        Assert.Equal(10m, Era835Balancing.LineDifference(line));
        Assert.Equal(5m, Era835Balancing.ClaimDifference(claim));
        Assert.Equal(0m, Era835Balancing.TransactionDifference(era));
    }

    [Fact]
    public void RealRemits_DocumentWhichClaimsDoNotBalance()
    {
        var eras = Era835Files.ReadOrFail(Era835Files.Text(Era835Files.FromNthMultipleInterchanges));

        // These remits were anonymised by replacing digits with 9s, so most amounts are masks (999.99, 99.99)
        // and almost nothing adds up; the reader must still read them, and balancing must say so.
        foreach (var era in eras)
        {
            var claims = era.Claims.Where(c => Era835Balancing.ClaimDifference(c) != 0).ToList();
            var lines = era.Claims.SelectMany(c => c.Lines).Where(l => Era835Balancing.LineDifference(l) != 0).ToList();
            output.WriteLine($"{era.ControlNumber}: check off by {Era835Balancing.TransactionDifference(era)}; {claims.Count} of {era.Claims.Count} claims and {lines.Count} lines do not balance; claims at segments {string.Join(", ", claims.Select(c => c.SegmentNumber))}");
        }

        // Checked by hand on the first claim (segment 18): CLP03 999.99, CLP04 0, line CAS 999.99 + 99.99, off by -99.99.
        Assert.Equal(-99.99m, Era835Balancing.ClaimDifference(eras[0].Claims[0]));
        Assert.Equal(
            [(223.93m, 17, 8), (6888.90m, 23, 22), (-2957.76m, 11, 20)],
            eras.Select(e => (
                Era835Balancing.TransactionDifference(e),
                e.Claims.Count(c => Era835Balancing.ClaimDifference(c) != 0),
                e.Claims.SelectMany(c => c.Lines).Count(l => Era835Balancing.LineDifference(l) != 0))));
        Assert.Equal(4, Era835Balancing.FindImbalances(eras[0]).First().SegmentNumber);
    }
}
