using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>An Excludes1 note resolved to ranges of code prefixes (see <see cref="Excludes1Rule"/>).</summary>
public sealed record Excludes1Reference(string CodeFrom, string CodeTo, string ExcludedFrom, string ExcludedTo, string Note);

/// <summary>A 7th character defined at <see cref="CodePrefix"/> for every code below it.</summary>
public sealed record SeventhCharacterDefinition(string CodePrefix, char Character, string Description);

/// <summary>Sequencing flags of a tabular node (see <see cref="IcdSequencingFlag"/>).</summary>
public sealed record SequencingFlagDefinition(string CodePrefix, bool HasCodeFirstNote, bool InDiseasesClassifiedElsewhere);

/// <summary>What the edits need from the ICD-10-CM tabular list.</summary>
public sealed record IcdTabularNotes(
    string Version,
    int DiagnosisCount,
    IReadOnlyList<Excludes1Reference> Excludes1,
    IReadOnlyList<SeventhCharacterDefinition> SeventhCharacters,
    IReadOnlyList<SequencingFlagDefinition> SequencingFlags,
    int Excludes1NotesWithoutCodes);

/// <summary>
/// Reads the ICD-10-CM tabular list XML (icd10cm_tabular_YYYY.xml, plain or gz) one chapter at a
/// time: Excludes1 notes resolved to code ranges (<c>(A05.-)</c>, <c>(K52.1)</c>, <c>(B20)</c>,
/// <c>(E10-E13)</c>, <c>(E08-E13 with .44)</c>), <c>sevenChrDef</c> 7th characters, and the
/// manifestation flags (<c>codeFirst</c> notes, titles "in diseases classified elsewhere").
/// Notes that name no code ("certain localized infections - see body system-related chapters")
/// cannot become an edit and are counted, not stored.
/// </summary>
public static partial class IcdTabularReader
{
    private const int NoteLength = 400;
    private const string Elsewhere = "in diseases classified elsewhere";

    /// <summary>Reads the whole file, or what is wrong with it (with its line number) as a failure.</summary>
    public static Result<IcdTabularNotes> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var length = stream.CanSeek && stream.Length > 0 ? stream.Length - stream.Position : (long?)null;
        var start = stream.CanSeek ? stream.Position : 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, CloseInput = false };
        var excludes = new List<Excludes1Reference>();
        var seen = new HashSet<(string, string, string, string)>();
        var seventh = new List<SeventhCharacterDefinition>();
        var flags = new List<SequencingFlagDefinition>();
        var version = "";
        var diagnoses = 0;
        var notesWithoutCodes = 0;
        var chapters = 0;
        try
        {
            using var content = LineSource.OpenMaybeGzip(stream);
            using var reader = XmlReader.Create(content, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.Name != "ICD10CM.tabular")
            {
                return Result.Failure<IcdTabularNotes>($"Line {LineOf(reader)}: this is not the ICD-10-CM tabular list (the file must start with <ICD10CM.tabular>, found <{reader.Name}>).");
            }

            reader.Read();
            while (!reader.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (reader.Name == "version")
                {
                    version = reader.ReadElementContentAsString().Trim();
                    continue;
                }

                if (reader.Name != "chapter")
                {
                    reader.Skip();
                    continue;
                }

                XElement chapter;
                using (var subtree = reader.ReadSubtree())
                {
                    chapter = XElement.Load(subtree, LoadOptions.SetLineInfo);
                }

                // Past the chapter's end tag.
                reader.Read();
                chapters++;
                var error = ReadChapter(chapter, excludes, seen, seventh, flags, ref diagnoses, ref notesWithoutCodes);
                if (error is not null)
                {
                    return Result.Failure<IcdTabularNotes>(error);
                }

                int? percent = length is { } total ? (int)Math.Clamp((stream.Position - start) * 100 / total, 0, 100) : null;
                progress?.Report(new ImportProgress(diagnoses, percent));
            }
        }
        catch (XmlException ex)
        {
            return Result.Failure<IcdTabularNotes>($"Line {ex.LineNumber}: the XML is damaged ({ex.Message}).");
        }
        catch (InvalidDataException ex)
        {
            return Result.Failure<IcdTabularNotes>($"The file could not be read ({ex.Message}); upload it again or unzip it first.");
        }

        if (chapters == 0 || diagnoses == 0)
        {
            return Result.Failure<IcdTabularNotes>("The file holds no chapter with diagnosis codes; is it the ICD-10-CM tabular list?");
        }

        progress?.Report(new ImportProgress(diagnoses, 100));
        return Result.Success(new IcdTabularNotes(version, diagnoses, excludes, seventh, flags, notesWithoutCodes));
    }

    private static string? ReadChapter(
        XElement chapter,
        List<Excludes1Reference> excludes,
        HashSet<(string, string, string, string)> seen,
        List<SeventhCharacterDefinition> seventh,
        List<SequencingFlagDefinition> flags,
        ref int diagnoses,
        ref int notesWithoutCodes)
    {
        // A chapter's range is in its title, "Certain infectious and parasitic diseases (A00-B99)".
        var chapterRange = ParseReference(ChapterRange().Match(chapter.Element("desc")?.Value ?? "").Groups[1].Value);
        if (chapterRange.Count == 1)
        {
            notesWithoutCodes += AddExcludes(chapter, chapterRange[0].From, chapterRange[0].To, excludes, seen);
        }

        foreach (var section in chapter.Elements("section"))
        {
            var sectionRange = ParseReference((string?)section.Attribute("id") ?? "");
            if (sectionRange.Count == 1)
            {
                notesWithoutCodes += AddExcludes(section, sectionRange[0].From, sectionRange[0].To, excludes, seen);
            }
        }

        foreach (var diag in chapter.Descendants("diag"))
        {
            var name = diag.Element("name")?.Value.Trim() ?? "";
            if (!CodePrefix().IsMatch(name))
            {
                return $"Line {LineOf(diag)}: a <diag> must name an ICD-10-CM code in <name>, found {CodeSetFields.Quote(name)}.";
            }

            diagnoses++;
            notesWithoutCodes += AddExcludes(diag, name, name, excludes, seen);
            foreach (var extension in diag.Elements("sevenChrDef").Elements("extension"))
            {
                var character = ((string?)extension.Attribute("char") ?? "").Trim();
                if (character.Length != 1)
                {
                    return $"Line {LineOf(extension)}: a 7th character of {name} must be one character, found {CodeSetFields.Quote(character)}.";
                }

                seventh.Add(new SeventhCharacterDefinition(name, character[0], Truncate(extension.Value.Trim(), 200)));
            }

            var hasCodeFirst = diag.Element("codeFirst") is not null;
            var elsewhere = (diag.Element("desc")?.Value ?? "").Contains(Elsewhere, StringComparison.OrdinalIgnoreCase);
            if (hasCodeFirst || elsewhere)
            {
                flags.Add(new SequencingFlagDefinition(name, hasCodeFirst, elsewhere));
            }
        }

        return null;
    }

    /// <summary>Adds the node's Excludes1 rules; returns how many of its notes name no code.</summary>
    private static int AddExcludes(XElement node, string codeFrom, string codeTo, List<Excludes1Reference> excludes, HashSet<(string, string, string, string)> seen)
    {
        var withoutCodes = 0;
        foreach (var note in node.Elements("excludes1").Elements("note"))
        {
            var text = note.Value.Trim();
            var found = false;
            foreach (Match group in Parenthesised().Matches(text))
            {
                foreach (var (from, to) in ParseReference(group.Groups[1].Value))
                {
                    found = true;
                    if (seen.Add((codeFrom, codeTo, from, to)))
                    {
                        excludes.Add(new Excludes1Reference(codeFrom, codeTo, from, to, Truncate(text, NoteLength)));
                    }
                }
            }

            if (!found)
            {
                withoutCodes++;
            }
        }

        return withoutCodes;
    }

    /// <summary>
    /// Turns the inside of a parenthesis into ranges of code prefixes: "A05.-" → A05..A05,
    /// "K52.1" → K52.1..K52.1, "E10-E13" → E10..E13, "A04.0-A04.4" → A04.0..A04.4,
    /// "E08-E13 with .51-.52" → E08.51..E08.52, E09.51..E09.52, ... Text that names no code yields nothing.
    /// </summary>
    internal static List<(string From, string To)> ParseReference(string text)
    {
        var ranges = new List<(string, string)>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var with = WithSuffix().Match(part);
            if (with.Success && with.Groups["a"].Value[0] == with.Groups["b"].Value[0])
            {
                // "E08-E13 with .44": the same subcategory in every category of the range.
                var letter = with.Groups["a"].Value[0];
                if (int.TryParse(with.Groups["a"].Value[1..], out var first) && int.TryParse(with.Groups["b"].Value[1..], out var last) && last >= first && last - first < 100)
                {
                    var suffixFrom = with.Groups["s"].Value;
                    var suffixTo = with.Groups["t"].Success ? with.Groups["t"].Value : suffixFrom;
                    for (var category = first; category <= last; category++)
                    {
                        ranges.Add(($"{letter}{category:D2}{suffixFrom}", $"{letter}{category:D2}{suffixTo}"));
                    }
                }

                continue;
            }

            var single = Reference().Match(part);
            if (single.Success)
            {
                var from = single.Groups["a"].Value;
                var to = single.Groups["b"].Success ? single.Groups["b"].Value : from;
                ranges.Add((from, to));
            }
        }

        return ranges;
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;

    private static int LineOf(IXmlLineInfo node) => node.HasLineInfo() ? node.LineNumber : 0;

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private const string Code = @"[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?";

    [GeneratedRegex("^" + Code + "$")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"^(?<a>" + Code + @")(?:\.?-)?(?:-(?<b>" + Code + @")(?:\.?-)?)?$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?<a>[A-Z][0-9]{2})-(?<b>[A-Z][0-9]{2}) with (?<s>\.[0-9A-Z]{1,4})-?(?:-?(?<t>\.[0-9A-Z]{1,4})-?)?$")]
    private static partial Regex WithSuffix();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\(([A-Z][0-9A-Z.]+-[A-Z][0-9A-Z.]+)\)\s*$")]
    private static partial Regex ChapterRange();
}
