namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// An ICD-10-CM Excludes1 note resolved to code ranges: a code in [<see cref="CodeFrom"/>,
/// <see cref="CodeTo"/>] is never reported with a code in [<see cref="ExcludedFrom"/>,
/// <see cref="ExcludedTo"/>]. Bounds are code prefixes with their dot: <c>(A05.-)</c> is A05..A05
/// (every code starting A05), <c>(E10-E13)</c> is E10..E13, <c>(K52.1)</c> is K52.1..K52.1.
/// </summary>
public sealed class Excludes1Rule : IVersionedCodeRow
{
    private Excludes1Rule()
    {
    }

    public Excludes1Rule(string codeFrom, string codeTo, string excludedFrom, string excludedTo, string note, DateOnly effectiveDate, int releaseId)
    {
        CodeFrom = codeFrom;
        CodeTo = codeTo;
        ExcludedFrom = excludedFrom;
        ExcludedTo = excludedTo;
        Note = note;
        EffectiveDate = effectiveDate;
        ReleaseId = releaseId;
    }

    public long Id { get; private set; }

    /// <summary>First code prefix the note sits under (the category E11, or the first of a section's range).</summary>
    public string CodeFrom { get; private set; } = "";

    public string CodeTo { get; private set; } = "";

    public string ExcludedFrom { get; private set; } = "";

    public string ExcludedTo { get; private set; } = "";

    /// <summary>The note as the tabular list words it, shown to the coder ("type 1 diabetes mellitus (E10.-)").</summary>
    public string Note { get; private set; } = "";

    public DateOnly EffectiveDate { get; private set; }

    public DateOnly? TerminationDate { get; private set; }

    public int ReleaseId { get; private set; }

    /// <summary>True when <paramref name="code"/> and <paramref name="otherCode"/> (with dots) may not be coded together under this rule.</summary>
    public bool Forbids(string code, string otherCode) =>
        IcdCodeRange.Contains(CodeFrom, CodeTo, code) && IcdCodeRange.Contains(ExcludedFrom, ExcludedTo, otherCode);
}

/// <summary>Ranges of ICD-10-CM codes bounded by code prefixes, as the tabular notes write them.</summary>
public static class IcdCodeRange
{
    /// <summary>
    /// A code is in [from, to] when its first characters compare at or after <paramref name="from"/>
    /// and at or before <paramref name="to"/>, each compared over the bound's own length, so E11.65
    /// is in E10..E13 and in E11..E11, and A04.31 is in A04.0..A04.4.
    /// </summary>
    public static bool Contains(string from, string to, string code)
    {
        var head = code.Length > from.Length ? code[..from.Length] : code;
        var tail = code.Length > to.Length ? code[..to.Length] : code;
        return string.CompareOrdinal(head, from) >= 0 && string.CompareOrdinal(tail, to) <= 0;
    }
}
