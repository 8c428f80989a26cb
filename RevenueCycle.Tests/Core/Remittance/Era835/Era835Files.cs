using RevenueCycle.Core.Remittance.X12;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Remittance.Era835;

/// <summary>The 835 reference files in the shared data folder, read as text.</summary>
internal static class Era835Files
{
    public const string GuideExample = "x12/835-5010-Example1.txt";
    public const string FromNth = "x12/835-5010-ExampleFromNth.txt";
    public const string FromNthMultipleInterchanges = "x12/835-5010-FromNth-WithMultipleInterchanges.txt";

    public static string Text(string relativePath) => File.ReadAllText(SharedData.PathOf(relativePath));

    public static IReadOnlyList<RevenueCycle.Core.Remittance.X12.Era835> ReadOrFail(string text)
    {
        var result = Era835Reader.Read(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }
}
