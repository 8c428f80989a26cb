using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Tests.Core.Claims;

public sealed class ClaimTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    private static Claim NewClaim(params (string Code, decimal Charge)[] lines)
    {
        var encounter = new Encounter(1, 1, null, 1, new DateOnly(2026, 11, 2), "11", "note", EncounterPriority.Normal, Now);
        encounter.AddDiagnosis("I10");
        foreach (var (code, charge) in lines)
        {
            encounter.AddServiceLine(code, [], 1, [1], charge);
        }

        encounter.CompleteCoding("coder", Now, 300);
        return Claim.FromEncounter("RC00000001", encounter, 1, 1, CoveragePriority.Primary, 1, Now, "biller");
    }

    private static PaymentBatch Batch() => new(PaymentBatchSource.Era835, 1, "EFT1", new DateOnly(2026, 11, 20), 0m, PaymentMethod.Ach, Now, "biller");

    [Fact]
    public void FromEncounter_CopiesLinesAndTotalsTheCharge()
    {
        var claim = NewClaim(("99213", 150m), ("93000", 60m));

        Assert.Equal(ClaimStatus.Ready, claim.Status);
        Assert.Equal(210m, claim.TotalCharge);
        Assert.Equal(2, claim.Lines.Count);
        Assert.Equal(["I10"], claim.Diagnoses.Select(d => d.Code));
        Assert.Single(claim.History);
    }

    [Fact]
    public void FromEncounter_UncodedChart_IsRefused()
    {
        var encounter = new Encounter(1, 1, null, 1, new DateOnly(2026, 11, 2), "11", "note", EncounterPriority.Normal, Now);

        var error = Assert.Throws<DomainException>(() => Claim.FromEncounter("RC1", encounter, 1, 1, CoveragePriority.Primary, 1, Now, "biller"));
        Assert.Contains("coded", error.Message);
    }

    [Fact]
    public void Submit_FromHeld_IsRefusedWithAMessage()
    {
        var claim = NewClaim(("99213", 150m));
        claim.Hold("Scrubber: missing NPI", Now, "biller");

        var error = Assert.Throws<DomainException>(() => claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller"));

        Assert.Contains("Held and cannot move to Submitted", error.Message);
        Assert.Equal(ClaimStatus.Held, claim.Status);
    }

    [Fact]
    public void Adjudication_PaidWithCoinsurance_LeavesAPatientBalance()
    {
        var claim = NewClaim(("99213", 150m));
        claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller");
        var line = claim.Lines[0];
        var batch = Batch();

        claim.PostPayment(line, PaymentSource.Payer, 73.60m, batch, null, Now, "biller");
        claim.PostAdjustment(line, AdjustmentGroup.CO, "45", null, 58m, batch, null, Now, "biller");
        claim.PostAdjustment(line, AdjustmentGroup.PR, "2", null, 18.40m, batch, null, Now, "biller");
        claim.RecordAdjudication(false, "PCN1", Now, "biller");

        Assert.Equal(ClaimStatus.PatientBalance, claim.Status);
        Assert.Equal(18.40m, claim.Balance);
        Assert.Equal(18.40m, claim.PatientBalance);
        Assert.Equal(0m, claim.InsuranceBalance);
        Assert.False(claim.FirstAdjudicationDenied);
    }

    [Fact]
    public void Adjudication_DenialReason_KeepsTheAmountAsInsuranceBalance()
    {
        var claim = NewClaim(("99213", 150m));
        claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller");

        var adjustment = claim.PostAdjustment(claim.Lines[0], AdjustmentGroup.CO, "197", "N54", 150m, Batch(), null, Now, "biller");
        claim.RecordAdjudication(true, "PCN2", Now, "biller");

        Assert.Equal(AdjustmentKind.Denial, adjustment.Kind);
        Assert.Equal(ClaimStatus.Denied, claim.Status);
        Assert.Equal(150m, claim.InsuranceBalance);
        Assert.True(claim.FirstAdjudicationDenied);
    }

    [Fact]
    public void PostPayment_BeyondTheCharge_IsRefused()
    {
        var claim = NewClaim(("99213", 150m));

        var error = Assert.Throws<DomainException>(() => claim.PostPayment(claim.Lines[0], PaymentSource.Payer, 150.01m, Batch(), null, Now, "biller"));

        Assert.Contains("beyond its charge", error.Message);
    }

    [Fact]
    public void SettleAfterPosting_PatientPaysTheRest_Closes()
    {
        var claim = NewClaim(("99213", 100m));
        claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller");
        var line = claim.Lines[0];
        claim.PostPayment(line, PaymentSource.Payer, 70m, Batch(), null, Now, "biller");
        claim.PostAdjustment(line, AdjustmentGroup.PR, "3", null, 30m, Batch(), null, Now, "biller");
        claim.RecordAdjudication(false, "PCN3", Now, "biller");

        claim.PostPayment(line, PaymentSource.Patient, 30m, Batch(), null, Now, "biller");
        claim.SettleAfterPosting(Now, "biller", "Patient paid");

        Assert.Equal(ClaimStatus.Closed, claim.Status);
        Assert.Equal(0m, claim.Balance);
        Assert.Equal([ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.PatientBalance, ClaimStatus.Closed], claim.History.Select(h => h.ToStatus));
    }

    [Theory]
    [InlineData(ClaimStatus.Ready, ClaimStatus.Paid, false)]
    [InlineData(ClaimStatus.Submitted, ClaimStatus.Accepted, true)]
    [InlineData(ClaimStatus.Rejected, ClaimStatus.Ready, true)]
    [InlineData(ClaimStatus.Voided, ClaimStatus.Ready, false)]
    [InlineData(ClaimStatus.Paid, ClaimStatus.Submitted, false)]
    public void Lifecycle_AllowsOnlyTheMovesABillingOfficeMakes(ClaimStatus from, ClaimStatus to, bool allowed) =>
        Assert.Equal(allowed, ClaimLifecycle.CanMove(from, to));
}
