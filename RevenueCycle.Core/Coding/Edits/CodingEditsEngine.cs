using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding.Edits;

/// <summary>
/// Checks a chart as the coder types and returns every problem found, each placed on a diagnosis or
/// a line. Pure and thread-safe: it reads only the chart and <see cref="ICodingReference"/>.
/// </summary>
public sealed class CodingEditsEngine(ICodingReference reference)
{
    /// <summary>Runs every edit on the chart; warnings with an override reason come back overridden.</summary>
    public IReadOnlyList<EditFinding> Check(ChartSnapshot chart)
    {
        var findings = new List<EditFinding>();
        CheckDiagnoses(chart, findings);
        CheckLines(chart, findings);
        return findings;
    }

    /// <summary>Coding can be completed when there is no error and every warning carries an override reason.</summary>
    public static bool CanComplete(IEnumerable<EditFinding> findings) =>
        findings.All(f => f.Severity == EditSeverity.Warning && f.IsOverridden);

    private void CheckDiagnoses(ChartSnapshot chart, List<EditFinding> findings)
    {
        var diagnoses = chart.Diagnoses;
        var compact = new string[diagnoses.Count];
        for (var i = 0; i < diagnoses.Count; i++)
        {
            var code = diagnoses[i];
            var target = EditTarget.Diagnosis(i + 1);
            compact[i] = InMemoryCodingReference.Compact(code);
            CheckCodeValidity(chart, code, target, isDiagnosis: true, findings);

            // Manifestation codes ("in diseases classified elsewhere") follow the underlying condition.
            if (i == 0 && reference.IsManifestation(code))
            {
                Add(findings, chart, CodingEditRuleIds.ManifestationFirst, EditSeverity.Error, target,
                    $"{code} describes a manifestation and can never be the first-listed diagnosis.",
                    "List the underlying disease first and move this code after it.");
            }

            CheckDemographics(chart, code, compact[i], target, findings);
        }

        CheckExcludes1(chart, compact, findings);
    }

    private void CheckCodeValidity(ChartSnapshot chart, string code, EditTarget target, bool isDiagnosis, List<EditFinding> findings)
    {
        var lookup = reference.LookUpCode(code, chart.DateOfService);
        var kind = isDiagnosis ? "ICD-10-CM diagnosis" : "CPT or HCPCS code";
        switch (lookup.Status)
        {
            case CodeStatus.Unknown:
                Add(findings, chart, CodingEditRuleIds.CodeUnknown, EditSeverity.Error, target,
                    string.IsNullOrWhiteSpace(code) ? $"The {kind} is empty." : $"{code} is not a {kind} in the loaded code sets.",
                    "Check the code for a typo, or pick it from the code search.");
                break;

            // Only billable (leaf) ICD-10-CM codes may be reported; a category header is rejected.
            case CodeStatus.Header when isDiagnosis:
                Add(findings, chart, CodingEditRuleIds.IcdHeader, EditSeverity.Error, target,
                    $"{code} is a category heading, not a billable code.",
                    $"Choose a more specific code under {code}, to the last character the note supports.");
                break;

            // A code is valid only within its release's dates (CARC 146 diagnosis, 181 procedure).
            case CodeStatus.NotValidOnDate:
                var when = lookup.EffectiveDate > chart.DateOfService
                    ? $"it takes effect on {lookup.EffectiveDate:yyyy-MM-dd}"
                    : $"it ended on {lookup.TerminationDate:yyyy-MM-dd}";
                Add(findings, chart, CodingEditRuleIds.CodeNotValidOnDate, EditSeverity.Error, target,
                    $"{code} is not valid on the date of service {chart.DateOfService:yyyy-MM-dd}: {when}.",
                    "Use the code in force on the date of service (look for its replacement in that year's release).");
                break;
        }
    }

    // Medicare Code Editor age and sex edits (CARC 9/10): payers deny a diagnosis that does not fit the patient.
    private static void CheckDemographics(ChartSnapshot chart, string code, string compactCode, EditTarget target, List<EditFinding> findings)
    {
        var sexReported = false;
        var ageReported = false;
        foreach (var rule in CodingEditTables.DemographicRules)
        {
            if (!rule.Matches(compactCode))
            {
                continue;
            }

            if (!sexReported && rule.Sex is { } sex && chart.PatientSex != Sex.Unknown && chart.PatientSex != sex)
            {
                sexReported = true;
                Add(findings, chart, CodingEditRuleIds.SexConflict, EditSeverity.Warning, target,
                    $"{code} is a {rule.Label} diagnosis for {sex.ToString().ToLowerInvariant()} patients; this patient is recorded as {chart.PatientSex.ToString().ToLowerInvariant()}.",
                    "Check the code and the patient's sex in registration; if both are right, record the reason to override.");
            }

            if (!ageReported && chart.PatientAgeYears is { } age && (age < rule.MinAge || age > rule.MaxAge))
            {
                ageReported = true;
                var range = rule.MinAge == rule.MaxAge ? $"age {rule.MinAge}" : $"ages {rule.MinAge}-{rule.MaxAge}";
                Add(findings, chart, CodingEditRuleIds.AgeConflict, EditSeverity.Warning, target,
                    $"{code} is a {rule.Label} diagnosis for {range}; this patient is {age}.",
                    "Check the code and the patient's date of birth; if both are right, record the reason to override.");
            }
        }
    }

    // ICD-10-CM Excludes1: the two conditions are never coded together.
    private void CheckExcludes1(ChartSnapshot chart, string[] compact, List<EditFinding> findings)
    {
        HashSet<(int, int)>? reported = null;
        for (var i = 0; i < compact.Length; i++)
        {
            foreach (var range in reference.GetExcludes1(chart.Diagnoses[i]))
            {
                for (var j = 0; j < compact.Length; j++)
                {
                    if (j == i || !InRange(compact[j], range) || !(reported ??= []).Add((Math.Min(i, j), Math.Max(i, j))))
                    {
                        continue;
                    }

                    Add(findings, chart, CodingEditRuleIds.Excludes1, EditSeverity.Error, EditTarget.Diagnosis(Math.Max(i, j) + 1),
                        $"{chart.Diagnoses[j]} cannot be coded together with {chart.Diagnoses[i]} (Excludes1 note).",
                        "Keep the code the documentation supports and remove the other.");
                }
            }
        }
    }

    private static bool InRange(string compactCode, Excludes1Range range)
    {
        var from = compactCode.AsSpan(0, Math.Min(compactCode.Length, range.From.Length));
        var to = compactCode.AsSpan(0, Math.Min(compactCode.Length, range.To.Length));
        return from.CompareTo(range.From, StringComparison.Ordinal) >= 0 && to.CompareTo(range.To, StringComparison.Ordinal) <= 0;
    }

    private void CheckLines(ChartSnapshot chart, List<EditFinding> findings)
    {
        var lines = chart.Lines;
        var facts = new LineFacts[lines.Count];
        var hasMinorProcedure = false;
        for (var i = 0; i < lines.Count; i++)
        {
            facts[i] = LineFacts.Of(lines[i], reference.IsEvaluationAndManagement(lines[i].Code));
            hasMinorProcedure |= !facts[i].IsEvaluation && reference.IsMinorProcedure(lines[i].Code);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var fact = facts[i];
            var target = EditTarget.Line(line.LineNumber);
            CheckCodeValidity(chart, line.Code, target, isDiagnosis: false, findings);
            CheckPointers(chart, line, target, findings);
            CheckModifiers(chart, line, fact, hasMinorProcedure, target, findings);
            CheckMue(chart, i, target, findings);
            CheckAddOn(chart, i, target, findings);
            CheckDuplicate(chart, facts, i, target, findings);
            for (var j = i + 1; j < lines.Count; j++)
            {
                CheckPtp(chart, i, j, facts, findings);
                CheckPtp(chart, j, i, facts, findings);
            }
        }
    }

    // Each line needs one to four pointers, each at a listed diagnosis (837P SV107, CMS-1500 24E).
    private static void CheckPointers(ChartSnapshot chart, ChartLine line, EditTarget target, List<EditFinding> findings)
    {
        if (line.Pointers.Count == 0)
        {
            Add(findings, chart, CodingEditRuleIds.PointerMissing, EditSeverity.Error, target,
                $"Line {line.LineNumber} ({line.Code}) points at no diagnosis.",
                "Point the line at the diagnosis that supports it, the primary first.");
            return;
        }

        foreach (var pointer in line.Pointers)
        {
            if (pointer < 1 || pointer > chart.Diagnoses.Count)
            {
                Add(findings, chart, CodingEditRuleIds.PointerInvalid, EditSeverity.Error, target,
                    $"Line {line.LineNumber} ({line.Code}) points at diagnosis {pointer}, but the chart lists {chart.Diagnoses.Count}.",
                    "Point the line at a listed diagnosis, or add the missing diagnosis.");
                return;
            }
        }
    }

    private void CheckModifiers(ChartSnapshot chart, ChartLine line, LineFacts fact, bool hasMinorProcedure, EditTarget target, List<EditFinding> findings)
    {
        // XE/XS/XP/XU are the specific forms of 59; CMS never accepts both on one line.
        if (fact.Has59 && fact.HasX)
        {
            Add(findings, chart, CodingEditRuleIds.Modifier59WithX, EditSeverity.Error, target,
                $"Line {line.LineNumber} ({line.Code}) carries 59 together with an X modifier (XE, XS, XP, XU).",
                "Keep the one X modifier that describes why the service is distinct and remove 59.");
        }

        // 25: significant, separately identifiable E/M; it belongs on E/M codes only.
        if (fact.Has25 && !fact.IsEvaluation)
        {
            Add(findings, chart, CodingEditRuleIds.Modifier25NotEvaluation, EditSeverity.Error, target,
                $"Modifier 25 is on {line.Code}, which is not an E/M code.",
                "Move 25 to the E/M line, or remove it; for a distinct procedure use 59 or an X modifier.");
        }

        // 59: distinct procedural service, never on an E/M (use 25 there).
        if (fact.Has59 && fact.IsEvaluation)
        {
            Add(findings, chart, CodingEditRuleIds.Modifier59OnEvaluation, EditSeverity.Error, target,
                $"Modifier 59 is on the E/M code {line.Code}; 59 is never used on an E/M.",
                "Use modifier 25 for a separately identifiable E/M, or remove 59.");
        }

        // An E/M on the day of a minor procedure is bundled into it unless significant and separate (modifier 25).
        if (fact.IsEvaluation && hasMinorProcedure && !fact.Has25)
        {
            Add(findings, chart, CodingEditRuleIds.EvaluationWithoutModifier25, EditSeverity.Warning, target,
                $"The E/M {line.Code} is billed on the day of a minor procedure without modifier 25, so it will be bundled.",
                "Add modifier 25 if the note documents a separately identifiable E/M; otherwise remove the E/M line.");
        }

        // Paired organs and limbs: payers expect the side (LT/RT) or 50 for both.
        if (!fact.HasLaterality && reference.RequiresLaterality(line.Code))
        {
            Add(findings, chart, CodingEditRuleIds.LateralityMissing, EditSeverity.Warning, target,
                $"{line.Code} is done on one side of the body, but line {line.LineNumber} does not say which.",
                "Add LT, RT or 50 (bilateral) as the note documents.");
        }
    }

    // MUE: MAI 1 limits each line; MAI 2 (policy) and 3 (clinical) limit the day, so lines of a code add up.
    private void CheckMue(ChartSnapshot chart, int index, EditTarget target, List<EditFinding> findings)
    {
        var lines = chart.Lines;
        var line = lines[index];
        if (reference.GetMue(line.Code, chart.DateOfService) is not { } mue)
        {
            return;
        }

        if (mue.AdjudicationIndicator == 1)
        {
            if (line.Units > mue.MaxUnits)
            {
                Add(findings, chart, CodingEditRuleIds.Mue, EditSeverity.Error, target,
                    $"Line {line.LineNumber} bills {line.Units} units of {line.Code}; at most {mue.MaxUnits} per line are paid (MUE), so the whole line would deny.",
                    "Correct the units; if more were really done, split them onto lines with the anatomic modifier or 76/77 that the note supports.");
            }

            return;
        }

        var units = 0;
        for (var j = 0; j < lines.Count; j++)
        {
            if (string.Equals(lines[j].Code, line.Code, StringComparison.OrdinalIgnoreCase))
            {
                if (j < index)
                {
                    return; // the day's total is reported once, on the code's first line
                }

                units += lines[j].Units;
            }
        }

        if (units > mue.MaxUnits)
        {
            var appealable = mue.AdjudicationIndicator == 3;
            Add(findings, chart, CodingEditRuleIds.Mue, appealable ? EditSeverity.Warning : EditSeverity.Error, target,
                $"{units} units of {line.Code} on this day; at most {mue.MaxUnits} per day are paid (MUE), so all of them would deny.",
                appealable
                    ? "Correct the units; if the note supports more, record the reason to override and expect to appeal."
                    : "Correct the units: this limit is a policy and cannot be appealed.");
        }
    }

    // Add-on codes are never billed without their primary procedure.
    private void CheckAddOn(ChartSnapshot chart, int index, EditTarget target, List<EditFinding> findings)
    {
        var lines = chart.Lines;
        var line = lines[index];
        if (!reference.IsAddOn(line.Code, out var primaries))
        {
            return;
        }

        for (var j = 0; j < lines.Count; j++)
        {
            if (j != index && (primaries.Count == 0 ? !reference.IsAddOn(lines[j].Code, out _) : primaries.Contains(lines[j].Code)))
            {
                return;
            }
        }

        var expected = primaries.Count == 0 ? "a primary procedure" : string.Join(", ", primaries.Order(StringComparer.Ordinal));
        Add(findings, chart, CodingEditRuleIds.AddOnWithoutPrimary, EditSeverity.Error, target,
            $"{line.Code} is an add-on code and the chart has no primary procedure for it ({expected}).",
            "Add the primary procedure the note documents, or remove the add-on line.");
    }

    // The same code, modifiers and DOS twice is a duplicate (CARC 18) unless 76, 77 or 91 says it was repeated.
    private static void CheckDuplicate(ChartSnapshot chart, LineFacts[] facts, int index, EditTarget target, List<EditFinding> findings)
    {
        var line = chart.Lines[index];
        if (facts[index].HasRepeat)
        {
            return;
        }

        for (var j = 0; j < index; j++)
        {
            var other = chart.Lines[j];
            if (string.Equals(other.Code, line.Code, StringComparison.OrdinalIgnoreCase) && SameModifiers(other.Modifiers, line.Modifiers))
            {
                Add(findings, chart, CodingEditRuleIds.DuplicateLine, EditSeverity.Error, target,
                    $"Line {line.LineNumber} repeats line {other.LineNumber} ({line.Code}, same modifiers, same day).",
                    "Remove the duplicate, add units to the first line, or add 76, 77 or 91 if the service was really repeated.");
                return;
            }
        }
    }

    private static bool SameModifiers(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        return Covers(first, second) && Covers(second, first);

        static bool Covers(IReadOnlyList<string> modifiers, IReadOnlyList<string> others)
        {
            foreach (var modifier in others)
            {
                if (!string.IsNullOrWhiteSpace(modifier) && !modifiers.Contains(modifier, StringComparer.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // NCCI PTP: column 2 is denied with column 1 on the same DOS. Modifier indicator 0: never bypassed;
    // 1: bypassed by an NCCI-associated modifier on either line; 9: the edit is not in force.
    private void CheckPtp(ChartSnapshot chart, int column1, int column2, LineFacts[] facts, List<EditFinding> findings)
    {
        var first = chart.Lines[column1];
        var second = chart.Lines[column2];
        if (string.Equals(first.Code, second.Code, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        switch (reference.GetPtpModifierIndicator(first.Code, second.Code, chart.DateOfService))
        {
            case '0':
                Add(findings, chart, CodingEditRuleIds.NcciPtp, EditSeverity.Error, EditTarget.Line(second.LineNumber),
                    $"{second.Code} is bundled into {first.Code} on line {first.LineNumber} (NCCI) and no modifier can unbundle this pair.",
                    $"Remove {second.Code}, or {first.Code} if it was not done; this pair is never paid together.");
                break;

            case '1' when !facts[column1].HasNcciModifier && !facts[column2].HasNcciModifier:
                Add(findings, chart, CodingEditRuleIds.NcciPtp, EditSeverity.Warning, EditTarget.Line(second.LineNumber),
                    $"{second.Code} is bundled into {first.Code} on line {first.LineNumber} (NCCI) and would be denied.",
                    "If the note documents a separate site, session or encounter, add XS, XE, XP, XU (or 59, or an anatomic modifier); otherwise remove the line.");
                break;
        }
    }

    private static void Add(List<EditFinding> findings, ChartSnapshot chart, string ruleId, EditSeverity severity, EditTarget target, string message, string fixHint)
    {
        // Only a warning can be accepted with a reason; an error must be fixed.
        string? reason = null;
        if (severity == EditSeverity.Warning && chart.Overrides is { Count: > 0 } overrides)
        {
            foreach (var candidate in overrides)
            {
                if (candidate.Target == target && string.Equals(candidate.RuleId, ruleId, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(candidate.Reason))
                {
                    reason = candidate.Reason;
                    break;
                }
            }
        }

        findings.Add(new EditFinding(ruleId, severity, message, fixHint, target, reason));
    }

    private readonly record struct LineFacts(bool IsEvaluation, bool Has25, bool Has59, bool HasX, bool HasRepeat, bool HasNcciModifier, bool HasLaterality)
    {
        public static LineFacts Of(ChartLine line, bool isEvaluation)
        {
            bool has25 = false, has59 = false, hasX = false, hasRepeat = false, hasNcci = false, hasLaterality = false;
            foreach (var modifier in line.Modifiers)
            {
                if (string.IsNullOrEmpty(modifier))
                {
                    continue;
                }

                has25 |= modifier == "25";
                has59 |= modifier == "59";
                hasX |= modifier.Equals("XE", StringComparison.OrdinalIgnoreCase) || modifier.Equals("XS", StringComparison.OrdinalIgnoreCase)
                    || modifier.Equals("XP", StringComparison.OrdinalIgnoreCase) || modifier.Equals("XU", StringComparison.OrdinalIgnoreCase);
                hasRepeat |= modifier is "76" or "77" or "91";
                hasNcci |= CodingEditTables.NcciAssociatedModifiers.Contains(modifier);
                hasLaterality |= CodingEditTables.LateralityModifiers.Contains(modifier);
            }

            return new LineFacts(isEvaluation, has25, has59, hasX, hasRepeat, hasNcci, hasLaterality);
        }
    }
}
