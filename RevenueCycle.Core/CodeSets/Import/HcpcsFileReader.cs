using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>A HCPCS Level II procedure or modifier, its long description joined from its continuation lines.</summary>
public sealed record HcpcsRecord(
    string Code,
    bool IsModifier,
    string LongDescription,
    string ShortDescription,
    DateOnly AddedDate,
    DateOnly? ActionEffectiveDate,
    DateOnly? TerminationDate,
    char ActionCode,
    long LineNumber);

/// <summary>
/// Reads the CMS HCPCS Level II alpha-numeric file (HCPCYYYY_MMM_ANWEB.txt), 320-character records:
/// 1-5 code (a modifier in 4-5), 6-10 sequence, 11 record id (3 procedure, 4 its continuation, 7
/// modifier, 8 its continuation), 12-91 long description, 92-119 short description, 269-276 added
/// date, 277-284 action effective date, 285-292 termination date, 293 action code. D-codes are
/// skipped: their descriptions belong to the ADA.
/// </summary>
public static partial class HcpcsFileReader
{
    private const int RecordLength = 320;
    private const int FirstLineMinimum = 293;
    private const string ActionCodes = "ABCDFNPRST";

    /// <summary>Reads the whole file, or the first bad line as a failure.</summary>
    public static Result<IReadOnlyList<HcpcsRecord>> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CodeSetFields.ReadAll(ReadLines(stream, progress), cancellationToken);

    /// <summary>
    /// Streams the records; a record is returned once its continuation lines are read. A bad line
    /// comes back as an error with its line number.
    /// </summary>
    public static IEnumerable<ParsedLine<HcpcsRecord>> ReadLines(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        // Latin-1 keeps one character per byte, so the fixed columns stay where CMS put them.
        using var source = new LineSource(stream, Encoding.Latin1, progress);
        HcpcsRecord? pending = null;
        StringBuilder? description = null;
        long rows = 0;
        var skippingDental = false;
        while (source.ReadLine() is { } raw)
        {
            var number = source.LineNumber;
            var line = raw.TrimEnd('\r', '\n', '\x1a');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            rows++;
            if (line.Length < 11)
            {
                yield return ParsedLine<HcpcsRecord>.Fail(number, $"the line is cut short ({line.Length} characters); a HCPCS record is {RecordLength} characters.");
                yield break;
            }

            var recordId = line[10];
            if (recordId is '4' or '8')
            {
                var code = CodeOf(line, recordId == '8');
                if (skippingDental && code.StartsWith('D'))
                {
                    continue;
                }

                if (pending is null || pending.Code != code || pending.IsModifier != (recordId == '8'))
                {
                    yield return ParsedLine<HcpcsRecord>.Fail(number, $"continuation line for {code.Trim()} does not follow the first line of {code.Trim()}.");
                    yield break;
                }

                description!.Append(' ').Append(line.Length > 91 ? line[11..91].Trim() : line[11..].Trim());
                continue;
            }

            if (recordId is not ('3' or '7'))
            {
                yield return ParsedLine<HcpcsRecord>.Fail(number, $"record id (column 11) must be 3, 4, 7 or 8, found '{recordId}'.");
                yield break;
            }

            if (pending is not null)
            {
                yield return ParsedLine<HcpcsRecord>.Ok(pending.LineNumber, pending with { LongDescription = description!.ToString() });
                pending = null;
            }

            var parsed = ParseFirstLine(number, line);
            if (parsed.Error is not null)
            {
                yield return parsed;
                yield break;
            }

            skippingDental = !parsed.Record!.IsModifier && parsed.Record.Code.StartsWith('D');
            if (skippingDental)
            {
                continue;
            }

            pending = parsed.Record;
            description = new StringBuilder(pending.LongDescription);
        }

        if (pending is not null)
        {
            yield return ParsedLine<HcpcsRecord>.Ok(pending.LineNumber, pending with { LongDescription = description!.ToString() });
        }

        source.ReportDone(rows);
    }

    private static string CodeOf(string line, bool isModifier) => isModifier ? line.Substring(3, 2) : line[..5];

    private static ParsedLine<HcpcsRecord> ParseFirstLine(long number, string line)
    {
        if (line.Length < FirstLineMinimum)
        {
            return ParsedLine<HcpcsRecord>.Fail(number, $"the line is cut short ({line.Length} characters); a HCPCS record is {RecordLength} characters, with its dates in columns 269-292.");
        }

        var isModifier = line[10] == '7';
        var code = CodeOf(line, isModifier);
        if (isModifier ? !ModifierPattern().IsMatch(code) : !CodePattern().IsMatch(code))
        {
            return ParsedLine<HcpcsRecord>.Fail(number, isModifier
                ? $"{CodeSetFields.Quote(code)} in columns 4-5 is not a HCPCS modifier (two letters or digits)."
                : $"{CodeSetFields.Quote(line[..5])} in columns 1-5 is not a HCPCS Level II code (a letter A-V and four digits).");
        }

        if (!int.TryParse(line.AsSpan(5, 5), out _))
        {
            return ParsedLine<HcpcsRecord>.Fail(number, $"the sequence number (columns 6-10) must be digits, found {CodeSetFields.Quote(line.Substring(5, 5))}.");
        }

        var longDescription = line[11..91].Trim();
        var shortDescription = line[91..119].Trim();
        if (longDescription.Length == 0)
        {
            return ParsedLine<HcpcsRecord>.Fail(number, $"{code} has no description in columns 12-91.");
        }

        if (!TryDate(line, 268, "code added date (columns 269-276)", required: true, out var added, out var error)
            || !TryDate(line, 276, "action effective date (columns 277-284)", required: false, out var actionEffective, out error)
            || !TryDate(line, 284, "termination date (columns 285-292)", required: false, out var terminated, out error))
        {
            return ParsedLine<HcpcsRecord>.Fail(number, $"{code}: {error}");
        }

        var action = line[292];
        if (!ActionCodes.Contains(action))
        {
            return ParsedLine<HcpcsRecord>.Fail(number, $"{code}: action code (column 293) must be one of {string.Join(", ", ActionCodes.ToCharArray())}, found '{action}'.");
        }

        return ParsedLine<HcpcsRecord>.Ok(number, new HcpcsRecord(code, isModifier, longDescription, shortDescription, added!.Value, actionEffective, terminated, action, number));
    }

    private static bool TryDate(string line, int start, string what, bool required, out DateOnly? date, out string? error)
    {
        var text = line.Substring(start, 8).Trim();
        date = null;
        error = null;
        if (text.Length == 0 && !required)
        {
            return true;
        }

        if (!CodeSetFields.TryParseDate(text, out var parsed))
        {
            error = $"{what} must be a date YYYYMMDD, found {CodeSetFields.Quote(text)}.";
            return false;
        }

        date = parsed;
        return true;
    }

    [GeneratedRegex("^[A-V][0-9]{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9A-Z]{2}$")]
    private static partial Regex ModifierPattern();
}
