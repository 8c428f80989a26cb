namespace RevenueCycle.Core.CodeSets.Search;

/// <summary>
/// One row the encoder index is built from: a code of one release with its validity dates.
/// Several rows of the same system and code (one per release) become one searchable code.
/// </summary>
public sealed record EncoderCode(
    CodeSystem System,
    string Code,
    string ShortDescription,
    string LongDescription,
    bool IsBillable,
    DateOnly EffectiveDate,
    DateOnly? TerminationDate);

/// <summary>What the biller typed in the encoder box, and how to narrow it.</summary>
/// <param name="Text">Codes with or without the dot (<c>e1165</c>, <c>E11.6</c>, <c>99213</c>), words in any order, partial words or abbreviations.</param>
/// <param name="DateOfService">When given, each result says whether the code is valid on that date.</param>
/// <param name="Systems">Only these code systems; all searchable systems when null or empty.</param>
/// <param name="ExcludeInvalidOnDateOfService">Leave out codes not valid on <paramref name="DateOfService"/> instead of marking them.</param>
/// <param name="Limit">How many results at most.</param>
public sealed record EncoderQuery(
    string Text,
    DateOnly? DateOfService = null,
    IReadOnlyCollection<CodeSystem>? Systems = null,
    bool ExcludeInvalidOnDateOfService = false,
    int Limit = 20);

/// <summary>Why a result was found, in ranking order.</summary>
public enum EncoderMatchKind
{
    /// <summary>The text is the code itself (with or without the dot).</summary>
    ExactCode,

    /// <summary>The code starts with the text.</summary>
    CodePrefix,

    /// <summary>The description matches words, partial words or abbreviations of the text.</summary>
    Words,
}

/// <summary>One code found by the encoder.</summary>
/// <param name="Code">As people write it: ICD-10-CM with its dot (E11.65), CPT/HCPCS as five characters, modifiers as two.</param>
/// <param name="IsBillable">False for ICD-10-CM headers (E11, E11.6), which may not be reported.</param>
/// <param name="IsValidOnDateOfService">False when the code is not in force on the query's DOS (always true without a DOS).</param>
public sealed record EncoderSearchResult(
    string Code,
    string Description,
    CodeSystem System,
    bool IsBillable,
    bool IsValidOnDateOfService,
    EncoderMatchKind Match)
{
    /// <summary>Whether the code may be put on a claim for the DOS: a billable code in force on that date.</summary>
    public bool IsSelectable => IsBillable && IsValidOnDateOfService;
}
