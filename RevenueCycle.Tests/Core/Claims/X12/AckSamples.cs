namespace RevenueCycle.Tests.Core.Claims.X12;

/// <summary>The hand-written 999 and 277CA files in Samples/ (one segment a line, so line n is segment n).</summary>
internal static class AckSamples
{
    public const string Accepted999 = "999-accepted.txt";
    public const string Rejected999 = "999-rejected.txt";
    public const string Partial999 = "999-partial.txt";
    public const string Mixed277Ca = "277CA-mixed.txt";

    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "Claims", "X12", "Samples", name));

    /// <summary>The file with line <paramref name="segment"/> (1-based) replaced; "" removes the segment.</summary>
    public static string ReplaceSegment(string text, int segment, string replacement)
    {
        var lines = text.Split('\n').ToList();
        if (replacement.Length == 0)
        {
            lines.RemoveAt(segment - 1);
        }
        else
        {
            lines[segment - 1] = replacement;
        }

        return string.Join('\n', lines);
    }
}
