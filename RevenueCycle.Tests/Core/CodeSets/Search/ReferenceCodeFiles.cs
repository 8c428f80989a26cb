using System.IO.Compression;
using System.Text;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Search;

namespace RevenueCycle.Tests.Core.CodeSets.Search;

/// <summary>
/// Reads the real ICD-10-CM order file and HCPCS records in shared/data into encoder rows. A
/// small reader for tests only; the production importers live in Core.
/// </summary>
internal static class ReferenceCodeFiles
{
    /// <summary>FY2021 ICD-10-CM: 1 October 2020 to 30 September 2021.</summary>
    public static readonly DateOnly Icd10CmEffective = new(2020, 10, 1);

    public static string DataFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RevenueCycle.sln")))
            {
                folder = folder.Parent;
            }

            var data = folder is null ? null : Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data"));
            if (data is null || !Directory.Exists(data))
            {
                throw new InvalidOperationException($"The reference data folder ../shared/data beside the repository was not found (looked from {AppContext.BaseDirectory}).");
            }

            return data;
        }
    }

    public static List<EncoderCode> ReadIcd10CmOrderFile()
    {
        var path = Path.Combine(DataFolder, "icd10cm", "icd10cm_order_2021.txt.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.ASCII);
        var codes = new List<EncoderCode>(96_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 17)
            {
                continue;
            }

            var code = line[6..13].Trim();
            var shortDescription = line[16..Math.Min(76, line.Length)].Trim();
            var longDescription = line.Length > 77 ? line[77..].Trim() : shortDescription;
            codes.Add(new EncoderCode(CodeSystem.Icd10Cm, code, shortDescription, longDescription, line[14] == '1', Icd10CmEffective, null));
        }

        return codes;
    }

    /// <summary>HCPCS Level II fixed-width records (320 characters): procedures and modifiers, long descriptions continued over several records.</summary>
    public static List<EncoderCode> ReadHcpcsRecords()
    {
        var codes = new List<EncoderCode>();
        foreach (var path in Directory.GetFiles(Path.Combine(DataFolder, "hcpcs"), "*.txt"))
        {
            (string Code, bool IsModifier, StringBuilder Long, string Short, DateOnly Effective, DateOnly? Terminated)? current = null;
            foreach (var line in File.ReadLines(path, Encoding.Latin1))
            {
                if (line.Length < 12)
                {
                    continue;
                }

                var recordId = line[10];
                if (recordId is '4' or '8' && current is not null)
                {
                    current.Value.Long.Append(' ').Append(Field(line, 12, 91));
                    continue;
                }

                if (recordId is not ('3' or '7'))
                {
                    continue;
                }

                if (current is { } done)
                {
                    codes.Add(ToCode(done.Code, done.IsModifier, done.Long, done.Short, done.Effective, done.Terminated));
                }

                var isModifier = recordId == '7';
                current = (
                    isModifier ? Field(line, 4, 5) : Field(line, 1, 5),
                    isModifier,
                    new StringBuilder(Field(line, 12, 91)),
                    Field(line, 92, 119),
                    Date(Field(line, 269, 276)) ?? Date(Field(line, 277, 284)) ?? new DateOnly(2026, 1, 1),
                    Date(Field(line, 285, 292)));
            }

            if (current is { } last)
            {
                codes.Add(ToCode(last.Code, last.IsModifier, last.Long, last.Short, last.Effective, last.Terminated));
            }
        }

        return codes;
    }

    private static EncoderCode ToCode(string code, bool isModifier, StringBuilder longDescription, string shortDescription, DateOnly effective, DateOnly? terminated) =>
        new(isModifier ? CodeSystem.Modifier : CodeSystem.Hcpcs, code, shortDescription, longDescription.ToString(), true, effective, terminated);

    /// <summary>A field by its 1-based inclusive columns, as the CMS record layout numbers them.</summary>
    private static string Field(string line, int from, int to) =>
        line.Length < from ? "" : line[(from - 1)..Math.Min(to, line.Length)].Trim();

    private static DateOnly? Date(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", out var date) ? date : null;
}
