namespace RevenueCycle.Core.Claims.X12;

/// <summary>The four X12 separators, declared by the ISA segment of every interchange.</summary>
public sealed record X12Delimiters(char Element = '*', char Component = ':', char Repetition = '^', char Segment = '~')
{
    public static X12Delimiters Default { get; } = new();

    /// <summary>The delimiter a value contains, if any; X12 has no escaping, so such a value cannot be sent.</summary>
    public char? FoundIn(string value)
    {
        foreach (var c in value)
        {
            if (c == Element || c == Component || c == Repetition || c == Segment)
            {
                return c;
            }
        }

        return null;
    }
}
