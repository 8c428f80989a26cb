using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>A practitioner MUE: the most units of a code per patient per DOS, and how it is adjudicated (MAI 1, 2 or 3).</summary>
public sealed record MueRecord(string Code, int MaxUnits, int AdjudicationIndicator, string Rationale);

/// <summary>
/// Reads the CMS practitioner MUE CSV: header rows, then code, MUE value, MUE adjudication
/// indicator as text ("1 Line Edit", "2 Date of Service Edit: Policy", "3 Date of Service Edit:
/// Clinical"), rationale.
/// </summary>
public static partial class MueCsvReader
{
    /// <summary>Reads the whole file, or the first bad line as a failure.</summary>
    public static Result<IReadOnlyList<MueRecord>> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CodeSetFields.ReadAll(ReadLines(stream, progress), cancellationToken);

    /// <summary>Streams the file line by line; a bad line comes back as an error with its line number.</summary>
    public static IEnumerable<ParsedLine<MueRecord>> ReadLines(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        using var source = new LineSource(stream, Encoding.UTF8, progress);
        long rows = 0;
        while (source.ReadLine() is { } line)
        {
            if (line.Trim().Trim(',').Length == 0)
            {
                continue;
            }

            var fields = CodeSetFields.SplitCsv(line);
            if (fields is null)
            {
                yield return ParsedLine<MueRecord>.Fail(source.LineNumber, "a quoted field is not closed.");
                yield break;
            }

            if (rows == 0 && !ProcedureCode().IsMatch(fields[0]))
            {
                // Header rows (title, copyright, column captions) before the first code.
                continue;
            }

            rows++;
            var parsed = Parse(source.LineNumber, fields);
            yield return parsed;
            if (parsed.Error is not null)
            {
                yield break;
            }
        }

        source.ReportDone(rows);
    }

    private static ParsedLine<MueRecord> Parse(long number, List<string> fields)
    {
        if (fields.Count != 4)
        {
            return ParsedLine<MueRecord>.Fail(number, $"expected 4 columns (code, MUE value, adjudication indicator, rationale), found {fields.Count}.");
        }

        if (!ProcedureCode().IsMatch(fields[0]))
        {
            return ParsedLine<MueRecord>.Fail(number, $"{CodeSetFields.Quote(fields[0])} is not a CPT or HCPCS code (five letters or digits).");
        }

        if (!int.TryParse(fields[1], out var units) || units < 0)
        {
            return ParsedLine<MueRecord>.Fail(number, $"MUE value must be a whole number of units, found {CodeSetFields.Quote(fields[1])}.");
        }

        var mai = fields[2];
        if (mai.Length == 0 || mai[0] is not ('1' or '2' or '3') || (mai.Length > 1 && char.IsDigit(mai[1])))
        {
            return ParsedLine<MueRecord>.Fail(number, $"adjudication indicator must start with 1, 2 or 3 (\"1 Line Edit\"), found {CodeSetFields.Quote(mai)}.");
        }

        return ParsedLine<MueRecord>.Ok(number, new MueRecord(fields[0], units, mai[0] - '0', fields[3]));
    }

    [GeneratedRegex("^[0-9A-Z][0-9]{3}[0-9A-Z]$")]
    private static partial Regex ProcedureCode();
}
