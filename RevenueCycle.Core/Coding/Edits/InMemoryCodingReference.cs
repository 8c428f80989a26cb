namespace RevenueCycle.Core.Coding.Edits;

/// <summary>
/// <see cref="ICodingReference"/> held in memory, every look-up a hash. Built once from rows (the
/// importers' tables, or hand-built lists in tests) and then read by any number of threads.
/// </summary>
public sealed class InMemoryCodingReference : ICodingReference
{
    private static readonly IReadOnlySet<string> NoCodes = new HashSet<string>();

    private readonly Dictionary<string, CodeVersion[]> _codes;
    private readonly Dictionary<string, Excludes1Range[]> _excludes1ByPrefix;
    private readonly HashSet<string> _manifestations;
    private readonly Dictionary<long, int> _ptpByPackedPair;
    private readonly Dictionary<(string, string), int> _ptpByOddPair;
    private readonly PtpWindow[] _ptpWindows;
    private readonly Dictionary<string, MueVersion[]> _mues;
    private readonly HashSet<string> _evaluationAndManagement;
    private readonly HashSet<string> _minorProcedures;
    private readonly Dictionary<string, IReadOnlySet<string>> _addOns;
    private readonly HashSet<string> _laterality;

    private InMemoryCodingReference(
        Dictionary<string, CodeVersion[]> codes,
        Dictionary<string, Excludes1Range[]> excludes1ByPrefix,
        HashSet<string> manifestations,
        Dictionary<long, int> ptpByPackedPair,
        Dictionary<(string, string), int> ptpByOddPair,
        PtpWindow[] ptpWindows,
        Dictionary<string, MueVersion[]> mues,
        HashSet<string> evaluationAndManagement,
        HashSet<string> minorProcedures,
        Dictionary<string, IReadOnlySet<string>> addOns,
        HashSet<string> laterality)
    {
        _codes = codes;
        _excludes1ByPrefix = excludes1ByPrefix;
        _manifestations = manifestations;
        _ptpByPackedPair = ptpByPackedPair;
        _ptpByOddPair = ptpByOddPair;
        _ptpWindows = ptpWindows;
        _mues = mues;
        _evaluationAndManagement = evaluationAndManagement;
        _minorProcedures = minorProcedures;
        _addOns = addOns;
        _laterality = laterality;
    }

    /// <summary>Builds the reference from rows; every collection may be left out. Codes compare without regard to case.</summary>
    /// <param name="codes">Every version of every ICD-10-CM, CPT and HCPCS code.</param>
    /// <param name="excludes1">ICD-10-CM Excludes1 notes.</param>
    /// <param name="manifestationCodes">ICD-10-CM manifestation codes (never first-listed).</param>
    /// <param name="ptpEdits">NCCI practitioner PTP rows.</param>
    /// <param name="mues">MUE rows.</param>
    /// <param name="evaluationAndManagementCodes">E/M codes (99202-99215...).</param>
    /// <param name="minorProcedureCodes">Procedures with 0 or 10 global days.</param>
    /// <param name="addOns">Add-on codes with their primaries.</param>
    /// <param name="lateralityCodes">Procedures that need LT, RT or 50 (see <see cref="CodingEditTables.DefaultLateralityCodes"/>).</param>
    public static InMemoryCodingReference FromRows(
        IEnumerable<CodeRow>? codes = null,
        IEnumerable<Excludes1Row>? excludes1 = null,
        IEnumerable<string>? manifestationCodes = null,
        IEnumerable<PtpRow>? ptpEdits = null,
        IEnumerable<MueRow>? mues = null,
        IEnumerable<string>? evaluationAndManagementCodes = null,
        IEnumerable<string>? minorProcedureCodes = null,
        IEnumerable<AddOnRow>? addOns = null,
        IEnumerable<string>? lateralityCodes = null)
    {
        var codeVersions = (codes ?? [])
            .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(c => c.EffectiveDate).Select(c => new CodeVersion(c.IsBillable, c.EffectiveDate, c.TerminationDate)).ToArray(),
                StringComparer.OrdinalIgnoreCase);

        var excludes1ByPrefix = (excludes1 ?? [])
            .Select(e => new Excludes1Range(Compact(e.CodePrefix), Compact(e.ExcludedFrom), Compact(e.ExcludedTo)))
            .GroupBy(e => e.NotePrefix, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        var ptpByPackedPair = new Dictionary<long, int>();
        var ptpByOddPair = new Dictionary<(string, string), int>();
        var windows = new List<PtpWindow>();
        foreach (var row in ptpEdits ?? [])
        {
            // Several rows of one pair (deleted, later added again) chain through Next, newest first.
            var window = new PtpWindow(row.EffectiveDate.DayNumber, row.DeletionDate?.DayNumber ?? int.MaxValue, row.ModifierIndicator, -1);
            if (TryPackPair(row.Column1Code, row.Column2Code, out var key))
            {
                window = window with { Next = ptpByPackedPair.GetValueOrDefault(key, -1) };
                ptpByPackedPair[key] = windows.Count;
            }
            else
            {
                var oddKey = (row.Column1Code.ToUpperInvariant(), row.Column2Code.ToUpperInvariant());
                window = window with { Next = ptpByOddPair.GetValueOrDefault(oddKey, -1) };
                ptpByOddPair[oddKey] = windows.Count;
            }

            windows.Add(window);
        }

        var mueVersions = (mues ?? [])
            .GroupBy(m => m.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.Select(m => new MueVersion(new MueRule(m.MaxUnits, m.AdjudicationIndicator), m.EffectiveDate, m.TerminationDate)).ToArray(),
                StringComparer.OrdinalIgnoreCase);

        var addOnPrimaries = (addOns ?? []).ToDictionary(
            a => a.AddOnCode,
            a => (IReadOnlySet<string>)new HashSet<string>(a.PrimaryCodes, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);

        return new InMemoryCodingReference(
            codeVersions,
            excludes1ByPrefix,
            ToSet(manifestationCodes),
            ptpByPackedPair,
            ptpByOddPair,
            [.. windows],
            mueVersions,
            ToSet(evaluationAndManagementCodes),
            ToSet(minorProcedureCodes),
            addOnPrimaries,
            ToSet(lateralityCodes));
    }

    /// <inheritdoc />
    public CodeLookup LookUpCode(string code, DateOnly dateOfService)
    {
        if (!_codes.TryGetValue(code, out var versions))
        {
            return new CodeLookup(CodeStatus.Unknown);
        }

        foreach (var version in versions)
        {
            if (version.IsValidOn(dateOfService))
            {
                return new CodeLookup(version.IsBillable ? CodeStatus.Valid : CodeStatus.Header, version.EffectiveDate, version.TerminationDate);
            }
        }

        // Not valid on the DOS: report the last version that began before it (terminated), else the first (not yet effective).
        var nearest = versions[0];
        foreach (var version in versions)
        {
            if (version.EffectiveDate <= dateOfService)
            {
                nearest = version;
            }
        }

        return new CodeLookup(CodeStatus.NotValidOnDate, nearest.EffectiveDate, nearest.TerminationDate);
    }

    /// <inheritdoc />
    public IReadOnlyList<Excludes1Range> GetExcludes1(string diagnosisCode)
    {
        if (_excludes1ByPrefix.Count == 0)
        {
            return [];
        }

        var compact = Compact(diagnosisCode);
        List<Excludes1Range>? found = null;
        for (var length = 1; length <= compact.Length; length++)
        {
            if (_excludes1ByPrefix.TryGetValue(compact[..length], out var ranges))
            {
                (found ??= []).AddRange(ranges);
            }
        }

        return found is null ? [] : found;
    }

    /// <inheritdoc />
    public bool IsManifestation(string diagnosisCode) => _manifestations.Contains(diagnosisCode);

    /// <inheritdoc />
    public char? GetPtpModifierIndicator(string column1Code, string column2Code, DateOnly dateOfService)
    {
        int head;
        if (TryPackPair(column1Code, column2Code, out var key))
        {
            if (!_ptpByPackedPair.TryGetValue(key, out head))
            {
                return null;
            }
        }
        else if (_ptpByOddPair.Count == 0 || !_ptpByOddPair.TryGetValue((column1Code.ToUpperInvariant(), column2Code.ToUpperInvariant()), out head))
        {
            return null;
        }

        var day = dateOfService.DayNumber;
        for (var i = head; i >= 0; i = _ptpWindows[i].Next)
        {
            var window = _ptpWindows[i];
            if (day >= window.EffectiveDay && day <= window.DeletionDay)
            {
                return window.ModifierIndicator;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public MueRule? GetMue(string code, DateOnly dateOfService)
    {
        if (!_mues.TryGetValue(code, out var versions))
        {
            return null;
        }

        foreach (var version in versions)
        {
            if (dateOfService >= version.EffectiveDate && (version.TerminationDate is null || dateOfService <= version.TerminationDate))
            {
                return version.Rule;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool IsEvaluationAndManagement(string code) => _evaluationAndManagement.Contains(code);

    /// <inheritdoc />
    public bool IsMinorProcedure(string code) => _minorProcedures.Contains(code);

    /// <inheritdoc />
    public bool IsAddOn(string code, out IReadOnlySet<string> primaryCodes)
    {
        if (_addOns.TryGetValue(code, out var primaries))
        {
            primaryCodes = primaries;
            return true;
        }

        primaryCodes = NoCodes;
        return false;
    }

    /// <inheritdoc />
    public bool RequiresLaterality(string code) => _laterality.Contains(code);

    /// <summary>An ICD-10-CM code without its dot, upper case, for prefix and range comparisons.</summary>
    internal static string Compact(string code) => code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static HashSet<string> ToSet(IEnumerable<string>? codes) => new(codes ?? [], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Packs a pair of CPT/HCPCS codes (up to five letters or digits each) into one 60-bit key, six
    /// bits a character, so the million-row PTP table is one dictionary of longs without strings.
    /// </summary>
    private static bool TryPackPair(string column1Code, string column2Code, out long key)
    {
        if (TryPack(column1Code, out var first) && TryPack(column2Code, out var second))
        {
            key = (first << 30) | second;
            return true;
        }

        key = 0;
        return false;
    }

    private static bool TryPack(string code, out long packed)
    {
        packed = 0;
        if (code.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in code)
        {
            // No character packs to zero, so codes of different lengths never collide.
            var value = c switch
            {
                >= '0' and <= '9' => c - '0' + 1,
                >= 'A' and <= 'Z' => c - 'A' + 11,
                >= 'a' and <= 'z' => c - 'a' + 11,
                _ => -1,
            };
            if (value < 0)
            {
                return false;
            }

            packed = (packed << 6) | (long)value;
        }

        return true;
    }

    private readonly record struct CodeVersion(bool IsBillable, DateOnly EffectiveDate, DateOnly? TerminationDate)
    {
        public bool IsValidOn(DateOnly date) => date >= EffectiveDate && (TerminationDate is null || date <= TerminationDate);
    }

    private readonly record struct PtpWindow(int EffectiveDay, int DeletionDay, char ModifierIndicator, int Next);

    private sealed record MueVersion(MueRule Rule, DateOnly EffectiveDate, DateOnly? TerminationDate);
}
