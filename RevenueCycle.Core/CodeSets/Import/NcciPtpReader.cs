using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>An NCCI practitioner PTP pair as CMS publishes it.</summary>
public sealed record NcciPtpRecord(string Column1Code, string Column2Code, bool ExistedBefore1996, DateOnly EffectiveDate, DateOnly? DeletionDate, char ModifierIndicator, string Rationale);

/// <summary>
/// Reads the CMS NCCI practitioner PTP file: tab-delimited, a header block, then column 1, column
/// 2, <c>*</c> when in existence before 1996, effective date YYYYMMDD, deletion date YYYYMMDD or
/// <c>*</c>, modifier indicator 0/1/9, rationale. The real file has over a million rows: it is
/// read line by line.
/// </summary>
public static partial class NcciPtpReader
{
    /// <summary>Reads the whole file, or the first bad line as a failure.</summary>
    public static Result<IReadOnlyList<NcciPtpRecord>> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CodeSetFields.ReadAll(ReadLines(stream, progress), cancellationToken);

    /// <summary>Streams the file line by line; a bad line comes back as an error with its line number.</summary>
    public static IEnumerable<ParsedLine<NcciPtpRecord>> ReadLines(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        using var source = new LineSource(stream, Encoding.UTF8, progress);
        long rows = 0;
        while (source.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var first = fields[0].Trim();
            if (rows == 0 && !ProcedureCode().IsMatch(first))
            {
                // The header block (titles, copyright, column captions) before the first pair.
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

    private static ParsedLine<NcciPtpRecord> Parse(long number, string[] fields)
    {
        if (fields.Length is not (6 or 7))
        {
            return ParsedLine<NcciPtpRecord>.Fail(number, $"expected 7 tab-separated columns (column 1, column 2, prior-1996 flag, effective date, deletion date, modifier indicator, rationale), found {fields.Length}.");
        }

        var column1 = fields[0].Trim();
        var column2 = fields[1].Trim();
        if (!ProcedureCode().IsMatch(column1) || !ProcedureCode().IsMatch(column2))
        {
            var bad = ProcedureCode().IsMatch(column1) ? column2 : column1;
            return ParsedLine<NcciPtpRecord>.Fail(number, $"{CodeSetFields.Quote(bad)} is not a CPT or HCPCS code (five letters or digits).");
        }

        var prior = fields[2].Trim();
        if (prior is not ("" or "*"))
        {
            return ParsedLine<NcciPtpRecord>.Fail(number, $"the prior-1996 column must be * or empty, found {CodeSetFields.Quote(prior)}.");
        }

        if (!CodeSetFields.TryParseDate(fields[3].Trim(), out var effective))
        {
            return ParsedLine<NcciPtpRecord>.Fail(number, $"effective date must be a date YYYYMMDD, found {CodeSetFields.Quote(fields[3].Trim())}.");
        }

        DateOnly? deletion = null;
        var deletionText = fields[4].Trim();
        if (deletionText != "*")
        {
            if (!CodeSetFields.TryParseDate(deletionText, out var deleted))
            {
                return ParsedLine<NcciPtpRecord>.Fail(number, $"deletion date must be a date YYYYMMDD or *, found {CodeSetFields.Quote(deletionText)}.");
            }

            deletion = deleted;
        }

        var modifier = fields[5].Trim();
        if (modifier is not ("0" or "1" or "9"))
        {
            return ParsedLine<NcciPtpRecord>.Fail(number, $"modifier indicator must be 0, 1 or 9, found {CodeSetFields.Quote(modifier)}.");
        }

        var rationale = fields.Length == 7 ? fields[6].Trim() : "";
        return ParsedLine<NcciPtpRecord>.Ok(number, new NcciPtpRecord(column1, column2, prior == "*", effective, deletion, modifier[0], rationale));
    }

    [GeneratedRegex("^[0-9A-Z][0-9]{3}[0-9A-Z]$")]
    private static partial Regex ProcedureCode();
}
