using System.Diagnostics;
using System.Globalization;

namespace Dashboard.Cli.Bench;

/// <summary>Durations of repeated runs of one operation, in milliseconds.</summary>
internal sealed class Timings(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly List<double> _cpuMilliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double Max => _milliseconds.Count == 0 ? 0 : _milliseconds.Max();

    /// <summary>
    /// Median CPU time of the process per run. On a shared machine wall time stretches with other processes' load;
    /// the CPU a query costs does not, so this is the figure to compare between runs.
    /// </summary>
    public double CpuP50 => Median(_cpuMilliseconds);

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    private static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    /// <summary>Nearest-rank percentile: with 20 runs p95 is the 19th fastest.</summary>
    public double Percentile(double fraction)
    {
        if (_milliseconds.Count == 0) return 0;
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Runs <paramref name="operation"/> <paramref name="warmups"/> times untimed, then <paramref name="runs"/> times timed.</summary>
    public static async Task<Timings> MeasureAsync(string name, int warmups, int runs, Func<Task> operation)
    {
        var timings = new Timings(name);
        for (var i = 0; i < warmups; i++) await operation();
        for (var i = 0; i < runs; i++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            await operation();
            timings.Add(watch.Elapsed);
            timings._cpuMilliseconds.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
        }
        return timings;
    }

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
