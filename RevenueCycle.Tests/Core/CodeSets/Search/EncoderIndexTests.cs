using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Search;

namespace RevenueCycle.Tests.Core.CodeSets.Search;

/// <summary>Ranking rules of the encoder on a small hand-built list with hand-checked expectations.</summary>
public sealed class EncoderIndexTests
{
    private static readonly DateOnly Fy2021 = new(2020, 10, 1);

    private static readonly EncoderIndex Index = EncoderIndex.Build(
    [
        Icd("E11", "Type 2 diabetes mellitus", billable: false),
        Icd("E11.6", "Type 2 diabetes mellitus with other specified complications", billable: false),
        Icd("E11.64", "Type 2 diabetes mellitus with hypoglycemia", billable: false),
        Icd("E11.641", "Type 2 diabetes mellitus with hypoglycemia with coma"),
        Icd("E11.649", "Type 2 diabetes mellitus with hypoglycemia without coma"),
        Icd("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
        Icd("E11.69", "Type 2 diabetes mellitus with other specified complication"),
        Icd("E11.9", "Type 2 diabetes mellitus without complications"),
        Icd("E11.00", "Type 2 diabetes mellitus with hyperosmolarity without nonketotic hyperglycemic-hyperosmolar coma (NKHHC)", shortDescription: "Type 2 diab w hyprosm w/o nonket hyprgly-hypros coma (NKHHC)"),
        Icd("E10.65", "Type 1 diabetes mellitus with hyperglycemia"),
        Icd("R73.9", "Hyperglycemia, unspecified"),
        Icd("I10", "Essential (primary) hypertension"),
        Icd("K76.6", "Portal hypertension"),
        Icd("I11.9", "Hypertensive heart disease without heart failure"),
        Icd("I50", "Heart failure", billable: false),
        Icd("I50.9", "Heart failure, unspecified"),
        Icd("I50.22", "Chronic systolic (congestive) heart failure"),
        Icd("I09.81", "Rheumatic heart failure"),
        Icd("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
        Icd("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture", shortDescription: "Unsp fracture of the lower end of right radius, init"),
        Icd("S52.531A", "Colles' fracture of right radius, initial encounter for closed fracture"),
        Icd("S52.91XA", "Unspecified fracture of right forearm, initial encounter for closed fracture"),
        Icd("S52.121A", "Displaced fracture of head of right radius, initial encounter for closed fracture"),
        Icd("S52.5", "Fracture of lower end of radius", billable: false),
        new EncoderCode(CodeSystem.Icd10Cm, "J18.9", "Pneumonia, unspecified organism", "Pneumonia, unspecified organism", true, Fy2021, null),
        new EncoderCode(CodeSystem.Icd10Cm, "J188", "Other pneumonia, unspecified organism", "Other pneumonia, unspecified organism", true, Fy2021, null),
        // Terminated at the end of FY2021, when the FY2022 release split it into M54.50-M54.59.
        new EncoderCode(CodeSystem.Icd10Cm, "M54.5", "Low back pain", "Low back pain", true, Fy2021, new DateOnly(2021, 9, 30)),
        new EncoderCode(CodeSystem.Icd10Cm, "M54.50", "Low back pain, unspecified", "Low back pain, unspecified", true, new DateOnly(2021, 10, 1), null),
        new EncoderCode(CodeSystem.Cpt, "99213", "Office visit, established patient, low complexity", "Office or other outpatient visit, established patient, low medical decision making (demo text)", true, new DateOnly(2021, 1, 1), null),
        new EncoderCode(CodeSystem.Cpt, "99214", "Office visit, established patient, moderate complexity", "Office or other outpatient visit, established patient, moderate medical decision making (demo text)", true, new DateOnly(2021, 1, 1), null),
        new EncoderCode(CodeSystem.Hcpcs, "J1885", "Ketorolac trometh inj", "Injection, ketorolac tromethamine, per 15 mg", true, new DateOnly(2003, 1, 1), null),
        new EncoderCode(CodeSystem.Modifier, "25", "Significant, separately identifiable e/m", "Significant, separately identifiable evaluation and management service", true, new DateOnly(1990, 1, 1), null),
        new EncoderCode(CodeSystem.Modifier, "RA", "Replacement of dme item", "Replacement of a dme, orthotic or prosthetic item", true, new DateOnly(1990, 1, 1), null),
        Icd("M06.9", "Rheumatoid arthritis, unspecified"),
        Icd("S52.90XA", "Unspecified fracture of unspecified forearm, initial encounter for closed fracture", shortDescription: "Unsp fracture of unsp forearm, init for clos fx"),
        new EncoderCode(CodeSystem.Modifier, "LT", "Left side", "Left side (used to identify procedures performed on the left side of the body)", true, new DateOnly(1990, 1, 1), null),
        // Two releases of the same code with different wording: the DOS picks the wording.
        new EncoderCode(CodeSystem.Hcpcs, "G0001", "Old wording", "Routine venipuncture, old wording", true, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
        new EncoderCode(CodeSystem.Hcpcs, "G0001", "New wording", "Routine venipuncture, new wording", true, new DateOnly(2021, 1, 1), null),
    ]);

    [Fact]
    public void Search_CodeWithoutDot_ReturnsThatCodeFirstWithItsDot()
    {
        var results = Search("e1165");

        Assert.Equal("E11.65", results[0].Code);
        Assert.Equal(EncoderMatchKind.ExactCode, results[0].Match);
        Assert.Equal("Type 2 diabetes mellitus with hyperglycemia", results[0].Description);
        Assert.True(results[0].IsSelectable);
    }

    [Fact]
    public void Search_HeaderCodeWithDot_ListsHeaderMarkedThenItsBillableChildren()
    {
        var results = Search("E11.6");

        Assert.Equal("E11.6", results[0].Code);
        Assert.False(results[0].IsBillable);
        Assert.False(results[0].IsSelectable);
        var children = results.Where(r => r.Match == EncoderMatchKind.CodePrefix).Select(r => r.Code).ToList();
        Assert.Equal(["E11.641", "E11.649", "E11.65", "E11.69", "E11.64"], children);
    }

    [Theory]
    [InlineData("e11.65", "E11.65")]
    [InlineData("99213", "99213")]
    [InlineData("j188", "J18.8")]
    [InlineData("J188", "J18.8")]
    [InlineData("lt", "LT")]
    [InlineData("25", "25")]
    public void Search_Code_ReturnsExactCodeFirst(string text, string expected)
    {
        var results = Search(text);

        Assert.Equal(expected, results[0].Code);
        Assert.Equal(EncoderMatchKind.ExactCode, results[0].Match);
    }

    [Fact]
    public void Search_HcpcsPrefix_FindsTheDrug()
    {
        var results = Search("j18");

        Assert.Contains(results, r => r.Code == "J1885" && r.System == CodeSystem.Hcpcs && r.Match == EncoderMatchKind.CodePrefix);
        Assert.Contains(results, r => r.Code == "J18.8");
    }

    [Fact]
    public void Search_PartialWordsInAnyOrder_FindsTheCode()
    {
        var results = Search("hyperglyc diab");

        Assert.Contains("E11.65", results.Take(3).Select(r => r.Code));
        Assert.All(results, r => Assert.Equal(EncoderMatchKind.Words, r.Match));
        Assert.DoesNotContain(results, r => r.Code == "R73.9");
    }

    [Fact]
    public void Search_Htn_PutsEssentialHypertensionFirst()
    {
        var results = Search("htn");

        Assert.Equal("I10", results[0].Code);
        Assert.Contains(results, r => r.Code == "K76.6");
        Assert.Contains(results, r => r.Code == "I11.9");
    }

    [Fact]
    public void Search_Chf_ReturnsHeartFailureCodesBillableFirst()
    {
        var results = Search("chf");

        Assert.StartsWith("I50.", results[0].Code);
        Assert.True(results[0].IsBillable);
        Assert.Equal("I50", results.Last(r => r.Code.StartsWith("I50", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void Search_AbbreviationAndPartialWords_FindsDistalRadiusFractures()
    {
        var results = Search("fx radius distal");

        // "distal" is not in these descriptions, so the codes matching the other two terms follow.
        Assert.All(results.Take(3), r => Assert.Contains("radius", r.Description, StringComparison.Ordinal));
        Assert.DoesNotContain(results, r => r.Code == "S52.91XA");
    }

    [Fact]
    public void Search_LettersThatAreModifierAndAbbreviation_ListsModifierThenExpansion()
    {
        var results = Search("ra");

        Assert.Equal(["RA", "M06.9"], results.Select(r => r.Code));
        Assert.Equal(EncoderMatchKind.ExactCode, results[0].Match);
        Assert.Equal(EncoderMatchKind.Words, results[1].Match);
    }

    [Fact]
    public void Search_WordWholeOnlyInAbbreviatedShortDescription_DoesNotOutrankShorterMatch()
    {
        // E11.00's short description has "diab" as a whole word; its long description does not.
        var results = Search("diab hyperglyc").Select(r => r.Code).ToList();

        Assert.True(results.IndexOf("E11.65") < results.IndexOf("E11.00"));
    }

    [Fact]
    public void Search_TwoLetterAbbreviation_DoesNotMatchWordsStartingWithIt()
    {
        var results = Search("mi");

        Assert.DoesNotContain(results, r => r.Code == "G43.909");
    }

    [Fact]
    public void Search_WordsMatchingHeaderAndBillable_ListsBillableFirst()
    {
        var results = Search("lower end radius");

        Assert.Equal(["S52.501A", "S52.5"], results.Select(r => r.Code));
        Assert.False(results[1].IsSelectable);
    }

    [Fact]
    public void Search_CodeTerminatedBeforeDos_IsMarkedInvalidAndRanksAfterValidCodes()
    {
        var results = Search("low back pain", dateOfService: new DateOnly(2022, 3, 1));

        Assert.Equal("M54.50", results[0].Code);
        Assert.True(results[0].IsValidOnDateOfService);
        var terminated = Assert.Single(results, r => r.Code == "M54.5");
        Assert.False(terminated.IsValidOnDateOfService);
        Assert.False(terminated.IsSelectable);
        Assert.True(terminated.IsBillable);
    }

    [Fact]
    public void Search_ExcludingInvalidCodes_LeavesOutTerminatedCode()
    {
        var results = Index.Search(new EncoderQuery("M54.5", DateOfService: new DateOnly(2022, 3, 1), ExcludeInvalidOnDateOfService: true));

        Assert.Equal(["M54.50"], results.Select(r => r.Code));
    }

    [Fact]
    public void Search_CodeValidOnDos_IsNotMarked()
    {
        var results = Search("M54.5", dateOfService: new DateOnly(2021, 3, 1));

        Assert.Equal("M54.5", results[0].Code);
        Assert.True(results[0].IsValidOnDateOfService);
        Assert.False(results.Single(r => r.Code == "M54.50").IsValidOnDateOfService);
    }

    [Fact]
    public void Search_CodeWithTwoReleases_ShowsWordingInForceOnDos()
    {
        var old = Search("G0001", dateOfService: new DateOnly(2020, 6, 1));
        var current = Search("G0001", dateOfService: new DateOnly(2024, 6, 1));

        Assert.Equal("Routine venipuncture, old wording", Assert.Single(old).Description);
        Assert.Equal("Routine venipuncture, new wording", Assert.Single(current).Description);
    }

    [Fact]
    public void Search_RestrictedToSystems_LeavesOutOtherSystems()
    {
        var results = Index.Search(new EncoderQuery("j18", Systems: [CodeSystem.Hcpcs]));

        Assert.Equal(["J1885"], results.Select(r => r.Code));
    }

    [Fact]
    public void Search_ProcedureWords_FindsCptCodes()
    {
        var results = Search("office visit established");

        Assert.Equal(["99213", "99214"], results.Select(r => r.Code));
        Assert.All(results, r => Assert.Equal(CodeSystem.Cpt, r.System));
    }

    [Fact]
    public void Search_Limit_CapsResults()
    {
        var results = Index.Search(new EncoderQuery("diabetes", Limit: 3));

        Assert.Equal(3, results.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzz")]
    public void Search_NothingToFind_ReturnsEmpty(string text)
    {
        Assert.Empty(Search(text));
    }

    private static IReadOnlyList<EncoderSearchResult> Search(string text, DateOnly? dateOfService = null) =>
        Index.Search(new EncoderQuery(text, dateOfService));

    private static EncoderCode Icd(string code, string description, bool billable = true, string? shortDescription = null) =>
        new(CodeSystem.Icd10Cm, code, shortDescription ?? description, description, billable, Fy2021, null);
}
