namespace RevenueCycle.Core.Remittance.X12;

/// <summary>Where an 835 does not balance, and by how much (positive: the payer's figures leave this much unexplained).</summary>
public sealed record Era835Imbalance(string Where, int SegmentNumber, decimal Difference)
{
    public string Describe() =>
        $"{Where} does not balance by {(Difference < 0 ? "-" : string.Empty)}${Math.Abs(Difference).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>
/// The 835 balancing rules (005010X221A1 section 1.10.2) as pure functions. Each returns the difference,
/// zero when the figures balance, so a caller can show "does not balance by $X" instead of posting.
/// </summary>
public static class Era835Balancing
{
    /// <summary>SVC02 charge - SVC03 paid - the line's CAS amounts.</summary>
    public static decimal LineDifference(Era835ServiceLine line) =>
        line.ChargeAmount - line.PaidAmount - line.Adjustments.Sum(a => a.Amount);

    /// <summary>CLP03 charge - CLP04 paid - the claim-level and line-level CAS amounts.</summary>
    public static decimal ClaimDifference(Era835Claim claim) =>
        claim.ChargeAmount - claim.PaidAmount - claim.Adjustments.Sum(a => a.Amount) - claim.Lines.Sum(l => l.Adjustments.Sum(a => a.Amount));

    /// <summary>BPR02 - (sum of CLP04 - sum of PLB amounts); a positive PLB amount reduces the check.</summary>
    public static decimal TransactionDifference(Era835 era) =>
        era.Payment.Amount - (era.Claims.Sum(c => c.PaidAmount) - era.ProviderAdjustments.Sum(p => p.Amounts.Sum(a => a.Amount)));

    /// <summary>Every check, claim and line of the transaction that does not balance.</summary>
    public static IReadOnlyList<Era835Imbalance> FindImbalances(Era835 era)
    {
        var found = new List<Era835Imbalance>();
        var total = TransactionDifference(era);
        if (total != 0)
        {
            found.Add(new Era835Imbalance($"Check {era.CheckOrEftNumber}", era.Payment.SegmentNumber, total));
        }

        foreach (var claim in era.Claims)
        {
            var difference = ClaimDifference(claim);
            if (difference != 0)
            {
                found.Add(new Era835Imbalance($"Claim {claim.PatientControlNumber}", claim.SegmentNumber, difference));
            }

            foreach (var line in claim.Lines)
            {
                var lineDifference = LineDifference(line);
                if (lineDifference != 0)
                {
                    found.Add(new Era835Imbalance($"Claim {claim.PatientControlNumber} line {line.Procedure.Code}", line.SegmentNumber, lineDifference));
                }
            }
        }

        return found;
    }
}
