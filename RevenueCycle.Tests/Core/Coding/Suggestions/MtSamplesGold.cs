namespace RevenueCycle.Tests.Core.Coding.Suggestions;

/// <summary>
/// ICD-10-CM codes hand-assigned to transcription samples in /work/shared/data/notes/mtsamples-subset.csv
/// (by the row's index column), reading each note as a careful outpatient coder would: confirmed
/// diagnoses from the assessment, chronic conditions treated or monitored, no ruled-out, historical or
/// family conditions, no symptoms that a confirmed diagnosis explains. The note text stays in the shared file.
/// </summary>
public static class MtSamplesGold
{
    public static IReadOnlyList<(int Index, string[] Codes)> Codes { get; } =
    [
        (0, ["J30.9"]),
    ];
}
