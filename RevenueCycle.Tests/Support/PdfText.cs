using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace RevenueCycle.Tests.Support;

/// <summary>One piece of text as a PDF viewer would place it: the start of its baseline in points, measured from the page's top-left corner.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="X">Start of the text, points from the left edge.</param>
/// <param name="Y">Baseline, points from the top edge.</param>
/// <param name="EndX">Where the text ends (from the font's glyph widths).</param>
/// <param name="FontSize">Effective font size in points.</param>
public sealed record PdfTextRun(int Page, double X, double Y, double EndX, string Text, double FontSize);

/// <summary>
/// A small, test-only PDF text extractor, enough for what SkiaSharp writes: classic xref-less object scanning,
/// FlateDecode streams, Type0/Identity-H and simple fonts decoded through their ToUnicode CMaps, and a content-stream
/// walk that tracks the CTM (q/Q/cm) and the text state (BT/ET, Tf, Tm, Td, TD, T*, TL, Tj, TJ, ', ").
/// Text shown inside one BT/ET block on one baseline is joined into one run.
/// </summary>
public static class PdfText
{
    public static IReadOnlyList<PdfTextRun> Extract(byte[] pdf) => new Document(pdf).ExtractRuns();

    /// <summary>The number of pages in the page tree.</summary>
    public static int PageCount(byte[] pdf) => new Document(pdf).Pages().Count;

    private sealed record Name(string Value);

    private sealed record Ref(int Number);

    private sealed record Operator(string Value);

    private sealed class Dict : Dictionary<string, object?>
    {
        public Dict()
            : base(StringComparer.Ordinal)
        {
        }
    }

    private sealed record Stream(Dict Dict, byte[] Raw);

    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static Matrix Identity => new(1, 0, 0, 1, 0, 0);

        public static Matrix Translate(double x, double y) => new(1, 0, 0, 1, x, y);

        // this × other: apply this first, then other (PDF row-vector convention).
        public Matrix Times(Matrix o) => new(
            (A * o.A) + (B * o.C), (A * o.B) + (B * o.D),
            (C * o.A) + (D * o.C), (C * o.B) + (D * o.D),
            (E * o.A) + (F * o.C) + o.E, (E * o.B) + (F * o.D) + o.F);

        public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);
    }

    private sealed class Font
    {
        public int CodeLength { get; set; } = 1;

        public Dictionary<int, string> Unicode { get; } = [];

        public Dictionary<int, double> Widths { get; } = [];

        public double DefaultWidth { get; init; }

        public IEnumerable<(int Code, string Text, double Width)> Decode(byte[] bytes)
        {
            for (var i = 0; i + CodeLength <= bytes.Length; i += CodeLength)
            {
                var code = 0;
                for (var k = 0; k < CodeLength; k++)
                {
                    code = (code << 8) | bytes[i + k];
                }

                var text = Unicode.TryGetValue(code, out var t) ? t : (Unicode.Count == 0 ? ((char)code).ToString() : "\uFFFD");
                yield return (code, text, Widths.TryGetValue(code, out var w) ? w : DefaultWidth);
            }
        }
    }

    private sealed class Document
    {
        private readonly byte[] _pdf;
        private readonly Dictionary<int, int> _offsets = [];
        private readonly Dictionary<int, object?> _objects = [];
        private readonly Dictionary<int, Font> _fonts = [];

        public Document(byte[] pdf)
        {
            _pdf = pdf;
            var text = Encoding.Latin1.GetString(pdf);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"(?<=^|[\r\n])(\d+)\s+(\d+)\s+obj\b"))
            {
                _offsets[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Index + m.Length;
            }
        }

        public object? Resolve(object? value) => value is Ref r ? Get(r.Number) : value;

        private object? Get(int number)
        {
            if (_objects.TryGetValue(number, out var cached))
            {
                return cached;
            }

            if (!_offsets.TryGetValue(number, out var offset))
            {
                return null;
            }

            var lexer = new Lexer(_pdf, offset, objectRefs: true);
            var value = lexer.ReadValue();
            if (value is Dict dict && lexer.PeekKeyword() == "stream")
            {
                lexer.ReadToken();
                var start = lexer.Position;
                if (_pdf[start] == '\r')
                {
                    start++;
                }

                if (_pdf[start] == '\n')
                {
                    start++;
                }

                var length = Convert.ToInt32(Resolve(dict["Length"]), CultureInfo.InvariantCulture);
                value = new Stream(dict, _pdf[start..(start + length)]);
            }

            _objects[number] = value;
            return value;
        }

        private byte[] Decode(Stream stream)
        {
            var filter = Resolve(stream.Dict.GetValueOrDefault("Filter"));
            var filters = filter switch
            {
                Name n => [n.Value],
                List<object?> list => list.Select(f => ((Name)Resolve(f)!).Value).ToList(),
                _ => new List<string>(),
            };
            var data = stream.Raw;
            foreach (var f in filters)
            {
                if (f != "FlateDecode")
                {
                    throw new NotSupportedException($"Filter {f} is not supported by the test PDF reader.");
                }

                using var inflater = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                using var output = new MemoryStream();
                inflater.CopyTo(output);
                data = output.ToArray();
            }

            return data;
        }

        private Dict Root()
        {
            var text = Encoding.Latin1.GetString(_pdf);
            var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
            if (trailer >= 0 && new Lexer(_pdf, trailer + "trailer".Length, objectRefs: true).ReadValue() is Dict t && Resolve(t.GetValueOrDefault("Root")) is Dict root)
            {
                return root;
            }

            return _offsets.Keys.Select(Get).OfType<Dict>().First(d => d.GetValueOrDefault("Type") is Name { Value: "Catalog" });
        }

        public List<(Dict Page, Dict Resources, double Height)> Pages()
        {
            var pages = new List<(Dict, Dict, double)>();
            void Walk(Dict node, Dict? resources, List<object?>? mediaBox)
            {
                resources = Resolve(node.GetValueOrDefault("Resources")) as Dict ?? resources;
                mediaBox = Resolve(node.GetValueOrDefault("MediaBox")) as List<object?> ?? mediaBox;
                if (node.GetValueOrDefault("Type") is Name { Value: "Pages" })
                {
                    foreach (var kid in (List<object?>)Resolve(node["Kids"])!)
                    {
                        Walk((Dict)Resolve(kid)!, resources, mediaBox);
                    }

                    return;
                }

                var box = (mediaBox ?? [0d, 0d, 612d, 792d]).Select(v => Convert.ToDouble(Resolve(v), CultureInfo.InvariantCulture)).ToArray();
                pages.Add((node, resources ?? new Dict(), box[3] - box[1]));
            }

            Walk((Dict)Resolve(Root()["Pages"])!, null, null);
            return pages;
        }

        public List<PdfTextRun> ExtractRuns()
        {
            var runs = new List<PdfTextRun>();
            var pages = Pages();
            for (var p = 0; p < pages.Count; p++)
            {
                var (page, resources, height) = pages[p];
                var contents = Resolve(page.GetValueOrDefault("Contents"));
                var parts = contents switch
                {
                    Stream s => [s],
                    List<object?> list => list.Select(Resolve).OfType<Stream>().ToList(),
                    _ => new List<Stream>(),
                };
                var data = parts.SelectMany(s => Decode(s).Append((byte)'\n')).ToArray();
                Interpret(data, resources, p + 1, height, runs);
            }

            return runs;
        }

        private Font FontFor(Dict resources, string name)
        {
            var fonts = Resolve(resources.GetValueOrDefault("Font")) as Dict ?? throw new InvalidDataException("Page has no /Font resources.");
            var reference = fonts[name];
            var key = reference is Ref r ? r.Number : -1 - _fonts.Count;
            if (_fonts.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var dict = (Dict)Resolve(reference)!;
            var composite = dict.GetValueOrDefault("Subtype") is Name { Value: "Type0" };
            Font font;
            if (composite)
            {
                var descendant = (Dict)Resolve(((List<object?>)Resolve(dict["DescendantFonts"])!)[0])!;
                font = new Font { CodeLength = 2, DefaultWidth = Number(descendant.GetValueOrDefault("DW") ?? 1000d) };
                if (Resolve(descendant.GetValueOrDefault("W")) is List<object?> w)
                {
                    for (var i = 0; i < w.Count;)
                    {
                        var first = (int)Number(w[i]);
                        if (Resolve(w[i + 1]) is List<object?> widths)
                        {
                            for (var k = 0; k < widths.Count; k++)
                            {
                                font.Widths[first + k] = Number(widths[k]);
                            }

                            i += 2;
                        }
                        else
                        {
                            var last = (int)Number(w[i + 1]);
                            for (var c = first; c <= last; c++)
                            {
                                font.Widths[c] = Number(w[i + 2]);
                            }

                            i += 3;
                        }
                    }
                }
            }
            else
            {
                font = new Font { CodeLength = 1 };
                if (Resolve(dict.GetValueOrDefault("Widths")) is List<object?> widths)
                {
                    var first = (int)Number(dict.GetValueOrDefault("FirstChar") ?? 0d);
                    for (var k = 0; k < widths.Count; k++)
                    {
                        font.Widths[first + k] = Number(widths[k]);
                    }
                }
            }

            if (Resolve(dict.GetValueOrDefault("ToUnicode")) is Stream toUnicode)
            {
                ReadCMap(Decode(toUnicode), font);
            }

            _fonts[key] = font;
            return font;
        }

        private double Number(object? value) => Convert.ToDouble(Resolve(value), CultureInfo.InvariantCulture);

        private static void ReadCMap(byte[] data, Font font)
        {
            var lexer = new Lexer(data, 0, objectRefs: false);
            var operands = new List<object?>();
            string? section = null;
            while (lexer.ReadToken() is { } token)
            {
                if (token is Operator op)
                {
                    switch (op.Value)
                    {
                        case "begincodespacerange" or "beginbfchar" or "beginbfrange":
                            section = op.Value;
                            operands.Clear();
                            break;
                        case "endcodespacerange":
                            if (operands.FirstOrDefault() is byte[] low)
                            {
                                // The code length is the byte length of the range's bounds.
                                font.CodeLength = low.Length;
                            }

                            section = null;
                            break;
                        case "endbfchar":
                            for (var i = 0; i + 1 < operands.Count; i += 2)
                            {
                                font.Unicode[Code((byte[])operands[i]!)] = Utf16((byte[])operands[i + 1]!);
                            }

                            section = null;
                            break;
                        case "endbfrange":
                            for (var i = 0; i + 2 < operands.Count; i += 3)
                            {
                                var lo = Code((byte[])operands[i]!);
                                var hi = Code((byte[])operands[i + 1]!);
                                if (operands[i + 2] is List<object?> list)
                                {
                                    for (var c = lo; c <= hi && c - lo < list.Count; c++)
                                    {
                                        font.Unicode[c] = Utf16((byte[])list[c - lo]!);
                                    }
                                }
                                else
                                {
                                    var start = (byte[])operands[i + 2]!;
                                    for (var c = lo; c <= hi; c++)
                                    {
                                        var dst = (byte[])start.Clone();
                                        var add = c - lo;
                                        for (var k = dst.Length - 1; k >= 0 && add > 0; k--)
                                        {
                                            var sum = dst[k] + add;
                                            dst[k] = (byte)(sum & 0xFF);
                                            add = sum >> 8;
                                        }

                                        font.Unicode[c] = Utf16(dst);
                                    }
                                }
                            }

                            section = null;
                            break;
                        default:
                            operands.Clear();
                            break;
                    }
                }
                else if (section is not null)
                {
                    operands.Add(token);
                }
            }
        }

        private static int Code(byte[] bytes) => bytes.Aggregate(0, (acc, b) => (acc << 8) | b);

        private static string Utf16(byte[] bytes) => Encoding.BigEndianUnicode.GetString(bytes);

        private void Interpret(byte[] content, Dict resources, int page, double height, List<PdfTextRun> runs)
        {
            var lexer = new Lexer(content, 0, objectRefs: false);
            var operands = new List<object?>();
            var ctm = Matrix.Identity;
            var stack = new Stack<Matrix>();
            var tm = Matrix.Identity;
            var tlm = Matrix.Identity;
            Font? font = null;
            double fontSize = 0, leading = 0;
            StringBuilder? text = null;
            (double X, double Y, double EndX, double Size)? start = null;

            void Flush()
            {
                if (text is { Length: > 0 } && start is { } s)
                {
                    runs.Add(new PdfTextRun(page, s.X, height - s.Y, s.EndX, text.ToString(), s.Size));
                }

                text = null;
                start = null;
            }

            void NextLine(double tx, double ty)
            {
                tlm = Matrix.Translate(tx, ty).Times(tlm);
                tm = tlm;
            }

            void Show(byte[] bytes)
            {
                if (font is null)
                {
                    throw new InvalidDataException("Text shown before Tf.");
                }

                foreach (var (_, glyph, width) in font.Decode(bytes))
                {
                    var device = tm.Times(ctm);
                    var (x, y) = device.Apply(0, 0);
                    var size = fontSize * Math.Sqrt((device.C * device.C) + (device.D * device.D));
                    var advance = width / 1000 * fontSize;
                    var (endX, _) = Matrix.Translate(advance, 0).Times(device).Apply(0, 0);

                    // A glyph that does not continue the current run (another baseline, or a gap wider than a space) starts a new one.
                    if (start is { } s && (Math.Abs(s.Y - y) > 0.5 || x < s.EndX - 0.5 || x > s.EndX + (0.3 * size)))
                    {
                        Flush();
                    }

                    text ??= new StringBuilder();
                    start = start is { } st ? st with { EndX = endX } : (x, y, endX, size);
                    text.Append(glyph);
                    tm = Matrix.Translate(advance, 0).Times(tm);
                }
            }

            while (lexer.ReadToken() is { } token)
            {
                if (token is not Operator op)
                {
                    operands.Add(token);
                    continue;
                }

                double N(int i) => Convert.ToDouble(operands[i], CultureInfo.InvariantCulture);
                switch (op.Value)
                {
                    case "q":
                        stack.Push(ctm);
                        break;
                    case "Q":
                        ctm = stack.Count > 0 ? stack.Pop() : Matrix.Identity;
                        break;
                    case "cm":
                        ctm = new Matrix(N(0), N(1), N(2), N(3), N(4), N(5)).Times(ctm);
                        break;
                    case "BT":
                        tm = tlm = Matrix.Identity;
                        break;
                    case "ET":
                        Flush();
                        break;
                    case "Tf":
                        font = FontFor(resources, ((Name)operands[0]!).Value);
                        fontSize = N(1);
                        break;
                    case "TL":
                        leading = N(0);
                        break;
                    case "Tm":
                        tm = tlm = new Matrix(N(0), N(1), N(2), N(3), N(4), N(5));
                        break;
                    case "Td":
                        NextLine(N(0), N(1));
                        break;
                    case "TD":
                        leading = -N(1);
                        NextLine(N(0), N(1));
                        break;
                    case "T*":
                        NextLine(0, -leading);
                        break;
                    case "Tj":
                        Show((byte[])operands[0]!);
                        break;
                    case "'":
                        NextLine(0, -leading);
                        Show((byte[])operands[0]!);
                        break;
                    case "\"":
                        NextLine(0, -leading);
                        Show((byte[])operands[2]!);
                        break;
                    case "TJ":
                        foreach (var item in (List<object?>)operands[0]!)
                        {
                            if (item is byte[] bytes)
                            {
                                Show(bytes);
                            }
                            else
                            {
                                tm = Matrix.Translate(-Convert.ToDouble(item, CultureInfo.InvariantCulture) / 1000 * fontSize, 0).Times(tm);
                            }
                        }

                        break;
                }

                operands.Clear();
            }

            Flush();
        }
    }

    /// <summary>PDF tokens: numbers (double), strings (byte[]), names, arrays (List), dictionaries, refs and bare keywords.</summary>
    private sealed class Lexer(byte[] data, int position, bool objectRefs)
    {
        public int Position { get; private set; } = position;

        public string? PeekKeyword()
        {
            var saved = Position;
            var token = ReadToken();
            Position = saved;
            return (token as Operator)?.Value;
        }

        public object? ReadValue() => ReadToken();

        public object? ReadToken()
        {
            SkipWhitespace();
            if (Position >= data.Length)
            {
                return null;
            }

            var c = (char)data[Position];
            switch (c)
            {
                case '/':
                    Position++;
                    return new Name(ReadRegular());
                case '(':
                    return ReadLiteralString();
                case '<' when Position + 1 < data.Length && data[Position + 1] == '<':
                    Position += 2;
                    return ReadDict();
                case '<':
                    return ReadHexString();
                case '[':
                    Position++;
                    var list = new List<object?>();
                    while (true)
                    {
                        SkipWhitespace();
                        if (Position >= data.Length || data[Position] == ']')
                        {
                            Position++;
                            return list;
                        }

                        list.Add(ReadToken());
                    }

                case '>' or ']' or ')' or '{' or '}':
                    Position++;
                    return new Operator(c.ToString());
            }

            var word = ReadRegular();
            if (word.Length == 0)
            {
                Position++;
                return new Operator(c.ToString());
            }

            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (objectRefs && IsInteger(word))
                {
                    // "12 0 R" is a reference; look ahead without consuming anything else.
                    var saved = Position;
                    SkipWhitespace();
                    var generation = ReadRegular();
                    SkipWhitespace();
                    if (IsInteger(generation) && Position < data.Length && data[Position] == 'R' && (Position + 1 >= data.Length || IsDelimiterOrSpace(data[Position + 1])))
                    {
                        Position++;
                        return new Ref(int.Parse(word, CultureInfo.InvariantCulture));
                    }

                    Position = saved;
                }

                return number;
            }

            return word switch
            {
                "true" => true,
                "false" => false,
                "null" => null,
                _ => new Operator(word),
            };
        }

        private static bool IsInteger(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

        private Dict ReadDict()
        {
            var dict = new Dict();
            while (true)
            {
                SkipWhitespace();
                if (Position + 1 < data.Length && data[Position] == '>' && data[Position + 1] == '>')
                {
                    Position += 2;
                    return dict;
                }

                if (ReadToken() is not Name key)
                {
                    throw new InvalidDataException($"Dictionary key expected at {Position}.");
                }

                dict[key.Value] = ReadToken();
            }
        }

        private byte[] ReadHexString()
        {
            Position++;
            var digits = new StringBuilder();
            while (Position < data.Length && data[Position] != '>')
            {
                if (Uri.IsHexDigit((char)data[Position]))
                {
                    digits.Append((char)data[Position]);
                }

                Position++;
            }

            Position++;
            if (digits.Length % 2 == 1)
            {
                digits.Append('0');
            }

            return Convert.FromHexString(digits.ToString());
        }

        private byte[] ReadLiteralString()
        {
            Position++;
            var bytes = new List<byte>();
            var depth = 1;
            while (Position < data.Length)
            {
                var b = data[Position++];
                if (b == '\\' && Position < data.Length)
                {
                    var e = data[Position++];
                    switch ((char)e)
                    {
                        case 'n': bytes.Add((byte)'\n'); break;
                        case 'r': bytes.Add((byte)'\r'); break;
                        case 't': bytes.Add((byte)'\t'); break;
                        case 'b': bytes.Add(8); break;
                        case 'f': bytes.Add(12); break;
                        case '\r' or '\n': break;
                        case >= '0' and <= '7':
                            var value = e - '0';
                            for (var k = 0; k < 2 && Position < data.Length && data[Position] is >= (byte)'0' and <= (byte)'7'; k++)
                            {
                                value = (value * 8) + (data[Position++] - '0');
                            }

                            bytes.Add((byte)value);
                            break;
                        default: bytes.Add(e); break;
                    }
                }
                else if (b == '(')
                {
                    depth++;
                    bytes.Add(b);
                }
                else if (b == ')')
                {
                    if (--depth == 0)
                    {
                        break;
                    }

                    bytes.Add(b);
                }
                else
                {
                    bytes.Add(b);
                }
            }

            return [.. bytes];
        }

        private string ReadRegular()
        {
            var start = Position;
            while (Position < data.Length && !IsDelimiterOrSpace(data[Position]))
            {
                Position++;
            }

            return Encoding.Latin1.GetString(data, start, Position - start);
        }

        private void SkipWhitespace()
        {
            while (Position < data.Length)
            {
                if (data[Position] == '%')
                {
                    while (Position < data.Length && data[Position] is not ((byte)'\n' or (byte)'\r'))
                    {
                        Position++;
                    }
                }
                else if (IsSpace(data[Position]))
                {
                    Position++;
                }
                else
                {
                    break;
                }
            }
        }

        private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

        private static bool IsDelimiterOrSpace(byte b) => IsSpace(b) || b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
    }
}
