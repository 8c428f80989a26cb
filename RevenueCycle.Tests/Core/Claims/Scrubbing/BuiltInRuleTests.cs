using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using static RevenueCycle.Tests.Core.Claims.Scrubbing.ScrubTestData;

namespace RevenueCycle.Tests.Core.Claims.Scrubbing;

public sealed class BuiltInRuleTests
{
    private sealed record BrokenCase(Func<ScrubClaim, ScrubClaim> Break, string Field, int? Line, string[]? AlsoExpected = null, Func<ScrubContext>? Context = null);

    /// <summary>For each built-in rule: one change to the clean claim that must raise it, and where the finding must point.</summary>
    private static readonly Dictionary<string, BrokenCase> Cases = new()
    {
        ["SCR-001"] = new(c => c with { Billing = c.Billing with { Npi = null } }, "billing.npi", null),
        ["SCR-002"] = new(c => c with { Billing = c.Billing with { Npi = "1234567890" } }, "billing.npi", null),
        ["SCR-003"] = new(c => c with { Billing = c.Billing with { Tin = "58-7654321" } }, "billing.tin", null),
        ["SCR-004"] = new(c => c with { Billing = c.Billing with { Address = c.Billing.Address! with { City = "" } } }, "billing.address", null),
        ["SCR-005"] = new(c => c with { Billing = c.Billing with { Address = c.Billing.Address! with { Zip = "33111" } } }, "billing.zip", null),
        ["SCR-006"] = new(c => c with { Billing = c.Billing with { Taxonomy = null } }, "billing.taxonomy", null),
        ["SCR-007"] = new(c => c with { Rendering = c.Rendering! with { Npi = "1999999985" } }, "rendering.npi", null),
        ["SCR-008"] = new(c => c with { Referring = new ScrubProvider("CASEY", "ANN", "1811111117") }, "referring.npi", null),
        ["SCR-009"] = new(c => c with { Rendering = c.Rendering! with { Taxonomy = null } }, "rendering.taxonomy", null),
        ["SCR-010"] = new(c => c with { Subscriber = c.Subscriber with { FirstName = "" } }, "subscriber.name", null),
        ["SCR-011"] = new(c => c with { Subscriber = c.Subscriber with { MemberId = " " } }, "subscriber.memberId", null),
        ["SCR-012"] = new(c => c with { Subscriber = c.Subscriber with { BirthDate = null } }, "subscriber.dob", null),
        ["SCR-013"] = new(c => c with { Subscriber = c.Subscriber with { Sex = Sex.Unknown } }, "subscriber.sex", null),
        ["SCR-014"] = new(c => c with { Subscriber = c.Subscriber with { Address = c.Subscriber.Address! with { Zip = "3311" } } }, "subscriber.address", null),
        ["SCR-015"] = new(c => c with { Payer = c.Payer with { PayerIdCode = "" } }, "payer.payerId", null),
        ["SCR-016"] = new(c => c with { Subscriber = c.Subscriber with { RelationshipCode = "19", FirstName = "JOHN" }, Patient = c.Patient with { BirthDate = null } }, "patient.dob", null),
        ["SCR-020"] = new(c => c with { Diagnoses = [] }, "claim.diagnoses", null, ["SCR-023"]),
        ["SCR-021"] = new(c => c with { Diagnoses = [.. SafeDiagnoses.Take(13).Select((code, i) => new ScrubDiagnosis(i + 1, code))] }, "claim.diagnoses", null),
        ["SCR-022"] = new(c => c.WithLine(2, l => l with { Pointers = [] }), "line[2].pointer1", 2),
        ["SCR-023"] = new(c => c.WithLine(2, l => l with { Pointers = [1, 3] }), "line[2].pointer2", 2),
        ["SCR-024"] = new(c => c.WithLine(1, l => l with { Pointers = [1, 2, 1, 2, 1] }), "line[1].pointers", 1),
        ["SCR-025"] = new(c => c with { Lines = [] }, "claim.lines", null),
        ["SCR-026"] = new(c => ManyLines(c, 51), "claim.lines", null),
        ["SCR-030"] = new(c => c.WithLine(2, l => l with { Charge = 0m }) with { TotalCharge = 150m }, "line[2].charge", 2),
        ["SCR-031"] = new(c => c with { TotalCharge = 200m }, "claim.totalCharge", null),
        ["SCR-032"] = new(c => c.WithLine(2, l => l with { Units = 0 }), "line[2].units", 2),
        ["SCR-033"] = new(c => c.WithLine(1, l => l with { Modifiers = ["GT", "95", "GQ", "KX", "AQ"] }), "line[1].modifiers", 1),
        ["SCR-034"] = new(c => c.WithLine(2, l => l with { Modifiers = ["9"] }), "line[2].modifier1", 2),
        ["SCR-035"] = new(c => c with { PlaceOfService = "1" }, "claim.pos", null),
        ["SCR-036"] = new(c => c with { FrequencyCode = "2" }, "claim.frequency", null),
        ["SCR-037"] = new(c => c with { FrequencyCode = "7" }, "claim.payerClaimNumber", null),
        ["SCR-040"] = new(c => c.WithLine(2, l => l with { ServiceDate = Today.AddDays(1) }) with { ServiceToDate = Today.AddDays(1) }, "line[2].dos", 2),
        ["SCR-041"] = new(c => c with { Patient = c.Patient with { BirthDate = Dos.AddDays(1) } }, "line[1].dos", 1),
        ["SCR-042"] = new(c => c with { Patient = c.Patient with { DateOfDeath = Dos.AddDays(-1) } }, "line[1].dos", 1),
        ["SCR-043"] = new(c => c.WithLine(2, l => l with { ServiceDate = Dos.AddDays(1) }), "line[2].dos", 2),
        ["SCR-044"] = new(c => c with { Payer = c.Payer with { TimelyFilingDays = 40 } }, "claim.serviceFrom", null),
        ["SCR-045"] = new(c => c with { Payer = c.Payer with { TimelyFilingDays = 5 } }, "claim.serviceFrom", null),
        ["SCR-050"] = new(c => c, "line[1].code", 1, Context: () => Context(DuplicateClaimIndex.FromLines([new LiveClaimLine(2, "PCN2002", PatientId, PayerId, Dos, "99213")]))),
        ["SCR-051"] = new(c => c with { PriorAuthorizationNumber = null }, "claim.priorAuth", 1),
        ["SCR-052"] = new(c => c with { Payer = c.Payer with { ClaimFilingIndicator = "MB" }, PayerSequence = CoveragePriority.Secondary }, "subscriber.medicareSecondaryType", null),
    };

    public static TheoryData<string> RuleIds() => [.. Cases.Keys];

    [Fact]
    public void CleanClaim_HasNoFindings_AndPasses()
    {
        var result = Scrub(Baseline);

        Assert.Empty(result.Findings);
        Assert.True(result.Passed);
        Assert.False(result.HasHold);
        Assert.Equal(Baseline.ClaimId, result.ClaimId);
    }

    [Fact]
    public void EveryBuiltInRule_HasABrokenClaimCase()
    {
        Assert.Equal(ScrubRules.All.Select(r => r.Id).Order(), Cases.Keys.Order());
        Assert.Equal(ScrubRules.All.Count, ScrubRules.All.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void BrokenClaim_RaisesItsRule_AtTheFieldToFix(string ruleId)
    {
        var rule = ScrubRules.All.Single(r => r.Id == ruleId);
        var broken = Cases[ruleId];
        var claim = broken.Break(Baseline);

        var result = ClaimScrubber.Scrub(claim, broken.Context?.Invoke() ?? Context(), []);

        var finding = result.Findings.First(f => f.RuleId == ruleId);
        Assert.Equal(rule.Severity, finding.Severity);
        Assert.Equal(broken.Field, finding.Field);
        Assert.Equal(broken.Line, finding.LineNumber);
        Assert.Equal(rule.FixHint, finding.FixHint);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal([ruleId, .. broken.AlsoExpected ?? []], result.Findings.Select(f => f.RuleId).Distinct().Order());
        Assert.Equal(rule.Severity == ScrubSeverity.Warning, result.Passed);
        Assert.Equal(rule.Severity == ScrubSeverity.Hold, result.HasHold);
    }

    [Fact]
    public void NpiChecks_ValidNineDigitZipReferringAndTin_DoNotFire()
    {
        var claim = Baseline with { Referring = new ScrubProvider("CASEY", "ANN", "1811111115") };

        Assert.Empty(Scrub(claim).Findings);
    }

    [Fact]
    public void BillingNpiWithLetter_IsInvalid_NotMissing()
    {
        var result = Scrub(Baseline with { Billing = Baseline.Billing with { Npi = "123456789X" } });

        Assert.Contains("123456789X", Single(result, "SCR-002").Message);
        None(result, "SCR-001");
    }

    [Fact]
    public void SubscriberWithFiveDigitZip_IsFine_ButBillingNeedsNine()
    {
        Assert.Empty(Scrub(Baseline).Findings); // subscriber ZIP 33111 is five digits
        Assert.Contains("33111", Single(Scrub(Baseline with { Billing = Baseline.Billing with { Address = Baseline.Billing.Address! with { Zip = "33111" } } }), "SCR-005").Message);
    }

    [Fact]
    public void PatientWithoutBirthDate_WhoIsTheSubscriber_IsLeftToTheSubscriberRule()
    {
        None(Scrub(Baseline with { Patient = Baseline.Patient with { BirthDate = null } }), "SCR-016");
    }

    [Fact]
    public void TwelveDiagnosesAndFiftyLines_AreAllowed()
    {
        var claim = ManyLines(Baseline, 50) with { Diagnoses = [.. SafeDiagnoses.Take(12).Select((code, i) => new ScrubDiagnosis(i + 1, code))] };

        Assert.Empty(Scrub(claim).Findings);
    }

    [Fact]
    public void PointerToEachListedDiagnosis_IsFine_PointerBeyondTheList_NamesThePointer()
    {
        var result = Scrub(Baseline.WithLine(1, l => l with { Pointers = [2, 1, 5] }));

        var finding = Single(result, "SCR-023");
        Assert.Equal("line[1].pointer3", finding.Field);
        Assert.Contains("diagnosis 5", finding.Message);
    }

    [Fact]
    public void FourValidModifiers_AreFine()
    {
        Assert.Empty(Scrub(Baseline.WithLine(1, l => l with { Modifiers = ["GT", "95", "GQ", "KX"] })).Findings);
    }

    [Fact]
    public void LineWithItsOwnBadPlaceOfService_PointsAtTheLine()
    {
        var finding = Single(Scrub(Baseline.WithLine(2, l => l with { PlaceOfService = "O1" })), "SCR-035");

        Assert.Equal("line[2].pos", finding.Field);
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void TotalChargeOffByOneCent_IsAMismatch_WithBothAmounts()
    {
        var finding = Single(Scrub(Baseline with { TotalCharge = 175.01m }), "SCR-031");

        Assert.Contains("175.01", finding.Message);
        Assert.Contains("175.00", finding.Message);
    }

    [Fact]
    public void ReplacementWithPayerClaimNumber_IsFine()
    {
        Assert.Empty(Scrub(Baseline with { FrequencyCode = "7", PayerClaimNumber = "2026031000123" }).Findings);
    }

    [Fact]
    public void DateOfServiceToday_IsNotInTheFuture()
    {
        var claim = Baseline with { ServiceFromDate = Today, ServiceToDate = Today, Lines = [.. Baseline.Lines.Select(l => l with { ServiceDate = Today })] };

        Assert.Empty(Scrub(claim).Findings);
    }

    [Fact]
    public void DateOfServiceOnTheDayOfDeath_IsAllowed()
    {
        Assert.Empty(Scrub(Baseline with { Patient = Baseline.Patient with { DateOfDeath = Dos } }).Findings);
    }

    [Theory]
    [InlineData(41, null)] // deadline DOS+41 = today+31: no warning yet
    [InlineData(40, "SCR-044")] // today+30: warning
    [InlineData(10, "SCR-044")] // deadline today: still on time
    [InlineData(9, "SCR-045")] // deadline yesterday: too late
    public void TimelyFiling_WarnsWithin30Days_ErrsPastTheDeadline(int timelyFilingDays, string? expected)
    {
        var result = Scrub(Baseline with { Payer = Baseline.Payer with { TimelyFilingDays = timelyFilingDays } });

        Assert.Equal(expected is null ? [] : [expected], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void TimelyFiling_CountsFromTheEarliestLine()
    {
        var claim = Baseline.WithLine(2, l => l with { ServiceDate = Dos.AddDays(-30) }) with { ServiceFromDate = Dos.AddDays(-30) };

        var finding = Single(Scrub(claim with { Payer = claim.Payer with { TimelyFilingDays = 35 } }), "SCR-045");

        Assert.Contains("2026-02-08", finding.Message); // the earliest DOS
    }

    [Fact]
    public void Duplicate_OfTheClaimItself_IsNotADuplicate()
    {
        var index = DuplicateClaimIndex.FromLines([new LiveClaimLine(Baseline.ClaimId, Baseline.ControlNumber, PatientId, PayerId, Dos, "99213")]);

        Assert.Empty(ClaimScrubber.Scrub(Baseline, Context(index), []).Findings);
    }

    [Fact]
    public void Duplicate_WhenTheIndexHoldsTheClaimAndAnother_NamesTheOther()
    {
        var index = DuplicateClaimIndex.FromLines(
        [
            new LiveClaimLine(Baseline.ClaimId, Baseline.ControlNumber, PatientId, PayerId, Dos, "36415"),
            new LiveClaimLine(9, "PCN9009", PatientId, PayerId, Dos, "36415"),
        ]);

        var result = ClaimScrubber.Scrub(Baseline, Context(index), []);

        var finding = Single(result, "SCR-050");
        Assert.Contains("PCN9009", finding.Message);
        Assert.Equal(2, finding.LineNumber);
        Assert.True(result.HasHold);
        Assert.False(result.Passed);
    }

    [Theory]
    [InlineData(PatientId + 1, PayerId, 0, "99213")] // another patient
    [InlineData(PatientId, PayerId + 1, 0, "99213")] // another payer
    [InlineData(PatientId, PayerId, 1, "99213")] // another day
    [InlineData(PatientId, PayerId, 0, "99214")] // another code
    public void Duplicate_NeedsSamePatientPayerDayAndCode(int patientId, int payerId, int dayOffset, string code)
    {
        var index = DuplicateClaimIndex.FromLines([new LiveClaimLine(2, "PCN2002", patientId, payerId, Dos.AddDays(dayOffset), code)]);

        Assert.Empty(ClaimScrubber.Scrub(Baseline, Context(index), []).Findings);
    }

    [Fact]
    public void Duplicate_IsNotCheckedOnAReplacement()
    {
        var index = DuplicateClaimIndex.FromLines([new LiveClaimLine(2, "PCN2002", PatientId, PayerId, Dos, "99213")]);
        var replacement = Baseline with { FrequencyCode = "7", PayerClaimNumber = "PAYER123" };

        Assert.Empty(ClaimScrubber.Scrub(replacement, Context(index), []).Findings);
    }

    [Fact]
    public void PriorAuthorization_OnlyForThePayerThatRequiresIt()
    {
        var otherPayer = Baseline with { PriorAuthorizationNumber = null, Payer = Baseline.Payer with { Id = 8 } };

        Assert.Empty(Scrub(otherPayer).Findings);
    }

    [Theory]
    [InlineData("MB", CoveragePriority.Primary, null, false)]
    [InlineData("MB", CoveragePriority.Secondary, "12", false)]
    [InlineData("MA", CoveragePriority.Secondary, "99", true)]
    [InlineData("MA", CoveragePriority.Tertiary, null, true)]
    [InlineData("CI", CoveragePriority.Secondary, null, false)]
    public void MedicareSecondaryType_RequiredOnlyWhenMedicareIsNotPrimary(string filing, CoveragePriority sequence, string? sbr05, bool fires)
    {
        var claim = Baseline with { Payer = Baseline.Payer with { ClaimFilingIndicator = filing }, PayerSequence = sequence, MedicareSecondaryTypeCode = sbr05 };

        Assert.Equal(fires, Scrub(claim).Findings.Any(f => f.RuleId == "SCR-052"));
    }

    [Fact]
    public void Diagnoses_OutOfSequenceOrder_PointersStillResolve()
    {
        var claim = Baseline with { Diagnoses = [new ScrubDiagnosis(2, "I10"), new ScrubDiagnosis(1, "E11.9")] };

        Assert.Empty(Scrub(claim).Findings);
    }

    [Fact]
    public void ScrubBatch_ReturnsOneResultPerClaim_InOrder_SameInParallel()
    {
        ScrubClaim[] claims =
        [
            Baseline,
            Baseline with { ClaimId = 2, Billing = Baseline.Billing with { Npi = null } },
            Baseline with { ClaimId = 3, TotalCharge = 1m },
        ];

        var sequential = ClaimScrubber.ScrubBatch(claims, Context(), []);
        var parallel = ClaimScrubber.ScrubBatch(claims, Context(), [], parallel: true);

        Assert.Equal([1, 2, 3], sequential.Select(r => r.ClaimId));
        Assert.Equal([true, false, false], sequential.Select(r => r.Passed));
        Assert.Equal("SCR-001", Assert.Single(sequential[1].Findings).RuleId);
        Assert.Equal("SCR-031", Assert.Single(sequential[2].Findings).RuleId);
        Assert.Equal(sequential.Select(r => r.Findings), parallel.Select(r => r.Findings));
    }

    private static ScrubClaim ManyLines(ScrubClaim claim, int count) => claim with
    {
        // 99213 repeated with 76 (repeat procedure) so the coding edits see no duplicate line.
        Lines = [.. Enumerable.Range(1, count).Select(n => new ScrubLine(n, Dos, "99213", ["76"], 1, 10m, [1]))],
        TotalCharge = 10m * count,
    };
}
