using System.Text;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Import;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.CodeSets;

public sealed class CodeSetReaderTests
{
    public const string OrderFile = "icd10cm/icd10cm_order_2021.txt.gz";
    public const string TabularFile = "icd10cm/icd10cm_tabular_2021.xml.gz";
    public const string HcpcsFile = "hcpcs/HCPC2026_JAN_ANWEB-first-records.txt";

    [Fact]
    public void IcdOrderFile_Fy2021_Reads95358RowsOf72621Billable()
    {
        using var stream = SharedData.Open(OrderFile);
        var progress = new List<ImportProgress>();

        var result = IcdOrderFileReader.Read(stream, new SynchronousProgress(progress));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(95_358, result.Value!.Count);
        Assert.Equal(72_621, result.Value.Count(r => r.IsBillable));
        var e1165 = Assert.Single(result.Value, r => r.Code == "E11.65");
        Assert.True(e1165.IsBillable);
        Assert.Equal("Type 2 diabetes mellitus with hyperglycemia", e1165.LongDescription);
        Assert.False(Assert.Single(result.Value, r => r.Code == "E11").IsBillable);
        Assert.Equal(100, progress[^1].Percent);
        Assert.Equal(95_358, progress[^1].RowsRead);
    }

    [Fact]
    public void IcdOrderFile_Plain_ReadsLikeGzip()
    {
        var lines = SharedData.ReadLines(OrderFile).Take(50);

        var result = IcdOrderFileReader.Read(SharedData.ToStream(lines));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("A00.0", result.Value![1].Code);
        Assert.Equal(50, result.Value.Count);
    }

    [Fact]
    public void IcdOrderFile_BadBillableFlag_FailsWithTheLineNumber()
    {
        var lines = SharedData.ReadLines(OrderFile);
        lines[1203] = lines[1203][..14] + "x" + lines[1203][15..];

        var result = IcdOrderFileReader.Read(SharedData.ToStream(lines));

        Assert.False(result.Succeeded);
        Assert.Equal("Line 1204: billable flag must be 0 or 1, found 'x'.", result.Error);
    }

    [Fact]
    public void IcdOrderFile_TruncatedLine_FailsWithTheLineNumber()
    {
        var lines = SharedData.ReadLines(OrderFile);
        lines[499] = lines[499][..30];

        var result = IcdOrderFileReader.Read(SharedData.ToStream(lines));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 500: the line is cut short (30 characters)", result.Error);
    }

    [Fact]
    public void IcdTabular_Fy2021_ResolvesExcludes1NotesToCodeRanges()
    {
        using var stream = SharedData.Open(TabularFile);

        var result = IcdTabularReader.Read(stream);

        Assert.True(result.Succeeded, result.Error);
        var rules = result.Value!.Excludes1;
        Assert.Equal("2021", result.Value.Version);

        // E11 type 2 diabetes: "type 1 diabetes mellitus (E10.-)".
        Assert.Contains(rules, r => r is { CodeFrom: "E11", ExcludedFrom: "E10", ExcludedTo: "E10" } && r.Note.Contains("type 1 diabetes"));
        Assert.Contains(rules, r => r is { CodeFrom: "E11", ExcludedFrom: "E13", ExcludedTo: "E13" });

        // A04: "bacterial foodborne intoxications, NEC (A05.-)"; A05: "(A04.0-A04.4)"; R75: "(B20)".
        Assert.Contains(rules, r => r is { CodeFrom: "A04", CodeTo: "A04", ExcludedFrom: "A05", ExcludedTo: "A05" });
        Assert.Contains(rules, r => r is { CodeFrom: "A05", ExcludedFrom: "A04.0", ExcludedTo: "A04.4" });
        Assert.Contains(rules, r => r is { CodeFrom: "R75", ExcludedFrom: "B20", ExcludedTo: "B20" });

        // Section A50-A64 excludes HIV disease (B20) for every code of the section.
        Assert.Contains(rules, r => r is { CodeFrom: "A50", CodeTo: "A64", ExcludedFrom: "B20" });

        // G54.5: "neuralgic amyotrophy in diabetes mellitus (E08-E13 with .44)".
        Assert.Contains(rules, r => r is { CodeFrom: "G54.5", ExcludedFrom: "E11.44", ExcludedTo: "E11.44" });
        Assert.True(rules.Count > 5_000, $"only {rules.Count} rules");
    }

    [Fact]
    public void IcdTabular_Fy2021_ReadsSeventhCharactersAndManifestations()
    {
        using var stream = SharedData.Open(TabularFile);

        var notes = IcdTabularReader.Read(stream).Value!;

        var s52 = notes.SeventhCharacters.Where(s => s.CodePrefix == "S52").ToDictionary(s => s.Character, s => s.Description);
        Assert.Equal("initial encounter for closed fracture", s52['A']);
        Assert.Equal("initial encounter for open fracture type I or II", s52['B']);
        Assert.StartsWith("initial encounter for open fracture type IIIA", s52['C']);
        Assert.Equal("subsequent encounter for closed fracture with routine healing", s52['D']);
        Assert.Equal("sequela", s52['S']);
        Assert.Equal(16, s52.Count);

        // G63 "Polyneuropathy in diseases classified elsewhere" has a code-first note.
        var g63 = Assert.Single(notes.SequencingFlags, f => f.CodePrefix == "G63");
        Assert.True(g63.InDiseasesClassifiedElsewhere);
        Assert.True(g63.HasCodeFirstNote);
        Assert.DoesNotContain(notes.SequencingFlags, f => f.CodePrefix == "E11");
    }

    [Fact]
    public void IcdTabular_DamagedXml_FailsWithTheLineNumber()
    {
        var xml = "<?xml version=\"1.0\"?>\n<ICD10CM.tabular>\n<chapter><name>1</name>\n<diag><name>A00</name></chapter>\n</ICD10CM.tabular>";

        var result = IcdTabularReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 4: the XML is damaged", result.Error);
    }

    [Fact]
    public void Excludes1Rule_Forbids_MatchesCodesByPrefixRange()
    {
        var rule = new Excludes1Rule("E11", "E11", "E10", "E10", "type 1 diabetes mellitus (E10.-)", new DateOnly(2020, 10, 1), 1);
        var range = new Excludes1Rule("A05", "A05", "A04.0", "A04.4", "Escherichia coli infection (A04.0-A04.4)", new DateOnly(2020, 10, 1), 1);

        Assert.True(rule.Forbids("E11.65", "E10.9"));
        Assert.False(rule.Forbids("E11.65", "E13.9"));
        Assert.True(range.Forbids("A05.9", "A04.31"));
        Assert.False(range.Forbids("A05.9", "A04.5"));
    }

    [Fact]
    public void Hcpcs_Sample_JoinsContinuationLinesOfModifiers()
    {
        using var stream = SharedData.Open(HcpcsFile);

        var result = HcpcsFileReader.Read(stream);

        Assert.True(result.Succeeded, result.Error);
        var records = result.Value!;
        Assert.Equal(["A1", "AA", "AB", "AD", "AH", "AM"], records.Select(r => r.Code));
        Assert.All(records, r => Assert.True(r.IsModifier));
        var ab = records.Single(r => r.Code == "AB");
        Assert.Equal(
            "Audiology service furnished personally by an audiologist without a physician/npp order for non-acute hearing assessment unrelated to disequilibrium, or hearing aids, or examinations for the purpose of prescribing, fitting, or changing hearing aids; service may be performed once every 12 months, per beneficiary",
            ab.LongDescription);
        Assert.Equal("Aud svs w/o order evry 12mo", ab.ShortDescription);
        Assert.Equal(new DateOnly(2023, 1, 1), ab.AddedDate);
        Assert.Null(ab.TerminationDate);
        Assert.Equal('N', ab.ActionCode);
        Assert.Equal("Medical supervision by a physician: more than four concurrent anesthesia procedures", records.Single(r => r.Code == "AD").LongDescription);
    }

    [Fact]
    public void Hcpcs_ProcedureRecords_SkipDentalCodes()
    {
        var modifier = SharedData.ReadLines(HcpcsFile, Encoding.Latin1)[0];
        var ketorolac = ProcedureLine("J1885", "3", "Injection, ketorolac tromethamine, per 15 mg", modifier);
        var dental = ProcedureLine("D0120", "3", "Dental text owned by the ADA", modifier);
        var dentalMore = ProcedureLine("D0120", "4", "more ADA text", modifier);

        var result = HcpcsFileReader.Read(SharedData.ToStream([ketorolac, dental, dentalMore], Encoding.Latin1));

        Assert.True(result.Succeeded, result.Error);
        var only = Assert.Single(result.Value!);
        Assert.Equal("J1885", only.Code);
        Assert.False(only.IsModifier);
    }

    [Fact]
    public void Hcpcs_BadDate_FailsWithTheLineNumber()
    {
        var lines = SharedData.ReadLines(HcpcsFile, Encoding.Latin1);
        lines[7] = lines[7][..268] + "2023X101" + lines[7][276..];

        var result = HcpcsFileReader.Read(SharedData.ToStream(lines, Encoding.Latin1));

        Assert.False(result.Succeeded);
        Assert.Equal("Line 8: AD: code added date (columns 269-276) must be a date YYYYMMDD, found '2023X101'.", result.Error);
    }

    [Fact]
    public void Hcpcs_TruncatedRecord_FailsWithTheLineNumber()
    {
        var lines = SharedData.ReadLines(HcpcsFile, Encoding.Latin1);
        lines[2] = lines[2][..150];

        var result = HcpcsFileReader.Read(SharedData.ToStream(lines, Encoding.Latin1));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 3: the line is cut short (150 characters)", result.Error);
    }

    [Fact]
    public void Cpt_WithOrWithoutHeader_ReadsCodesAndQuotedDescriptions()
    {
        var withHeader = CptCsvReader.Read(SharedData.ToStream(["code,description", "99213,\"Office visit, established patient, low complexity (demo text)\"", "0001U,Lab test (demo text)"]));
        var withoutHeader = CptCsvReader.Read(SharedData.ToStream(["99213,Office visit (demo text)"]));

        Assert.True(withHeader.Succeeded, withHeader.Error);
        Assert.Equal(["99213", "0001U"], withHeader.Value!.Select(r => r.Code));
        Assert.Equal("Office visit, established patient, low complexity (demo text)", withHeader.Value![0].Description);
        Assert.Equal("99213", Assert.Single(withoutHeader.Value!).Code);
    }

    [Fact]
    public void Cpt_WrongColumnCount_FailsWithTheLineNumber()
    {
        var result = CptCsvReader.Read(SharedData.ToStream(["code,description", "99213,Office visit", "99214,Office visit,extra"]));

        Assert.False(result.Succeeded);
        Assert.Equal("Line 3: expected 2 columns (code, description), found 3.", result.Error);
    }

    [Fact]
    public void NcciPtp_Sample_ReadsPairsAfterTheHeaderBlock()
    {
        var result = NcciPtpReader.Read(SharedData.ToStream(CodeSetSamples.NcciQ1));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(4, result.Value!.Count);
        var first = result.Value[0];
        Assert.Equal(("0001A", "0591T", new DateOnly(2021, 1, 1), (DateOnly?)null, '1'), (first.Column1Code, first.Column2Code, first.EffectiveDate, first.DeletionDate, first.ModifierIndicator));
        Assert.True(result.Value[2].ExistedBefore1996);
        Assert.Equal(new DateOnly(2020, 12, 31), result.Value[3].DeletionDate);
    }

    [Theory]
    [InlineData("11042\t97597\t\t20090101\t*\t2\tMisuse of column two code", "Line 7: modifier indicator must be 0, 1 or 9, found '2'.")]
    [InlineData("11042\t97597\t\t2009-01-01\t*\t1\tMisuse", "Line 7: effective date must be a date YYYYMMDD, found '2009-01-01'.")]
    [InlineData("11042\t97597\t20090101\t*\t1", "Line 7: expected 7 tab-separated columns (column 1, column 2, prior-1996 flag, effective date, deletion date, modifier indicator, rationale), found 5.")]
    public void NcciPtp_BadLine_FailsWithTheLineNumber(string badLine, string expected)
    {
        var result = NcciPtpReader.Read(SharedData.ToStream([.. CodeSetSamples.NcciQ1, badLine]));

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Mue_Sample_ReadsIndicatorsFromTheirText()
    {
        var result = MueCsvReader.Read(SharedData.ToStream(CodeSetSamples.MueQ1));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([("99213", 1, 2), ("J1885", 8, 3), ("20610", 2, 1)], result.Value!.Select(r => (r.Code, r.MaxUnits, r.AdjudicationIndicator)));
    }

    [Fact]
    public void Mue_WrongColumnCount_FailsWithTheLineNumber()
    {
        var result = MueCsvReader.Read(SharedData.ToStream([.. CodeSetSamples.MueQ1, "11042,1"]));

        Assert.False(result.Succeeded);
        Assert.Equal("Line 6: expected 4 columns (code, MUE value, adjudication indicator, rationale), found 2.", result.Error);
    }

    private static string ProcedureLine(string code, string recordId, string description, string template)
    {
        var line = template.ToCharArray();
        code.CopyTo(0, line, 0, 5);
        "00100".CopyTo(0, line, 5, 5);
        line[10] = recordId[0];
        description.PadRight(80).CopyTo(0, line, 11, 80);
        return new string(line);
    }

    private sealed class SynchronousProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}

/// <summary>Small NCCI and MUE files in CMS's formats (DOMAIN.md), written here rather than copied.</summary>
public static class CodeSetSamples
{
    public static readonly string[] NcciQ1 =
    [
        "CPT codes and descriptions only are copyright 2020 American Medical Association. All Rights Reserved.",
        "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale",
        "0001A\t0591T\t\t20210101\t*\t1\tMisuse of column two code with column one code",
        "11042\t97597\t\t20090101\t*\t1\tMutually exclusive procedures",
        "20610\t20604\t*\t19960101\t*\t0\tStandards of medical / surgical practice",

        // Deleted by CMS at the end of 2020; CMS keeps deleted pairs in the file.
        "36000\t36591\t\t20150101\t20201231\t1\tStandards of medical / surgical practice",
    ];

    public static readonly string[] MueQ1 =
    [
        "\"CPT codes and descriptions only are copyright 2020 American Medical Association.\"",
        "\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\",\"MUE Rationale\"",
        "99213,1,\"2 Date of Service Edit: Policy\",\"Code Descriptor / CPT Instruction\"",
        "J1885,8,\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"",
        "20610,2,\"1 Line Edit\",\"Anatomic Consideration\"",
    ];
}
