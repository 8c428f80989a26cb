using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace RevenueCycle.Core.CodeSets.Import;

/// <summary>
/// Reads an uploaded code-set file line by line, plain or gzip (recognised by its magic bytes, the
/// upload's stream need not seek), counting lines and reporting progress from the bytes consumed.
/// </summary>
internal sealed class LineSource : IDisposable
{
    private const int ProgressEvery = 10_000;
    private readonly Stream _raw;
    private readonly long? _length;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly TextReader _reader;
    private int? _lastPercent;

    public LineSource(Stream stream, Encoding encoding, IProgress<ImportProgress>? progress)
    {
        _raw = stream;
        _length = stream.CanSeek && stream.Length > 0 ? stream.Length - stream.Position : null;
        _progress = progress;
        _reader = new StreamReader(OpenMaybeGzip(stream), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
    }

    public long LineNumber { get; private set; }

    public string? ReadLine()
    {
        var line = _reader.ReadLine();
        if (line is not null)
        {
            LineNumber++;
            if (LineNumber % ProgressEvery == 0)
            {
                Report(LineNumber);
            }
        }

        return line;
    }

    public void Report(long rows)
    {
        if (_progress is null)
        {
            return;
        }

        int? percent = _length is { } length ? (int)Math.Clamp(_raw.Position * 100 / length, 0, 100) : null;
        if (percent != _lastPercent || percent is null)
        {
            _lastPercent = percent;
            _progress.Report(new ImportProgress(rows, percent));
        }
    }

    public void ReportDone(long rows) => _progress?.Report(new ImportProgress(rows, 100));

    public void Dispose() => _reader.Dispose();

    /// <summary>Returns a stream of the file's content, unzipping it when it starts with the gzip magic bytes.</summary>
    public static Stream OpenMaybeGzip(Stream stream)
    {
        var head = new byte[2];
        var read = 0;
        while (read < 2)
        {
            var n = stream.Read(head, read, 2 - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var whole = new PrefixedStream(head.AsMemory(0, read).ToArray(), stream);
        return read == 2 && head[0] == 0x1f && head[1] == 0x8b ? new GZipStream(whole, CompressionMode.Decompress, leaveOpen: true) : whole;
    }

    /// <summary>The bytes already peeked, then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _offset);
                prefix.AsSpan(_offset, n).CopyTo(buffer);
                _offset += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Field parsing shared by the readers, with messages an admin understands.</summary>
internal static class CodeSetFields
{
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Quote(string text) => text.Length > 40 ? $"'{text[..40]}...'" : $"'{text}'";

    /// <summary>
    /// Splits one CSV line (RFC 4180: commas, fields in double quotes with "" for a quote), or
    /// returns null when a quote is left open.
    /// </summary>
    public static List<string>? SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }

    /// <summary>Reads every line, stopping at the first bad one: a file is imported whole or not at all.</summary>
    public static Common.Result<IReadOnlyList<T>> ReadAll<T>(IEnumerable<ParsedLine<T>> lines, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        try
        {
            foreach (var line in lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (line.Error is not null)
                {
                    return Common.Result.Failure<IReadOnlyList<T>>(line.Error);
                }

                records.Add(line.Record!);
            }
        }
        catch (InvalidDataException ex)
        {
            // A damaged gzip file.
            return Common.Result.Failure<IReadOnlyList<T>>($"The file could not be read ({ex.Message}); upload it again or unzip it first.");
        }

        return Common.Result.Success<IReadOnlyList<T>>(records);
    }
}
