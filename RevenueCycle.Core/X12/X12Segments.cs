namespace RevenueCycle.Core.X12;

/// <summary>One X12 segment: its number counted from the ISA (1-based), its id and its elements (index 1 is the first data element).</summary>
internal sealed record X12Segment(int Number, string Id, string[] Elements)
{
    /// <summary>The element at this position (1-based, as the guide numbers them), or "" when the segment is shorter.</summary>
    public string this[int position] => position < Elements.Length ? Elements[position] : string.Empty;

    /// <summary>The number of data elements, not counting the segment id.</summary>
    public int Count => Elements.Length - 1;

    public string Describe() => $"segment {Number} ({Id})";
}

/// <summary>
/// The delimiters an interchange declares in its ISA, and the file cut into segments with them. Shared by the
/// readers (835, 999, 277CA); the 837 writer's public <c>Claims.X12.X12Delimiters</c> is the writing side.
/// </summary>
internal sealed record X12Tokenizer(char Element, char Component, char Segment)
{
    // The ISA is fixed width: "ISA" then 16 elements; ISA16 is one character and the segment terminator follows it.
    private const int IsaElementCount = 16;

    public static X12Tokenizer? FromIsa(string text, int start, out string? problem)
    {
        problem = null;
        if (text.Length < start + 4 || string.CompareOrdinal(text, start, "ISA", 0, 3) != 0)
        {
            problem = "the file does not start with an ISA interchange header, so it is not an X12 file";
            return null;
        }

        var element = text[start + 3];
        var position = start + 3;
        for (var separators = 0; separators < IsaElementCount; position++)
        {
            if (position >= text.Length)
            {
                problem = "the ISA header is cut off before its sixteenth element";
                return null;
            }

            if (text[position] == element)
            {
                separators++;
            }
        }

        // position is now ISA16, the component separator; the segment terminator is the next character.
        if (position + 1 >= text.Length)
        {
            problem = "the ISA header is cut off before its segment terminator";
            return null;
        }

        var component = text[position];
        var segment = text[position + 1];
        if (char.IsLetterOrDigit(element) || char.IsLetterOrDigit(component) || char.IsLetterOrDigit(segment) || element == component || element == segment)
        {
            problem = $"the ISA header declares unusable delimiters (element '{element}', component '{component}', segment '{segment}')";
            return null;
        }

        return new X12Tokenizer(element, component, segment);
    }

    /// <summary>Cuts the text into segments; CR, LF and spaces between segments are not part of them.</summary>
    public List<X12Segment> Split(string text, int start, out string? problem)
    {
        problem = null;
        var segments = new List<X12Segment>();
        var position = start;
        while (position < text.Length)
        {
            var end = text.IndexOf(Segment, position);
            var raw = end < 0 ? text[position..] : text[position..end];
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                var number = segments.Count + 1;
                var elements = trimmed.Split(Element);
                if (end < 0)
                {
                    problem = $"segment {number} ({X12Elements.Shorten(elements[0])}) is cut off: the file ends before its terminator '{Segment}'";
                    return segments;
                }

                segments.Add(new X12Segment(number, elements[0], elements));
            }

            position = end < 0 ? text.Length : end + 1;
        }

        return segments;
    }
}
