using System.IO.Compression;
using System.Text;

namespace RevenueCycle.Tests.Support;

/// <summary>
/// The real reference files in ../shared/data beside the repository (never copied into it). CI
/// always has them; a missing folder fails with a message that says where they were looked for.
/// </summary>
public static class SharedData
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        Assert.True(File.Exists(path), $"Reference file {path} is missing; the shared data folder beside the repository must hold it.");
        return path;
    }

    public static Stream Open(string relativePath) => File.OpenRead(PathOf(relativePath));

    /// <summary>The lines of a (possibly gzip) reference file, for making broken copies.</summary>
    public static List<string> ReadLines(string relativePath, Encoding? encoding = null)
    {
        using var file = Open(relativePath);
        using var content = relativePath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(content, encoding ?? Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    public static MemoryStream ToStream(IEnumerable<string> lines, Encoding? encoding = null) =>
        new((encoding ?? Encoding.UTF8).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RevenueCycle.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                return Directory.Exists(data)
                    ? data
                    : throw new InvalidOperationException($"The shared reference data folder {data} is missing; it sits beside the repository (CI always has it).");
            }
        }

        throw new InvalidOperationException($"No RevenueCycle.sln above {AppContext.BaseDirectory}; cannot find ../shared/data.");
    }
}
