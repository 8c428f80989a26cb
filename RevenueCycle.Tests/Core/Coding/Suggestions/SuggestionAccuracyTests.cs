using Xunit.Abstractions;
using RevenueCycle.Core.Coding.Suggestions;

namespace RevenueCycle.Tests.Core.Coding.Suggestions;

/// <summary>
/// Floors under the figures in docs/suggestions.md: a change that makes suggestions worse fails here.
/// Run with a detailed console logger to print the figures.
/// </summary>
public sealed class SuggestionAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Suggest_DemoNotes_MeetsPrecisionAndRecallFloors()
    {
        var notes = SuggestionEvaluation.DemoNotes();

        var (diagnoses, procedures) = SuggestionEvaluation.Score(SuggestionEvaluation.DemoSuggester, notes, CodeSuggester.RecommendedThreshold);

        output.WriteLine($"Demo notes ({notes.Count}), diagnoses: {diagnoses}");
        output.WriteLine($"Demo notes ({notes.Count}), procedures: {procedures}");
        Assert.True(diagnoses.Precision >= 0.93, $"diagnosis precision {diagnoses.Precision:0.000}");
        Assert.True(diagnoses.Recall >= 0.92, $"diagnosis recall {diagnoses.Recall:0.000}");
        Assert.True(procedures.Precision >= 0.95, $"procedure precision {procedures.Precision:0.000}");
        Assert.True(procedures.Recall >= 0.37, $"procedure recall {procedures.Recall:0.000}");
    }

    [Fact]
    public void Suggest_HandCodedTranscriptions_MeetsPrecisionAndRecallFloors()
    {
        var notes = SuggestionEvaluation.MtSamplesNotes();
        var suggester = SuggestionEvaluation.FullSuggester;
        Assert.True(notes is not null && suggester is not null, "../shared/data (notes and ICD-10-CM order file) is missing next to the repository");
        Assert.True(notes.Count >= 25);

        var (diagnoses, _) = SuggestionEvaluation.Score(suggester, notes, CodeSuggester.RecommendedThreshold);

        output.WriteLine($"Transcription samples ({notes.Count}, {suggester.CandidateCount} candidate codes), diagnoses: {diagnoses}");
        Assert.True(diagnoses.Precision >= 0.70, $"diagnosis precision {diagnoses.Precision:0.000}");
        Assert.True(diagnoses.Recall >= 0.48, $"diagnosis recall {diagnoses.Recall:0.000}");
    }
}
