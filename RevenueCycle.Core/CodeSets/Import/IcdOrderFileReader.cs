using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>A row of the ICD-10-CM order file. <see cref="Code"/> carries its dot (E11.65).</summary>
public sealed record IcdOrderRecord(int OrderNumber, string Code, bool IsBillable, string ShortDescription, string LongDescription);

/// <summary>
/// Reads the CMS/CDC ICD-10-CM order file (icd10cm_order_YYYY.txt, plain or gz), fixed width:
/// 1-5 order number, 7-13 code without dot, 15 billable flag (1 valid for HIPAA transactions, 0
/// header), 17-76 short description, 78-end long description.
/// </summary>
public static partial class IcdOrderFileReader
{
    /// <summary>Reads the whole file, or the first bad line as a failure.</summary>
    public static Result<IReadOnlyList<IcdOrderRecord>> Read(Stream stream, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CodeSetFields.ReadAll(ReadLines(stream, progress), cancellationToken);

    /// <summary>Streams the file line by line; a bad line comes back as an error with its line number.</summary>
    public static IEnumerable<ParsedLine<IcdOrderRecord>> ReadLines(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        using var source = new LineSource(stream, Encoding.UTF8, progress);
        long rows = 0;
        while (source.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            rows++;
            yield return Parse(source.LineNumber, line);
        }

        source.ReportDone(rows);
    }

    private static ParsedLine<IcdOrderRecord> Parse(long number, string line)
    {
        if (line.Length < 78)
        {
            return ParsedLine<IcdOrderRecord>.Fail(number, $"the line is cut short ({line.Length} characters); an order-file line has the code in columns 7-13, the billable flag in 15 and descriptions from 17 on.");
        }

        if (!int.TryParse(line.AsSpan(0, 5), out var order))
        {
            return ParsedLine<IcdOrderRecord>.Fail(number, $"the order number (columns 1-5) must be 5 digits, found {CodeSetFields.Quote(line[..5])}.");
        }

        var code = line.Substring(6, 7).Trim();
        if (!CodeWithoutDot().IsMatch(code))
        {
            return ParsedLine<IcdOrderRecord>.Fail(number, $"{CodeSetFields.Quote(code)} in columns 7-13 is not an ICD-10-CM code (a letter, then 2 to 6 letters or digits).");
        }

        var flag = line[14];
        if (flag is not ('0' or '1'))
        {
            return ParsedLine<IcdOrderRecord>.Fail(number, $"billable flag must be 0 or 1, found '{flag}'.");
        }

        var shortDescription = line.Substring(16, 60).Trim();
        var longDescription = line[77..].Trim();
        if (shortDescription.Length == 0 || longDescription.Length == 0)
        {
            return ParsedLine<IcdOrderRecord>.Fail(number, $"code {code} has no description.");
        }

        var withDot = code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;
        return ParsedLine<IcdOrderRecord>.Ok(number, new IcdOrderRecord(order, withDot, flag == '1', shortDescription, longDescription));
    }

    [GeneratedRegex("^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$")]
    private static partial Regex CodeWithoutDot();
}
