using System.Globalization;
using System.Text;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>
/// Builds X12 segments. X12 has no escape character, so a value containing a delimiter is refused
/// with an exception naming the field (e.g. NM103); trailing empty elements are dropped as the guide requires.
/// </summary>
public sealed class X12SegmentWriter(X12Delimiters delimiters)
{
    private readonly StringBuilder _text = new();

    public X12Delimiters Delimiters { get; } = delimiters;

    /// <summary>Segments written since the last <see cref="ResetCount"/> (the SE01 count).</summary>
    public int Count { get; private set; }

    public void ResetCount() => Count = 0;

    /// <summary>Writes a segment; each element is a string, null (empty) or a string array (a composite).</summary>
    public void Add(string id, params object?[] elements)
    {
        var values = new string[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var field = $"{id}{i + 1:00}";
            values[i] = elements[i] switch
            {
                null => "",
                string s => Checked(field, s),
                string?[] parts => Composite(field, parts),
                _ => throw new ArgumentException($"{field}: unsupported element type {elements[i]!.GetType().Name}."),
            };
        }

        var used = values.Length;
        while (used > 0 && values[used - 1].Length == 0)
        {
            used--;
        }

        _text.Append(id);
        for (var i = 0; i < used; i++)
        {
            _text.Append(Delimiters.Element).Append(values[i]);
        }

        _text.Append(Delimiters.Segment);
        Count++;
    }

    /// <summary>Appends text verbatim as one segment (the fixed-width ISA).</summary>
    public void AddRaw(string segment)
    {
        _text.Append(segment).Append(Delimiters.Segment);
        Count++;
    }

    public override string ToString() => _text.ToString();

    /// <summary>X12 decimal: no trailing zeros, no thousands separator (150, 92.5, 0.75).</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private string Composite(string field, string?[] parts)
    {
        var used = parts.Length;
        while (used > 0 && string.IsNullOrEmpty(parts[used - 1]))
        {
            used--;
        }

        return string.Join(Delimiters.Component, parts.Take(used).Select((p, k) => Checked($"{field}-{k + 1}", p ?? "")));
    }

    private string Checked(string field, string value) =>
        Delimiters.FoundIn(value) is { } c
            ? throw new ArgumentException($"{field} value \"{value}\" contains the delimiter '{c}'; X12 cannot escape it, so the value must be corrected before the claim is sent.")
            : value;
}
