using RevenueCycle.Core.CodeSets;

namespace RevenueCycle.Core.Coding.Suggestions;

/// <summary>A code the suggester may propose: ICD-10-CM with its dot (E11.65), CPT/HCPCS as five characters.</summary>
public sealed record SuggestionCandidate(string Code, CodeSystem System, string Description);

/// <summary>A run of characters in the note (start index and length) that supports a suggestion.</summary>
public readonly record struct EvidenceSpan(int Start, int Length);

/// <summary>
/// One proposed code with a confidence between 0 and 1 and the places in the note that support it,
/// in note order, so a coding screen can highlight the words.
/// </summary>
public sealed record CodeSuggestion(string Code, CodeSystem System, string Description, double Confidence, IReadOnlyList<EvidenceSpan> Evidence);

/// <summary>The part of a note a mention sits in; the section decides how much the mention counts.</summary>
public enum NoteSection
{
    Other,
    ChiefComplaint,
    PresentIllness,
    PastHistory,
    Medications,
    Allergies,
    FamilyHistory,
    SocialHistory,
    ReviewOfSystems,
    Exam,
    Tests,
    Procedure,
    Assessment,
    Plan,
}
