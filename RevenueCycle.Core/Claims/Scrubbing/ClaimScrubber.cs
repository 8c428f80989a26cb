using System.Globalization;
using System.Reflection;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;

namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>
/// The claim scrubber: runs the built-in rules (<see cref="ScrubRules"/>), the coding edits
/// (<see cref="CodingEditsEngine"/>, as EDIT:&lt;rule id&gt;) and the payer rules on claims before
/// they are sent. Pure: it reads only the claim snapshots and the context, so it is thread-safe and
/// the caller does all database work. Built to scrub a batch of 10,000 claims well under a second:
/// no regex, no LINQ and few allocations per clean claim.
/// </summary>
public static class ClaimScrubber
{
    /// <summary>Days before the timely-filing deadline the scrubber starts warning.</summary>
    public const int TimelyFilingWarningDays = 30;

    /// <summary>At most 12 diagnoses on an 837P (HI segment) or CMS-1500 (box 21 A-L).</summary>
    public const int MaxDiagnoses = 12;

    /// <summary>At most 50 service lines on an 837P claim.</summary>
    public const int MaxLines = Claim.MaxLines;

    /// <summary>At most 4 modifiers and 4 diagnosis pointers on a line (SV101-3..6, SV107).</summary>
    public const int MaxModifiers = 4;

    private const int MaxPointers = 4;

    // SBR05 insurance type codes for Medicare secondary payer situations.
    private static readonly string[] MedicareSecondaryTypes = ["12", "13", "14", "15", "16", "41", "42", "43", "47"];

    // The coding edits' ids with the EDIT: prefix, built once so a finding does not concatenate.
    private static readonly Dictionary<string, string> EditRuleIds = typeof(CodingEditRuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(id => id, id => ScrubRules.CodingEditPrefix + id, StringComparer.Ordinal);

    /// <summary>Scrubs one claim; the payer rules are compiled for this call (use the <see cref="PayerRuleSet"/> overload to reuse them).</summary>
    public static ScrubResult Scrub(ScrubClaim claim, ScrubContext ctx, IReadOnlyList<PayerRuleDefinition> payerRules) =>
        Scrub(claim, ctx, PayerRuleSet.Compile(payerRules));

    /// <summary>Scrubs one claim with payer rules compiled once.</summary>
    public static ScrubResult Scrub(ScrubClaim claim, ScrubContext ctx, PayerRuleSet payerRules)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(payerRules);

        var findings = new List<ScrubFinding>();
        CheckBillingAndProviders(claim, findings);
        CheckSubscriberPayerPatient(claim, findings);
        CheckClaimFields(claim, findings);
        var firstDos = CheckLines(claim, ctx, findings);
        CheckTimelyFiling(claim, ctx, firstDos, findings);
        CheckMedicareSecondary(claim, findings);
        RunCodingEdits(claim, ctx, firstDos, findings);

        var facts = new ClaimFacts(firstDos, ClaimFacts.AgeOn(claim.Patient.BirthDate, firstDos), ctx.Today.DayNumber - firstDos.DayNumber);
        payerRules.Evaluate(claim, facts, findings);
        return new ScrubResult(claim.ClaimId, findings);
    }

    /// <summary>
    /// Scrubs a batch with the payer rules compiled once; results come back in the order of the
    /// claims. <paramref name="parallel"/> spreads the batch over the machine's cores.
    /// </summary>
    public static ScrubResult[] ScrubBatch(IReadOnlyList<ScrubClaim> claims, ScrubContext ctx, IReadOnlyList<PayerRuleDefinition> payerRules, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var rules = PayerRuleSet.Compile(payerRules);
        var results = new ScrubResult[claims.Count];
        if (parallel && claims.Count > 1)
        {
            Parallel.For(0, claims.Count, i => results[i] = Scrub(claims[i], ctx, rules));
        }
        else
        {
            for (var i = 0; i < claims.Count; i++)
            {
                results[i] = Scrub(claims[i], ctx, rules);
            }
        }

        return results;
    }

    private static void CheckBillingAndProviders(ScrubClaim claim, List<ScrubFinding> findings)
    {
        var billing = claim.Billing;
        if (IsBlank(billing.Npi))
        {
            Add(findings, ScrubRules.BillingNpiMissing, "The billing provider has no NPI.");
        }
        else if (!Npi.IsValid(billing.Npi))
        {
            Add(findings, ScrubRules.BillingNpiInvalid, $"The billing provider NPI {billing.Npi} is not a valid NPI (10 digits with a matching check digit).");
        }

        if (!IsDigits(billing.Tin, 9))
        {
            Add(findings, ScrubRules.BillingTinInvalid, IsBlank(billing.Tin)
                ? "The billing provider has no tax ID (EIN)."
                : $"The billing provider tax ID \"{billing.Tin}\" is not nine digits.");
        }

        var address = billing.Address;
        if (address is null || IsBlank(address.Line1) || IsBlank(address.City) || !IsLetters(address.State, 2))
        {
            Add(findings, ScrubRules.BillingAddressIncomplete, "The billing provider's street, city or state is missing.");
        }

        if (!IsDigits(address?.Zip, 9))
        {
            Add(findings, ScrubRules.BillingZipNotNineDigits, IsBlank(address?.Zip)
                ? "The billing provider has no ZIP code; the 837P needs the ZIP+4."
                : $"The billing provider ZIP \"{address!.Zip}\" is not nine digits; the 837P needs the ZIP+4.");
        }

        if (!IsTaxonomy(billing.Taxonomy))
        {
            Add(findings, ScrubRules.BillingTaxonomyInvalid, IsBlank(billing.Taxonomy)
                ? "The billing provider has no taxonomy code."
                : $"The billing provider taxonomy \"{billing.Taxonomy}\" is not a ten-character taxonomy code.");
        }

        if (claim.Rendering is { } rendering)
        {
            if (!Npi.IsValid(rendering.Npi))
            {
                Add(findings, ScrubRules.RenderingNpiInvalid, IsBlank(rendering.Npi)
                    ? $"The rendering provider {rendering.FirstName} {rendering.LastName} has no NPI."
                    : $"The rendering provider NPI {rendering.Npi} ({rendering.FirstName} {rendering.LastName}) is not a valid NPI.");
            }

            if (IsBlank(rendering.Taxonomy))
            {
                Add(findings, ScrubRules.RenderingTaxonomyMissing, $"The rendering provider {rendering.FirstName} {rendering.LastName} has no taxonomy code.");
            }
        }

        if (claim.Referring is { } referring && !Npi.IsValid(referring.Npi))
        {
            Add(findings, ScrubRules.ReferringNpiInvalid, IsBlank(referring.Npi)
                ? $"The referring provider {referring.FirstName} {referring.LastName} has no NPI."
                : $"The referring provider NPI {referring.Npi} ({referring.FirstName} {referring.LastName}) is not a valid NPI.");
        }
    }

    private static void CheckSubscriberPayerPatient(ScrubClaim claim, List<ScrubFinding> findings)
    {
        var subscriber = claim.Subscriber;
        if (IsBlank(subscriber.LastName) || IsBlank(subscriber.FirstName))
        {
            Add(findings, ScrubRules.SubscriberNameMissing, "The subscriber's last or first name is missing.");
        }

        if (IsBlank(subscriber.MemberId))
        {
            Add(findings, ScrubRules.SubscriberMemberIdMissing, "The subscriber has no member ID.");
        }

        if (subscriber.BirthDate is null)
        {
            Add(findings, ScrubRules.SubscriberBirthDateMissing, "The subscriber's date of birth is missing.");
        }

        if (subscriber.Sex == Sex.Unknown)
        {
            Add(findings, ScrubRules.SubscriberSexMissing, "The subscriber's sex is not recorded.");
        }

        var address = subscriber.Address;
        if (address is null || IsBlank(address.Line1) || IsBlank(address.City) || !IsLetters(address.State, 2)
            || !(IsDigits(address.Zip, 5) || IsDigits(address.Zip, 9)))
        {
            Add(findings, ScrubRules.SubscriberAddressIncomplete, address is null
                ? "The subscriber has no address."
                : "The subscriber's street, city, state or ZIP (5 or 9 digits) is missing or incomplete.");
        }

        if (IsBlank(claim.Payer.PayerIdCode))
        {
            Add(findings, ScrubRules.PayerIdMissing, $"The payer {claim.Payer.Name} has no payer ID.");
        }

        if (claim.Patient.BirthDate is null && subscriber.RelationshipCode != "18")
        {
            Add(findings, ScrubRules.PatientBirthDateMissing, "The patient's date of birth is missing.");
        }
    }

    private static void CheckClaimFields(ScrubClaim claim, List<ScrubFinding> findings)
    {
        if (!IsDigits(claim.PlaceOfService, 2))
        {
            Add(findings, ScrubRules.PlaceOfServiceInvalid, $"The place of service \"{claim.PlaceOfService}\" is not a two-digit code.");
        }

        var frequency = claim.FrequencyCode;
        if (frequency is not ("1" or "7" or "8"))
        {
            Add(findings, ScrubRules.FrequencyInvalid, $"The claim frequency \"{frequency}\" is not 1, 7 or 8.");
        }
        else if (frequency is "7" or "8" && IsBlank(claim.PayerClaimNumber))
        {
            Add(findings, ScrubRules.ReplacementWithoutPayerClaimNumber, frequency == "7"
                ? "This replacement claim (frequency 7) has no payer claim number of the claim it replaces."
                : "This void (frequency 8) has no payer claim number of the claim it voids.");
        }

        var diagnoses = claim.Diagnoses.Count;
        if (diagnoses == 0)
        {
            Add(findings, ScrubRules.NoDiagnosis, "The claim has no diagnosis.");
        }
        else if (diagnoses > MaxDiagnoses)
        {
            Add(findings, ScrubRules.TooManyDiagnoses, $"The claim lists {diagnoses} diagnoses; at most {MaxDiagnoses} fit on a claim.");
        }

        if (claim.Lines.Count == 0)
        {
            Add(findings, ScrubRules.NoLines, "The claim has no service line.");
        }
        else if (claim.Lines.Count > MaxLines)
        {
            Add(findings, ScrubRules.TooManyLines, $"The claim has {claim.Lines.Count} service lines; at most {MaxLines} fit on an 837P claim.");
        }
    }

    /// <summary>The line rules; returns the first date of service (the claim's from date when there is no line).</summary>
    private static DateOnly CheckLines(ScrubClaim claim, ScrubContext ctx, List<ScrubFinding> findings)
    {
        // The sequences of the listed diagnoses as bits, so a pointer check is one mask test.
        ulong listed = 0;
        foreach (var diagnosis in claim.Diagnoses)
        {
            if (diagnosis.Sequence is >= 1 and <= 63)
            {
                listed |= 1UL << diagnosis.Sequence;
            }
        }

        var patient = claim.Patient;
        var checkDuplicates = ctx.Duplicates is { Count: > 0 } && claim.FrequencyCode == "1"; // 7/8 repeat the original by design
        var needsAuthorization = IsBlank(claim.PriorAuthorizationNumber);
        var first = claim.Lines.Count == 0 ? claim.ServiceFromDate : DateOnly.MaxValue;
        var sum = 0m;
        foreach (var line in claim.Lines)
        {
            var n = line.LineNumber;
            var dos = line.ServiceDate;
            if (dos < first)
            {
                first = dos;
            }

            sum += line.Charge;

            // Pointers (SV107): one to four, each at a listed diagnosis.
            var pointers = line.Pointers;
            if (pointers.Count == 0)
            {
                Add(findings, ScrubRules.LineWithoutPointer, $"Line {n} ({line.ProcedureCode}) points at no diagnosis.", ScrubFieldPaths.Line(n, "pointer", 1), n);
            }
            else
            {
                for (var k = 0; k < pointers.Count; k++)
                {
                    var pointer = pointers[k];
                    if (pointer is < 1 or > 63 || (listed & (1UL << pointer)) == 0)
                    {
                        Add(findings, ScrubRules.PointerToMissingDiagnosis,
                            $"Line {n} ({line.ProcedureCode}) pointer {k + 1} points at diagnosis {pointer}, which the claim does not list.",
                            ScrubFieldPaths.Line(n, "pointer", k + 1), n);
                    }
                }

                if (pointers.Count > MaxPointers)
                {
                    Add(findings, ScrubRules.TooManyPointers, $"Line {n} ({line.ProcedureCode}) has {pointers.Count} diagnosis pointers; at most {MaxPointers} fit.", ScrubFieldPaths.Line(n, "pointers"), n);
                }
            }

            if (line.Charge <= 0m)
            {
                Add(findings, ScrubRules.LineChargeNotPositive,
                    $"Line {n} ({line.ProcedureCode}) has a charge of {line.Charge.ToString("0.00", CultureInfo.InvariantCulture)}.", ScrubFieldPaths.Line(n, "charge"), n);
            }

            if (line.Units < 1)
            {
                Add(findings, ScrubRules.UnitsLessThanOne, $"Line {n} ({line.ProcedureCode}) has {line.Units} units.", ScrubFieldPaths.Line(n, "units"), n);
            }

            var modifiers = line.Modifiers;
            if (modifiers.Count > MaxModifiers)
            {
                Add(findings, ScrubRules.TooManyModifiers, $"Line {n} ({line.ProcedureCode}) has {modifiers.Count} modifiers; at most {MaxModifiers} fit.", ScrubFieldPaths.Line(n, "modifiers"), n);
            }

            for (var k = 0; k < modifiers.Count; k++)
            {
                if (!IsAlphanumeric(modifiers[k], 2))
                {
                    Add(findings, ScrubRules.ModifierInvalid, $"Line {n} ({line.ProcedureCode}) modifier {k + 1} \"{modifiers[k]}\" is not two letters or digits.",
                        ScrubFieldPaths.Line(n, "modifier", k + 1), n);
                }
            }

            if (line.PlaceOfService is { } linePos && !IsDigits(linePos, 2))
            {
                Add(findings, ScrubRules.PlaceOfServiceInvalid, $"Line {n} ({line.ProcedureCode}) has the place of service \"{linePos}\", not a two-digit code.", ScrubFieldPaths.Line(n, "pos"), n);
            }

            CheckLineDates(claim, ctx, line, findings);

            if (checkDuplicates && ctx.Duplicates!.TryFindOther(claim.ClaimId, patient.Id, claim.Payer.Id, dos, line.ProcedureCode, out var other))
            {
                Add(findings, ScrubRules.DuplicateClaim,
                    $"Line {n} ({line.ProcedureCode} on {Date(dos)}) is already billed to {claim.Payer.Name} for this patient on claim {other}.",
                    ScrubFieldPaths.Line(n, "code"), n);
            }

            if (needsAuthorization && ctx.RequiresPriorAuthorization(claim.Payer.Id, line.ProcedureCode))
            {
                Add(findings, ScrubRules.PriorAuthorizationMissing,
                    $"{claim.Payer.Name} requires prior authorization for {line.ProcedureCode} (line {n}) and the claim has no authorization number.",
                    ScrubRules.PriorAuthorizationMissing.Field, n);
            }
        }

        if (claim.Lines.Count > 0 && sum != claim.TotalCharge)
        {
            Add(findings, ScrubRules.TotalChargeMismatch,
                $"The total charge is {claim.TotalCharge.ToString("0.00", CultureInfo.InvariantCulture)} but the lines add up to {sum.ToString("0.00", CultureInfo.InvariantCulture)}.");
        }

        return first;
    }

    private static void CheckLineDates(ScrubClaim claim, ScrubContext ctx, ScrubLine line, List<ScrubFinding> findings)
    {
        var n = line.LineNumber;
        var dos = line.ServiceDate;
        if (dos > ctx.Today)
        {
            Add(findings, ScrubRules.ServiceDateInFuture, $"Line {n} ({line.ProcedureCode}) has the date of service {Date(dos)}, which is in the future.", ScrubFieldPaths.Line(n, "dos"), n);
        }

        if (claim.Patient.BirthDate is { } birth && dos < birth)
        {
            Add(findings, ScrubRules.ServiceBeforeBirth, $"Line {n} ({line.ProcedureCode}) is dated {Date(dos)}, before the patient's birth on {Date(birth)}.", ScrubFieldPaths.Line(n, "dos"), n);
        }

        if (claim.Patient.DateOfDeath is { } death && dos > death)
        {
            Add(findings, ScrubRules.ServiceAfterDeath, $"Line {n} ({line.ProcedureCode}) is dated {Date(dos)}, after the patient's date of death {Date(death)}.", ScrubFieldPaths.Line(n, "dos"), n);
        }

        if (dos < claim.ServiceFromDate || dos > claim.ServiceToDate)
        {
            Add(findings, ScrubRules.ServiceOutsideClaimPeriod,
                $"Line {n} ({line.ProcedureCode}) is dated {Date(dos)}, outside the claim's service dates {Date(claim.ServiceFromDate)} to {Date(claim.ServiceToDate)}.",
                ScrubFieldPaths.Line(n, "dos"), n);
        }
    }

    // Timely filing: the payer's window runs from the (earliest) DOS; rejected claims do not stop the clock.
    private static void CheckTimelyFiling(ScrubClaim claim, ScrubContext ctx, DateOnly firstDos, List<ScrubFinding> findings)
    {
        var days = claim.Payer.TimelyFilingDays;
        if (days <= 0 || claim.FrequencyCode == "8" || firstDos > ctx.Today)
        {
            return;
        }

        var deadline = firstDos.AddDays(days);
        var left = deadline.DayNumber - ctx.Today.DayNumber;
        if (left < 0)
        {
            Add(findings, ScrubRules.TimelyFilingPassed,
                $"{claim.Payer.Name} accepts claims for {days} days from the date of service; for {Date(firstDos)} that ended on {Date(deadline)}.");
        }
        else if (left <= TimelyFilingWarningDays)
        {
            Add(findings, ScrubRules.TimelyFilingNear,
                $"{claim.Payer.Name} stops accepting this claim on {Date(deadline)} ({left} days left; {days} days from the date of service {Date(firstDos)}).");
        }
    }

    // Medicare secondary payer: the claim to Medicare as secondary must say why (SBR05).
    private static void CheckMedicareSecondary(ScrubClaim claim, List<ScrubFinding> findings)
    {
        if (claim.PayerSequence == CoveragePriority.Primary || claim.Payer.ClaimFilingIndicator is not ("MB" or "MA"))
        {
            return;
        }

        var type = claim.MedicareSecondaryTypeCode;
        if (type is not null && Array.IndexOf(MedicareSecondaryTypes, type) >= 0)
        {
            return;
        }

        Add(findings, ScrubRules.MedicareSecondaryTypeMissing, IsBlank(type)
            ? "Medicare is billed as a secondary payer and the Medicare secondary payer type (SBR05) is empty."
            : $"The Medicare secondary payer type \"{type}\" is not a valid SBR05 code.");
    }

    // The coding edits assume one DOS per chart, so a claim spanning several days is checked day by day.
    private static void RunCodingEdits(ScrubClaim claim, ScrubContext ctx, DateOnly firstDos, List<ScrubFinding> findings)
    {
        var (codes, positionOfSequence) = DiagnosisList(claim.Diagnoses);
        var lines = claim.Lines;
        var singleDay = true;
        foreach (var line in lines)
        {
            if (line.ServiceDate != firstDos)
            {
                singleDay = false;
                break;
            }
        }

        if (singleDay)
        {
            var chartLines = new ChartLine[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                chartLines[i] = ToChartLine(lines[i], positionOfSequence);
            }

            AddEdits(claim, ctx, firstDos, codes, chartLines, null, findings);
            return;
        }

        var days = new SortedDictionary<DateOnly, List<ChartLine>>();
        foreach (var line in lines)
        {
            if (!days.TryGetValue(line.ServiceDate, out var dayLines))
            {
                days[line.ServiceDate] = dayLines = [];
            }

            dayLines.Add(ToChartLine(line, positionOfSequence));
        }

        // Diagnosis edits (validity, age, sex, Excludes1) would repeat on every day: keep each once.
        var seen = new HashSet<(string, int)>();
        foreach (var (day, dayLines) in days)
        {
            AddEdits(claim, ctx, day, codes, dayLines, seen, findings);
        }
    }

    private static void AddEdits(ScrubClaim claim, ScrubContext ctx, DateOnly dos, IReadOnlyList<string> codes, IReadOnlyList<ChartLine> lines, HashSet<(string, int)>? seen, List<ScrubFinding> findings)
    {
        var chart = new ChartSnapshot(dos, ClaimFacts.AgeOn(claim.Patient.BirthDate, dos), claim.Patient.Sex, claim.PlaceOfService, codes, lines);
        var edits = ctx.CodingEdits.Check(chart);
        foreach (var edit in edits)
        {
            // The scrubber's own pointer rules (SCR-022/023) name the exact pointer; skip the chart-level ones.
            if (edit.RuleId is CodingEditRuleIds.PointerMissing or CodingEditRuleIds.PointerInvalid)
            {
                continue;
            }

            var target = edit.Target;
            if (seen is not null && target.Kind == EditTargetKind.Diagnosis && !seen.Add((edit.RuleId, target.Number)))
            {
                continue;
            }

            var ruleId = EditRuleIds.TryGetValue(edit.RuleId, out var prefixed) ? prefixed : ScrubRules.CodingEditPrefix + edit.RuleId;
            var severity = edit.Severity == EditSeverity.Error ? ScrubSeverity.Error : ScrubSeverity.Warning;
            var (field, lineNumber) = target.Kind switch
            {
                EditTargetKind.Line => (ScrubFieldPaths.Line(target.Number, "code"), (int?)target.Number),
                EditTargetKind.Diagnosis => (DiagnosisPath(claim, target.Number), null),
                _ => ("claim", null),
            };
            findings.Add(new ScrubFinding(ruleId, severity, edit.Message, field, lineNumber, edit.FixHint));
        }
    }

    // The chart's diagnoses in sequence order; positions map back to the claim's sequences.
    private static (IReadOnlyList<string> Codes, int[]? PositionOfSequence) DiagnosisList(IReadOnlyList<ScrubDiagnosis> diagnoses)
    {
        var codes = new string[diagnoses.Count];
        var inOrder = true;
        for (var i = 0; i < diagnoses.Count; i++)
        {
            codes[i] = diagnoses[i].Code;
            inOrder &= diagnoses[i].Sequence == i + 1;
        }

        if (inOrder)
        {
            return (codes, null);
        }

        var sorted = new ScrubDiagnosis[diagnoses.Count];
        for (var i = 0; i < diagnoses.Count; i++)
        {
            sorted[i] = diagnoses[i];
        }

        Array.Sort(sorted, static (a, b) => a.Sequence.CompareTo(b.Sequence));
        var positions = new int[64];
        for (var i = 0; i < sorted.Length; i++)
        {
            codes[i] = sorted[i].Code;
            if (sorted[i].Sequence is >= 1 and <= 63)
            {
                positions[sorted[i].Sequence] = i + 1;
            }
        }

        return (codes, positions);
    }

    private static ChartLine ToChartLine(ScrubLine line, int[]? positionOfSequence)
    {
        IReadOnlyList<int> pointers = line.Pointers;
        if (positionOfSequence is not null)
        {
            var mapped = new List<int>(pointers.Count);
            foreach (var pointer in pointers)
            {
                if (pointer is >= 1 and <= 63 && positionOfSequence[pointer] > 0)
                {
                    mapped.Add(positionOfSequence[pointer]);
                }
            }

            pointers = mapped;
        }

        return new ChartLine(line.LineNumber, line.ProcedureCode, line.Modifiers, line.Units, pointers);
    }

    private static string DiagnosisPath(ScrubClaim claim, int position)
    {
        // Position n of the chart is the n-th diagnosis in sequence order; report the claim's sequence.
        var sequence = position;
        if (position >= 1 && position <= claim.Diagnoses.Count && claim.Diagnoses[position - 1].Sequence != position)
        {
            var ordered = new List<int>(claim.Diagnoses.Count);
            foreach (var diagnosis in claim.Diagnoses)
            {
                ordered.Add(diagnosis.Sequence);
            }

            ordered.Sort();
            sequence = ordered[position - 1];
        }

        return string.Concat("diagnosis[", sequence.ToString(CultureInfo.InvariantCulture), "].code");
    }

    private static void Add(List<ScrubFinding> findings, ScrubRule rule, string message, string? field = null, int? lineNumber = null) =>
        findings.Add(new ScrubFinding(rule.Id, rule.Severity, message, field ?? rule.Field, lineNumber, rule.FixHint));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool IsDigits(string? value, int length)
    {
        if (value is null || value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string? value, int length)
    {
        if (value is null || value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(string? value, int length)
    {
        if (value is null || value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Health care provider taxonomy codes are ten characters, letters and digits, ending in X (207Q00000X).
    private static bool IsTaxonomy(string? value) => IsAlphanumeric(value, 10);
}
