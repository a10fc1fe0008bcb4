using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>
/// One line on the machine a bench ran on: cores, load average and a fixed CPU task's time. Figures taken on
/// different days differ by the machine's speed as much as by the code (the same build's browser timings moved by
/// half); the calibration says by how much, so runs of different days can be compared.
/// </summary>
internal static class MachineReport
{
    public const int CalibrationValues = 1_000_000;

    public static string Line()
    {
        var load = LoadAverage();
        return string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, load average {load ?? "unknown"}, calibration {CalibrationMilliseconds():0} ms (sorting {CalibrationValues:N0} doubles, best of 3)");
    }

    /// <summary>The best of three sorts of the same pseudo-random doubles: the machine's single-core speed, little else.</summary>
    public static double CalibrationMilliseconds()
    {
        var random = new Random(20181);
        var values = new double[CalibrationValues];
        for (var i = 0; i < values.Length; i++) values[i] = random.NextDouble();
        var copy = new double[values.Length];
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            values.CopyTo(copy, 0);
            var started = Stopwatch.GetTimestamp();
            Array.Sort(copy);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return best;
    }

    private static string? LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]}" : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
