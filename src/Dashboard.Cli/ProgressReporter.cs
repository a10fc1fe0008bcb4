using System.Globalization;
using Dashboard.Data.Ingestion;

namespace Dashboard.Cli;

/// <summary>
/// A redrawn bar on a terminal; a plain line every <see cref="LineEvery"/> items (files read, articles re-extracted)
/// when output goes to a file or pipe. Reports arrive on the writer's thread one at a time, so no locking is needed.
/// </summary>
internal sealed class ProgressReporter(CliConsole console, string items = "files") : IProgress<IngestProgress>
{
    public const int LineEvery = 500;
    private const int BarWidth = 30;
    private bool _drewBar;
    private long _lastDrawTicks;

    public void Report(IngestProgress value)
    {
        if (console.IsTerminal)
        {
            // Redrawing for every file would cost more than storing it.
            var now = Environment.TickCount64;
            if (value.Done != value.Total && now - _lastDrawTicks < 100) return;
            _lastDrawTicks = now;
            var filled = value.Total == 0 ? BarWidth : (int)((long)BarWidth * value.Done / value.Total);
            console.Out.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Done}/{value.Total} "));
            _drewBar = true;
        }
        else if (value.Done % LineEvery == 0 && value.Done != value.Total)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {value.Done}/{value.Total} {items}"));
        }
    }

    /// <summary>Ends the bar's line so the next output starts on its own.</summary>
    public void Finish()
    {
        if (_drewBar) console.Out.WriteLine();
    }
}
