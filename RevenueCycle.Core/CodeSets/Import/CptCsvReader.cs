using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>A CPT code and its descriptor from the practice's licensed file.</summary>
public sealed record CptRecord(string Code, string Description);

/// <summary>
/// Reads the CPT file the practice licenses from the AMA: CSV with two columns, code and
/// description; a header row is optional.
/// </summary>
public static partial class CptCsvReader
{
    /// <summary>Reads the whole file, or the first bad line as a failure.</summary>
    public static Result<IReadOnlyList<CptRecord>> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CodeSetFields.ReadAll(ReadLines(stream, progress), cancellationToken);

    /// <summary>Streams the file line by line; a bad line comes back as an error with its line number.</summary>
    public static IEnumerable<ParsedLine<CptRecord>> ReadLines(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        using var source = new LineSource(stream, Encoding.UTF8, progress);
        long rows = 0;
        while (source.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = CodeSetFields.SplitCsv(line);
            if (fields is null)
            {
                yield return ParsedLine<CptRecord>.Fail(source.LineNumber, "a quoted field is not closed.");
                yield break;
            }

            if (rows == 0 && fields.Count == 2 && !CptCode().IsMatch(fields[0]))
            {
                // The optional header row (code, description).
                continue;
            }

            rows++;
            if (fields.Count != 2)
            {
                yield return ParsedLine<CptRecord>.Fail(source.LineNumber, $"expected 2 columns (code, description), found {fields.Count}.");
                yield break;
            }

            if (!CptCode().IsMatch(fields[0]))
            {
                yield return ParsedLine<CptRecord>.Fail(source.LineNumber, $"{CodeSetFields.Quote(fields[0])} is not a CPT code (four digits and a digit, F, T or U).");
                yield break;
            }

            if (fields[1].Length == 0)
            {
                yield return ParsedLine<CptRecord>.Fail(source.LineNumber, $"CPT {fields[0]} has no description.");
                yield break;
            }

            yield return ParsedLine<CptRecord>.Ok(source.LineNumber, new CptRecord(fields[0], fields[1]));
        }

        source.ReportDone(rows);
    }

    [GeneratedRegex("^[0-9]{4}[0-9FTU]$")]
    private static partial Regex CptCode();
}
