using System.Globalization;

namespace RevenueCycle.Core.X12;

/// <summary>A problem in the file, naming the segment; each reader's Read catches it and returns it as a failure.</summary>
internal sealed class X12FormatException(X12Segment segment, string problem)
    : Exception($"Segment {segment.Number} ({X12Elements.Shorten(segment.Id)}): {problem}.");

/// <summary>Reading one element of a segment as the guide types it (amount R, date DT, identifier AN), with the problem in plain words.</summary>
internal static class X12Elements
{
    public static void Require(X12Segment s, bool condition, string problem)
    {
        if (!condition)
        {
            throw new X12FormatException(s, problem);
        }
    }

    public static void RequireElements(X12Segment s, int position, string what) =>
        Require(s, s[position].Length > 0, $"{what} is missing");

    public static decimal Amount(X12Segment s, int position, string what)
    {
        RequireElements(s, position, what);
        return OptionalAmount(s, position, what)!.Value;
    }

    public static decimal? OptionalAmount(X12Segment s, int position, string what)
    {
        var value = s[position];
        if (value.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new X12FormatException(s, $"{what} '{value}' is not a number");
    }

    public static int Integer(X12Segment s, int position, string what) =>
        int.TryParse(s[position], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new X12FormatException(s, $"{what} '{s[position]}' is not a whole number");

    public static DateOnly Date(X12Segment s, int position, string what)
    {
        RequireElements(s, position, what);
        return DateOnly.TryParseExact(s[position], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new X12FormatException(s, $"{what} '{s[position]}' is not a date (CCYYMMDD)");
    }

    public static string? Optional(X12Segment s, int position) => s[position].Length == 0 ? null : s[position];

    /// <summary>A value quoted in a message, cut to 20 characters so garbage cannot flood the screen.</summary>
    public static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "...";
}
