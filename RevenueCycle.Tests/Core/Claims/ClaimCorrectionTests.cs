using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Tests.Core.Claims;

/// <summary>A biller's corrections of a claim: edits, combine, split, replacement and void, and the scrub bookkeeping.</summary>
public sealed class ClaimCorrectionTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);
    private static int _next;

    private static Encounter CodedEncounter(int patientId, string[] diagnoses, params (string Code, decimal Charge, int[] Pointers)[] lines)
    {
        var encounter = new Encounter(patientId, 1, null, 1, new DateOnly(2026, 11, 2), "11", "note", EncounterPriority.Normal, Now);
        foreach (var diagnosis in diagnoses)
        {
            encounter.AddDiagnosis(diagnosis);
        }

        foreach (var (code, charge, pointers) in lines)
        {
            encounter.AddServiceLine(code, [], 1, pointers, charge);
        }

        encounter.CompleteCoding("coder", Now, 300);
        return encounter;
    }

    private static Claim NewClaim(int patientId, string[] diagnoses, params (string Code, decimal Charge, int[] Pointers)[] lines) =>
        Claim.FromEncounter($"RC{++_next:D8}", CodedEncounter(patientId, diagnoses, lines), 1, 1, CoveragePriority.Primary, 1, Now, "biller");

    private static ClaimDetailsChange Details(Claim claim) => new(claim.PlaceOfService, claim.PriorAuthorizationNumber, claim.ReferringProviderId, claim.ServiceFacilityId, false, false, null, false, null, null, null);

    [Fact]
    public void ChartWithMoreThan50Lines_BecomesClaimsOf50AndTheRest_EachWithEveryDiagnosis()
    {
        var lines = Enumerable.Range(0, 120).Select(i => ($"9{i:D4}", 10m, new[] { 1 })).ToArray();
        var encounter = CodedEncounter(1, ["I10", "E11.9"], lines);
        var numbers = new Queue<string>(["RC00000101", "RC00000102", "RC00000103"]);

        var claims = Claim.FromEncounter(numbers.Dequeue, encounter, 1, 1, CoveragePriority.Primary, 1, null, Now, "biller");

        Assert.Equal([50, 50, 20], claims.Select(c => c.Lines.Count));
        Assert.Equal(["RC00000101", "RC00000102", "RC00000103"], claims.Select(c => c.ControlNumber));
        Assert.All(claims, c => Assert.Equal(["I10", "E11.9"], c.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code)));
        Assert.All(claims, c => Assert.Equal(Enumerable.Range(1, c.Lines.Count), c.Lines.Select(l => l.LineNumber)));
        Assert.Equal(1_200m, claims.Sum(c => c.TotalCharge));
        Assert.Equal(EncounterStatus.Billed, encounter.Status);
    }

    [Fact]
    public void ChangeLine_UpdatesTheTotal_RecordsTheEditInTheTimeline_AndRefusesAPointerPastTheDiagnoses()
    {
        var claim = NewClaim(1, ["I10"], ("99213", 150m, [1]), ("93000", 60m, [1]));

        var changed = claim.ChangeLine(2, new ClaimLineChange(new DateOnly(2026, 11, 2), "93000", ["59"], 1, 75m, [1]), Now, "biller");

        Assert.True(changed);
        Assert.Equal(225m, claim.TotalCharge);
        Assert.Equal(1, claim.EditCount);
        var edit = claim.History.Last();
        Assert.Equal(ClaimEventKind.Edit, edit.Kind);
        Assert.Contains("line 2 modifiers (none) → 59", edit.Note);
        Assert.Contains("line 2 charge 60.00 → 75.00", edit.Note);
        var error = Assert.Throws<DomainException>(() => claim.ChangeLine(1, new ClaimLineChange(new DateOnly(2026, 11, 2), "99213", [], 1, 150m, [2]), Now, "biller"));
        Assert.Contains("has 1 diagnoses", error.Message);
        Assert.False(claim.ChangeLine(1, new ClaimLineChange(new DateOnly(2026, 11, 2), "99213", [], 1, 150m, [1]), Now, "biller"));
    }

    [Fact]
    public void Edits_AfterSubmission_AreRefused_WithTheWayForward()
    {
        var claim = NewClaim(1, ["I10"], ("99213", 150m, [1]));
        claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller");

        var error = Assert.Throws<DomainException>(() => claim.ChangeDetails(Details(claim) with { PriorAuthorizationNumber = "PA1" }, Now, "biller"));

        Assert.Contains("Submitted", error.Message);
        Assert.Contains("replacement", error.Message);
    }

    [Fact]
    public void ChangeDetails_AutoAccidentWithoutStateOrDate_IsRefusedInWords()
    {
        var claim = NewClaim(1, ["S93.401A"], ("99213", 150m, [1]));

        var noState = Assert.Throws<DomainException>(() => claim.ChangeDetails(Details(claim) with { AutoAccident = true, AccidentDate = new DateOnly(2026, 11, 1) }, Now, "biller"));
        var noDate = Assert.Throws<DomainException>(() => claim.ChangeDetails(Details(claim) with { AutoAccident = true, AutoAccidentState = "PA" }, Now, "biller"));
        var saved = claim.ChangeDetails(Details(claim) with { AutoAccident = true, AutoAccidentState = "pa", AccidentDate = new DateOnly(2026, 11, 1) }, Now, "biller");

        Assert.Contains("state", noState.Message);
        Assert.Contains("accident date", noDate.Message);
        Assert.True(saved);
        Assert.Equal("PA", claim.AutoAccidentState);
    }

    [Fact]
    public void Combine_MergesDiagnosesAndRemapsPointers_AndVoidsTheOther()
    {
        var first = NewClaim(7, ["I10", "E11.9"], ("99213", 150m, [1, 2]));
        var second = NewClaim(7, ["E11.9", "E78.5"], ("82947", 20m, [1]), ("80061", 40m, [2, 1]));

        first.Combine(second, Now, "biller");

        Assert.Equal(["I10", "E11.9", "E78.5"], first.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code));
        Assert.Equal(["99213", "82947", "80061"], first.Lines.OrderBy(l => l.LineNumber).Select(l => l.Code));
        Assert.Equal([2], first.Lines.Single(l => l.Code == "82947").Pointers);
        Assert.Equal([3, 2], first.Lines.Single(l => l.Code == "80061").Pointers);
        Assert.Equal(210m, first.TotalCharge);
        Assert.Equal(ClaimStatus.Voided, second.Status);
        Assert.Contains(first.ControlNumber, second.History.Last().Note);
        Assert.Empty(second.Lines);
    }

    [Fact]
    public void Combine_ClaimsOfDifferentPatients_IsRefused()
    {
        var first = NewClaim(7, ["I10"], ("99213", 150m, [1]));
        var second = NewClaim(8, ["I10"], ("99213", 150m, [1]));

        var error = Assert.Throws<DomainException>(() => first.Combine(second, Now, "biller"));

        Assert.Contains("one patient, provider and payer", error.Message);
        Assert.Equal(ClaimStatus.Ready, second.Status);
    }

    [Fact]
    public void SplitOff_MovesTheLinesAndTheirDiagnoses_AndRenumbersBothClaims()
    {
        var claim = NewClaim(7, ["I10", "E11.9", "E78.5"], ("99213", 150m, [1]), ("82947", 20m, [2]), ("80061", 40m, [3, 2]));

        var split = claim.SplitOff([2, 3], "RC00009999", Now, "biller");

        Assert.Equal(["99213"], claim.Lines.Select(l => l.Code));
        Assert.Equal(1, claim.Lines.Single().LineNumber);
        Assert.Equal(150m, claim.TotalCharge);
        Assert.Equal("RC00009999", split.ControlNumber);
        Assert.Equal(["E11.9", "E78.5"], split.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code));
        Assert.Equal([(1, "82947", new[] { 1 }), (2, "80061", new[] { 2, 1 })], split.Lines.OrderBy(l => l.LineNumber).Select(l => (l.LineNumber, l.Code, l.Pointers.ToArray())));
        Assert.Equal(60m, split.TotalCharge);
        Assert.Equal(ClaimStatus.Ready, split.Status);
        Assert.Throws<DomainException>(() => claim.SplitOff([1], "RC00010000", Now, "biller"));
    }

    [Fact]
    public void Replacement_OfAnAdjudicatedClaim_CarriesThePayerClaimNumber_AndMarksTheOriginalReplaced()
    {
        var claim = NewClaim(7, ["I10"], ("99213", 150m, [1]));
        claim.Submit(new SubmissionBatch("CH", SubmissionFormat.X12837P, 1, 1, Now, "biller"), Now, "biller");
        claim.PostAdjustment(claim.Lines[0], AdjustmentGroup.CO, "16", "MA130", 150m, null, null, Now, "biller");
        claim.RecordAdjudication(deniedByPayer: true, "PCN-778", Now, "biller");

        var replacement = claim.CreateCorrection(voidIt: false, "RC00020000", Now, "biller");

        Assert.Equal("7", replacement.FrequencyCode);
        Assert.Equal("PCN-778", replacement.OriginalPayerClaimNumber);
        Assert.Equal(ClaimStatus.Ready, replacement.Status);
        Assert.Equal(150m, replacement.TotalCharge);
        Assert.Equal(0m, replacement.Lines[0].Adjusted);
        Assert.Equal(ClaimStatus.Replaced, claim.Status);
        Assert.Contains("RC00020000", claim.History.Last().Note);
    }

    [Fact]
    public void Void_OfAClaimNotYetAdjudicated_IsRefused_ForFrequency8()
    {
        var claim = NewClaim(7, ["I10"], ("99213", 150m, [1]));

        var error = Assert.Throws<DomainException>(() => claim.CreateCorrection(voidIt: true, "RC00020001", Now, "biller"));

        Assert.Contains("adjudicated", error.Message);
        claim.Void("Duplicate of RC00000001", Now, "biller");
        Assert.Equal(ClaimStatus.Voided, claim.Status);
    }

    [Fact]
    public void RecordScrub_FirstCleanScrubCountsAsClean_AnEditBeforeItDoesNot()
    {
        var untouched = NewClaim(1, ["I10"], ("99213", 150m, [1]));
        var edited = NewClaim(1, ["I10"], ("99213", 150m, [1]));
        edited.ChangeDetails(Details(edited) with { PriorAuthorizationNumber = "PA-1" }, Now, "biller");

        untouched.RecordScrub(0, 1, 0, "Scrubber: a warning", Now, "biller");
        edited.RecordScrub(0, 0, 0, "Scrubber: passed", Now, "biller");

        Assert.True(untouched.CleanOnFirstScrub);
        Assert.False(edited.CleanOnFirstScrub);
        Assert.Equal(ClaimStatus.Ready, untouched.Status);
    }

    [Fact]
    public void RecordScrub_ErrorsHoldTheClaim_AndAPassingScrubReleasesOnlyAScrubberHold()
    {
        var claim = NewClaim(1, ["I10"], ("99213", 150m, [1]));
        var heldByBiller = NewClaim(1, ["I10"], ("99213", 150m, [1]));
        heldByBiller.Hold("Waiting for the operative report", Now, "biller");

        claim.RecordScrub(1, 0, 0, "Scrubber: member ID missing", Now, "biller");
        Assert.Equal(ClaimStatus.Held, claim.Status);
        Assert.True(claim.HeldByScrubber);
        Assert.False(claim.CleanOnFirstScrub);

        claim.RecordScrub(0, 0, 0, "Scrubber: passed", Now, "biller");
        heldByBiller.RecordScrub(0, 0, 0, "Scrubber: passed", Now, "biller");

        Assert.Equal(ClaimStatus.Ready, claim.Status);
        Assert.Equal(ClaimStatus.Held, heldByBiller.Status);
        Assert.False(claim.CleanOnFirstScrub);
    }
}
