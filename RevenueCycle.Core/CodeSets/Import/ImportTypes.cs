namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>The official files the application imports, each in its publisher's format, unchanged.</summary>
public enum CodeSetImportKind
{
    /// <summary>ICD-10-CM order file (icd10cm_order_YYYY.txt, plain or gz): codes, billable flag, descriptions.</summary>
    Icd10CmOrder,

    /// <summary>ICD-10-CM tabular list XML (plain or gz): Excludes1 rules, 7th characters, manifestation flags.</summary>
    Icd10CmTabular,

    /// <summary>HCPCS Level II alpha-numeric file (HCPCYYYY_*_ANWEB.txt): Level II codes and modifiers.</summary>
    Hcpcs,

    /// <summary>The CPT file the practice licenses: CSV with code and description.</summary>
    Cpt,

    /// <summary>NCCI practitioner procedure-to-procedure edits (tab-delimited).</summary>
    NcciPtp,

    /// <summary>Practitioner medically unlikely edits (CSV).</summary>
    Mue,
}

/// <summary>How far a read has come: rows read and, when the stream's length is known, the percentage.</summary>
public readonly record struct ImportProgress(long RowsRead, int? Percent);

/// <summary>One line of a file, read: the record, or what was wrong with it in words an admin understands.</summary>
public readonly record struct ParsedLine<T>(long LineNumber, T? Record, string? Error)
{
    public static ParsedLine<T> Ok(long lineNumber, T record) => new(lineNumber, record, null);

    public static ParsedLine<T> Fail(long lineNumber, string problem) => new(lineNumber, default, $"Line {lineNumber}: {problem}");
}

/// <summary>What an import adds, changes and terminates against the rows valid on the release's effective date.</summary>
public sealed record CodeSetImportSummary(
    CodeSetImportKind Kind,
    DateOnly EffectiveDate,
    long RowsRead,
    int Skipped,
    int Added,
    int Changed,
    int Terminated,
    int Unchanged,
    int? ReleaseId,
    TimeSpan Elapsed)
{
    public bool ChangesNothing => Added == 0 && Changed == 0 && Terminated == 0;
}
