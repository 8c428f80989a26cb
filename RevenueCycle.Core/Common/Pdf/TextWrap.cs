using System.Text;
using SkiaSharp;

namespace RevenueCycle.Core.Common.Pdf;

/// <summary>Breaks text into lines that fit a width when drawn with a given font.</summary>
public static class TextWrap
{
    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="width"/> points: words are kept whole where they
    /// fit, a word wider than the line (a long URL, a run of digits) is broken between characters, and a newline in the
    /// text always starts a new line. Runs of spaces collapse to one. Empty text gives no lines.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, SKFont font, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        foreach (var hardLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in hardLine.Split(' ', '\t').Where(w => w.Length > 0))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (font.MeasureText(candidate) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (font.MeasureText(rest) > width)
                {
                    var fit = Fit(rest, font, width);
                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    // The longest prefix that fits (at least one character, so a too-narrow width still makes progress); a surrogate
    // pair is never split.
    private static int Fit(string word, SKFont font, float width)
    {
        var fit = 1;
        for (var n = 1; n <= word.Length; n++)
        {
            if (n < word.Length && char.IsHighSurrogate(word[n - 1]))
            {
                continue;
            }

            if (font.MeasureText(word[..n]) > width)
            {
                break;
            }

            fit = n;
        }

        return fit < word.Length && char.IsHighSurrogate(word[fit - 1]) ? fit + 1 : fit;
    }
}
