namespace Landes.Inclusion.Fuzzing;

/// <summary>
/// A read-only stream of a head, a unit repeated and a tail, about <c>length</c> bytes in all, that holds no more than
/// its pattern: a 100 MB hostile input whose memory is the reader's alone (tests and HostileInputBenchmarks). Counts
/// its reads.
/// </summary>
/// <param name="head">The first bytes.</param>
/// <param name="unit">The bytes repeated.</param>
/// <param name="length">The length wanted (the unit is repeated as many whole times as fit).</param>
/// <param name="tail">The last bytes.</param>
/// <param name="seekable">Whether the stream says it can seek (a file can).</param>
public sealed class PatternStream(byte[] head, byte[] unit, long length, byte[] tail, bool seekable = false) : Stream
{
    private readonly long _units = Math.Max(0, (length - head.Length - tail.Length) / unit.Length);

    /// <summary>Gets how many times <see cref="Read(byte[], int, int)"/> was called.</summary>
    public int Reads { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => seekable;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => head.Length + (_units * unit.Length) + tail.Length;

    /// <inheritdoc />
    public override long Position { get; set; }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        Reads++;
        int written = 0;
        while (written < count && Position < Length)
        {
            long body = Position - head.Length;
            ReadOnlySpan<byte> source = Position < head.Length ? head.AsSpan((int)Position)
                : body < _units * unit.Length ? unit.AsSpan((int)(body % unit.Length))
                : tail.AsSpan((int)(body - (_units * unit.Length)));
            int n = Math.Min(source.Length, count - written);
            source[..n].CopyTo(buffer.AsSpan(offset + written));
            written += n;
            Position += n;
        }

        return written;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => Length + offset,
    };

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
