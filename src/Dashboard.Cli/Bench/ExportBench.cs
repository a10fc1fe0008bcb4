using System.Diagnostics;
using System.Globalization;
using Dashboard.Data.Export;
using Dashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Cli.Bench;

/// <summary>Streams every fact through the app's exporter and reports rows/s and the working set while it runs.</summary>
internal static class ExportBench
{
    public sealed record Options(string Database, ExportFormat Format, string? Out);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(options.Database))
        {
            await error.WriteLineAsync($"No database at {options.Database}; build one with 'dashboard bench seed-db'.");
            return 2;
        }
        await using var provider = BenchServices.Create(options.Database);
        var exporter = provider.GetRequiredService<FactExporter>();

        // GC settles first so the starting working set is the process's own, not garbage from start-up.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        await using var target = options.Out is null ? (Stream)new CountingStream() : File.Create(options.Out);
        ExportSummary summary;
        TimeSpan elapsed;
        await using (var sampler = new MemorySampler(TimeSpan.FromMilliseconds(20)))
        {
            var watch = Stopwatch.StartNew();
            summary = await exporter.ExportAsync(FactFilter.None, options.Format, target, ct: ct);
            await target.FlushAsync(ct);
            elapsed = watch.Elapsed;
            await sampler.DisposeAsync();
            var bytes = target is CountingStream counting ? counting.Length : target.Length;
            output.WriteLine(Invariant($"export {options.Format}: {summary.Facts:N0} facts, {bytes / 1048576.0:0.0} MB in {elapsed.TotalSeconds:0.00} s ({summary.Facts / elapsed.TotalSeconds:N0} rows/s)"));
            output.WriteLine(Invariant($"export: working set {MemorySampler.Megabytes(sampler.StartBytes)} before, peak {MemorySampler.Megabytes(sampler.PeakBytes)} while streaming (+{MemorySampler.Megabytes(sampler.PeakBytes - sampler.StartBytes)})"));
        }
        output.WriteLine(MachineReport.Line());
        return 0;
    }

    /// <summary>A write-only sink that keeps only the byte count: measures the exporter, not the disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
