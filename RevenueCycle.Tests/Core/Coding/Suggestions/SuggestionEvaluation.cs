using System.Globalization;
using System.IO.Compression;
using System.Text;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding.Suggestions;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Tests.Core.Coding.Suggestions;

/// <summary>Precision and recall of one kind of code (diagnoses or procedures) over a set of notes, micro-averaged over (note, code) pairs.</summary>
public sealed record SuggestionScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");
}

/// <summary>A note and the codes a careful coder assigns to it.</summary>
public sealed record GoldNote(string Name, string Text, IReadOnlyCollection<string> Diagnoses, IReadOnlyCollection<string> Procedures);

/// <summary>
/// The measurement behind docs/suggestions.md: demo notes with their generator's gold codes, and
/// transcription samples hand-coded in <see cref="MtSamplesGold"/>.
/// </summary>
public static class SuggestionEvaluation
{
    public const int DemoSeed = 20_260_101;
    public const int DemoNoteCount = 2_000;

    private static readonly Lazy<CodeSuggester> DemoSuggesterLazy = new(() => new CodeSuggester(DemoCandidates()));
    private static readonly Lazy<CodeSuggester?> FullSuggesterLazy = new(BuildFullSuggester);

    /// <summary>A suggester over the demo catalogs, the candidates the demo practice has.</summary>
    public static CodeSuggester DemoSuggester => DemoSuggesterLazy.Value;

    /// <summary>A suggester over every billable ICD-10-CM FY2021 code plus the demo catalogs; null when ../shared/data is absent.</summary>
    public static CodeSuggester? FullSuggester => FullSuggesterLazy.Value;

    public static IEnumerable<SuggestionCandidate> DemoCandidates()
    {
        foreach (var (code, description) in ClinicalNotes.DiagnosisCatalog)
        {
            yield return new SuggestionCandidate(code, CodeSystem.Icd10Cm, description);
        }

        foreach (var code in ClinicalNotes.ProcedureCatalog)
        {
            yield return new SuggestionCandidate(code.Code, code.System == "HCPCS" ? CodeSystem.Hcpcs : CodeSystem.Cpt, code.Description);
        }
    }

    /// <summary>Demo notes over all six specialties, patients of every age, from a fixed seed.</summary>
    public static List<GoldNote> DemoNotes(int count = DemoNoteCount, int seed = DemoSeed)
    {
        var random = new Random(seed);
        var specialties = Enum.GetValues<Specialty>();
        var notes = new List<GoldNote>(count);
        for (var i = 0; i < count; i++)
        {
            var specialty = specialties[i % specialties.Length];
            var age = specialty == Specialty.Pediatrics ? random.Next(0, 18) : random.Next(0, 90);
            var patient = new DemoPatientFacts("Alex", "Rivera", age, random.Next(2) == 0 ? 'F' : 'M');
            var visit = ClinicalNotes.Generate(specialty, random, patient, new DateOnly(2026, 1, 5).AddDays(-(i % 120)));
            notes.Add(new GoldNote($"demo-{i} {specialty}", visit.NoteText, visit.DiagnosisCodes.ToHashSet(), visit.Procedures.Select(p => p.Code).ToHashSet()));
        }

        return notes;
    }

    /// <summary>The hand-coded transcription samples (diagnoses only); null when ../shared/data is absent.</summary>
    public static List<GoldNote>? MtSamplesNotes()
    {
        var file = SharedDataFile("notes/mtsamples-subset.csv");
        if (file is null)
        {
            return null;
        }

        var transcriptions = ReadTranscriptions(file);
        return MtSamplesGold.Codes
            .Select(g => new GoldNote($"mtsamples-{g.Index}", transcriptions[g.Index], g.Codes, []))
            .ToList();
    }

    public static (SuggestionScore Diagnoses, SuggestionScore Procedures) Score(CodeSuggester suggester, IEnumerable<GoldNote> notes, double threshold, Action<GoldNote, IReadOnlyList<CodeSuggestion>>? inspect = null)
    {
        int dxTp = 0, dxFp = 0, dxFn = 0, pxTp = 0, pxFp = 0, pxFn = 0;
        foreach (var note in notes)
        {
            var suggestions = suggester.Suggest(note.Text, threshold);
            inspect?.Invoke(note, suggestions);
            var diagnoses = suggestions.Where(s => s.System == CodeSystem.Icd10Cm).Select(s => s.Code).ToHashSet();
            var procedures = suggestions.Where(s => s.System != CodeSystem.Icd10Cm).Select(s => s.Code).ToHashSet();
            dxTp += diagnoses.Count(note.Diagnoses.Contains);
            dxFp += diagnoses.Count(c => !note.Diagnoses.Contains(c));
            dxFn += note.Diagnoses.Count(c => !diagnoses.Contains(c));
            pxTp += procedures.Count(note.Procedures.Contains);
            pxFp += procedures.Count(c => !note.Procedures.Contains(c));
            pxFn += note.Procedures.Count(c => !procedures.Contains(c));
        }

        return (new SuggestionScore(dxTp, dxFp, dxFn), new SuggestionScore(pxTp, pxFp, pxFn));
    }

    /// <summary>A file under the shared reference data: the repository root (the folder holding RevenueCycle.sln), then ../shared/data.</summary>
    public static string? SharedDataFile(string relativePath)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "RevenueCycle.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "data", relativePath));
        return File.Exists(path) ? path : null;
    }

    private static CodeSuggester? BuildFullSuggester()
    {
        var file = SharedDataFile("icd10cm/icd10cm_order_2021.txt.gz");
        if (file is null)
        {
            return null;
        }

        var candidates = new List<SuggestionCandidate>(80_000);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress)))
        {
            // Fixed width: 7-13 code without its dot, 15 billable flag, 78- long description.
            while (reader.ReadLine() is { } line)
            {
                if (line.Length < 78 || line[14] != '1')
                {
                    continue;
                }

                var code = line[6..13].TrimEnd();
                var dotted = code.Length > 3 ? code[..3] + "." + code[3..] : code;
                candidates.Add(new SuggestionCandidate(dotted, CodeSystem.Icd10Cm, line[77..].Trim()));
            }
        }

        candidates.AddRange(DemoCandidates());
        return new CodeSuggester(candidates);
    }

    /// <summary>Index to transcription text; a small RFC 4180 reader (quoted fields span lines and double their quotes).</summary>
    private static Dictionary<int, string> ReadTranscriptions(string path)
    {
        var text = File.ReadAllText(path);
        var result = new Dictionary<int, string>();
        var fields = new List<string>(6);
        var field = new StringBuilder();
        var quoted = false;
        var header = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!header && fields.Count >= 5 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        result[index] = fields[4];
                    }

                    header = false;
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        return result;
    }
}
