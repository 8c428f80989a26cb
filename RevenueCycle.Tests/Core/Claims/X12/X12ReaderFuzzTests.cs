using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Claims.X12;

/// <summary>
/// Broken copies of good files, made with a fixed seed so a failure reproduces: cut at a random point, bytes
/// flipped, delimiters swapped, a huge element, segments dropped or repeated, counts changed. Whatever the
/// damage, a reader returns a result (never throws) and a failure names the segment it is about.
/// </summary>
public sealed partial class X12ReaderFuzzTests
{
    private const int CasesPerReader = 2000;

    [Fact]
    public void Ack999Reader_MutatedFiles_NeverThrowAndNameASegment() =>
        Fuzz(Seeds(AckSamples.Accepted999, AckSamples.Rejected999, AckSamples.Partial999), Ack999Reader.Read, seed: 999);

    [Fact]
    public void Claim277CaReader_MutatedFiles_NeverThrowAndNameASegment() =>
        Fuzz(Seeds(AckSamples.Mixed277Ca), Claim277CaReader.Read, seed: 277);

    [Fact]
    public void Claim837Reader_MutatedFiles_NeverThrowAndNameASegment()
    {
        var samples = new[] { "837p-5010-Example1_HealthInsurance.txt", "837p-5010-Example3_COB.txt" }
            .Select(name => File.ReadAllText(SharedData.PathOf(Path.Combine("x12", name))))
            .ToArray();
        Fuzz(samples, Claim837Reader.Read, seed: 837);
    }

    private static string[] Seeds(params string[] names) => names.Select(AckSamples.Text).ToArray();

    private static void Fuzz<T>(string[] samples, Func<string, Result<T>> read, int seed)
    {
        var random = new Random(seed);
        var failures = 0;
        for (var i = 0; i < CasesPerReader; i++)
        {
            var sample = samples[i % samples.Length];
            var kind = i % Mutations;
            var text = Mutate(sample, kind, random);
            Result<T> result;
            try
            {
                result = read(text);
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} (mutation {kind}, seed {seed}) threw {e.GetType().Name}: {e.Message}");
                return;
            }

            if (!result.Succeeded)
            {
                failures++;
                Assert.Matches(NamesASegment(), result.Error);
            }
        }

        // Most damage must be caught; a reader that accepts everything would pass the loop above.
        Assert.True(failures > CasesPerReader / 2, $"only {failures} of {CasesPerReader} mutated files were refused");
    }

    private const int Mutations = 9;

    private static string Mutate(string text, int kind, Random random)
    {
        var segments = text.Split('~');
        switch (kind)
        {
            case 0: // cut at a random point
                return text[..random.Next(text.Length)];
            case 1: // flip a few characters to anything, control characters and non-ASCII included
            {
                var chars = text.ToCharArray();
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(0, 0x300);
                }

                return new string(chars);
            }

            case 2: // swap two delimiters everywhere after the ISA
            {
                var pairs = new[] { ('*', ':'), ('*', '~'), (':', '~'), ('*', '^') };
                var (a, b) = pairs[random.Next(pairs.Length)];
                var body = text[106..].Replace(a, '\u0001').Replace(b, a).Replace('\u0001', b);
                return text[..106] + body;
            }

            case 3: // one huge element
            {
                var index = random.Next(1, segments.Length);
                segments[index] += "*" + new string((char)random.Next('0', 'Z'), random.Next(1_000, 50_000));
                return string.Join('~', segments);
            }

            case 4: // drop a segment
            {
                var list = segments.ToList();
                list.RemoveAt(random.Next(list.Count));
                return string.Join('~', list);
            }

            case 5: // repeat a segment
            {
                var list = segments.ToList();
                var index = random.Next(list.Count);
                list.Insert(index, list[index]);
                return string.Join('~', list);
            }

            case 6: // a wrong count or control number in a trailer
            {
                var trailers = segments.Select((s, i) => (s, i)).Where(p => Regex.IsMatch(p.s.TrimStart(), "^(SE|GE|IEA)\\*")).ToList();
                var (segment, index) = trailers[random.Next(trailers.Count)];
                var parts = segment.Split('*');
                var which = random.Next(1, parts.Length);
                parts[which] = random.Next(3) switch { 0 => "", 1 => "-1", _ => random.Next(0, 1_000_000).ToString("D", System.Globalization.CultureInfo.InvariantCulture) };
                segments[index] = string.Join('*', parts);
                return string.Join('~', segments);
            }

            case 7: // an element emptied or replaced by garbage
            {
                var index = random.Next(1, segments.Length);
                var parts = segments[index].Split('*');
                if (parts.Length > 1)
                {
                    parts[random.Next(1, parts.Length)] = random.Next(2) == 0 ? "" : RandomText(random, random.Next(1, 12));
                }

                segments[index] = string.Join('*', parts);
                return string.Join('~', segments);
            }

            default: // random bytes inserted at a random point
            {
                var at = random.Next(text.Length);
                return text[..at] + RandomText(random, random.Next(1, 40)) + text[at..];
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(0x20, 0x7F));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^Segment \d+")]
    private static partial Regex NamesASegment();
}
