using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding.Suggestions;

namespace RevenueCycle.Tests.Core.Coding.Suggestions;

public sealed class CodeSuggesterTests
{
    private static readonly CodeSuggester Suggester = SuggestionEvaluation.DemoSuggester;

    private static CodeSuggestion? Find(string note, string code) => Suggester.Suggest(note).FirstOrDefault(s => s.Code == code);

    [Theory]
    [InlineData("ASSESSMENT AND PLAN:\n1. High blood pressure, continue lisinopril.\n", "I10")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Type 2 diabetes with hyperglycemia, A1c 8.4%.\n", "E11.65")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Atrial fibrillation, rate controlled.\n", "I48.91")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Strep throat, amoxicillin for 10 days.\n", "J02.0")]
    [InlineData("PROCEDURE:\nJoint injection, right knee, after consent.\n", "20610")]
    [InlineData("PROCEDURE:\nEKG performed and interpreted: normal sinus rhythm.\n", "93000")]
    public void Suggest_SynonymInNote_SuggestsTheCode(string note, string code)
    {
        Assert.NotNull(Find(note, code));
    }

    [Theory]
    [InlineData("ASSESSMENT AND PLAN:\n1. Cough. Denies atrial fibrillation or palpitations.\n")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Palpitations. Negative for atrial fibrillation on monitor.\n")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Palpitations; atrial fibrillation ruled out on Holter.\n")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Palpitations; atrial fibrillation not suspected.\n")]
    [InlineData("ASSESSMENT AND PLAN:\n1. Palpitations without atrial fibrillation.\n")]
    public void Suggest_NegatedMention_IsSkipped(string note)
    {
        Assert.Null(Find(note, "I48.91"));
    }

    [Fact]
    public void Suggest_NegationEndsAtBut_KeepsTheLaterCondition()
    {
        var note = "ASSESSMENT AND PLAN:\n1. No chest pain but atrial fibrillation on today's tracing.\n";

        Assert.NotNull(Find(note, "I48.91"));
        Assert.Null(Find(note, "R07.9"));
    }

    [Fact]
    public void Suggest_FamilyHistorySection_IsNeverAPatientDiagnosis()
    {
        var note = "FAMILY HISTORY:\nHypertension. Atrial fibrillation.\n\nASSESSMENT AND PLAN:\n1. Acute bronchitis.\n";

        var codes = Suggester.Suggest(note, 0.01).Select(s => s.Code).ToList();

        Assert.Contains("J20.9", codes);
        Assert.DoesNotContain("I10", codes);
        Assert.DoesNotContain("I48.91", codes);
    }

    [Fact]
    public void Suggest_RelativeWithCondition_IsSkipped()
    {
        var note = "ASSESSMENT AND PLAN:\n1. Acute bronchitis. Mother with atrial fibrillation; family history of hypertension.\n";

        var codes = Suggester.Suggest(note, 0.01).Select(s => s.Code).ToList();

        Assert.DoesNotContain("I48.91", codes);
        Assert.DoesNotContain("I10", codes);
    }

    [Fact]
    public void Suggest_ResolvedHistoryOf_IsSkipped()
    {
        var note = "HISTORY OF PRESENT ILLNESS:\nHistory of acute bronchitis in 2019, resolved.\n\nASSESSMENT AND PLAN:\n1. Essential hypertension, at goal.\n";

        var codes = Suggester.Suggest(note, 0.01).Select(s => s.Code).ToList();

        Assert.Contains("I10", codes);
        Assert.DoesNotContain("J20.9", codes);
    }

    [Fact]
    public void Suggest_StatusPost_IsSkipped()
    {
        var note = "ASSESSMENT AND PLAN:\n1. Knee pain s/p knee injection last year.\n";

        Assert.Null(Suggester.Suggest(note, 0.01).FirstOrDefault(s => s.Code == "20610"));
    }

    [Fact]
    public void Suggest_ProcedureOnlyOrdered_IsNotSuggested()
    {
        var note = "PLAN:\nUrine dipstick ordered at the outside lab.\n";

        Assert.Null(Suggester.Suggest(note, 0.01).FirstOrDefault(s => s.Code == "81002"));
    }

    [Fact]
    public void Suggest_Evidence_PointsAtTheSupportingWords()
    {
        var note = "ASSESSMENT AND PLAN:\n1. Strep throat, positive rapid test.\n";

        var suggestion = Find(note, "J02.0");

        Assert.NotNull(suggestion);
        var span = Assert.Single(suggestion.Evidence);
        Assert.Equal("Strep throat", note.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Suggest_SameWordsInAssessment_WeighMoreThanInHistory()
    {
        var inAssessment = Find("ASSESSMENT AND PLAN:\n1. Acute bronchitis.\n", "J20.9");
        var inPresentIllness = Suggester.Suggest("HISTORY OF PRESENT ILLNESS:\nAcute bronchitis.\n", 0.01).First(s => s.Code == "J20.9");

        Assert.NotNull(inAssessment);
        Assert.True(inAssessment.Confidence > inPresentIllness.Confidence);
        Assert.True(inPresentIllness.Confidence < CodeSuggester.RecommendedThreshold, "a lone history mention stays below the threshold");
    }

    [Fact]
    public void Suggest_MoreSpecificDescription_WinsOverTheGeneralOne()
    {
        var suggester = new CodeSuggester(
        [
            new SuggestionCandidate("E11.9", CodeSystem.Icd10Cm, "Type 2 diabetes mellitus without complications"),
            new SuggestionCandidate("E11.65", CodeSystem.Icd10Cm, "Type 2 diabetes mellitus with hyperglycemia"),
        ]);

        var codes = suggester.Suggest("ASSESSMENT:\nType 2 diabetes mellitus with hyperglycemia.\n").Select(s => s.Code).ToList();

        Assert.Equal(["E11.65"], codes);
    }

    [Fact]
    public void Suggest_CodeNotAmongCandidates_IsNeverSuggested()
    {
        var suggester = new CodeSuggester([new SuggestionCandidate("I10", CodeSystem.Icd10Cm, "Essential (primary) hypertension")]);

        var codes = suggester.Suggest("ASSESSMENT:\nAtrial fibrillation and hypertension.\n").Select(s => s.Code).ToList();

        Assert.Equal(["I10"], codes);
    }

    [Fact]
    public void Suggest_SameNote_GivesTheSameOrderedList()
    {
        var note = SuggestionEvaluation.DemoNotes(count: 12)[11].Text;

        var first = Suggester.Suggest(note, 0.01);
        var second = new CodeSuggester(SuggestionEvaluation.DemoCandidates().Reverse()).Suggest(note, 0.01);

        Assert.Equal(first.Select(s => (s.Code, s.Confidence)), second.Select(s => (s.Code, s.Confidence)));
        Assert.Equal(first.OrderBy(s => s.System == CodeSystem.Icd10Cm ? 0 : 1).ThenByDescending(s => s.Confidence).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => s.Code), first.Select(s => s.Code));
    }

    [Fact]
    public void Suggest_TranscriptionStyleHeaders_AreRecognized()
    {
        var note = "FAMILY HISTORY:, Mother has hypertension.,ASSESSMENT:,  Allergic rhinitis.,PLAN:, Nasal steroid.";
        var suggester = new CodeSuggester(
        [
            new SuggestionCandidate("J30.9", CodeSystem.Icd10Cm, "Allergic rhinitis, unspecified"),
            new SuggestionCandidate("I10", CodeSystem.Icd10Cm, "Essential (primary) hypertension"),
        ]);

        Assert.Equal(["J30.9"], suggester.Suggest(note).Select(s => s.Code));
    }
}
