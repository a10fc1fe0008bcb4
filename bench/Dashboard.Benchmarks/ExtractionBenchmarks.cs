using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dashboard.Extraction;
using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Facts;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Places;

namespace Dashboard.Benchmarks;

/// <summary>
/// Extraction of the five seed articles, one after another as one text and each on its own, on one thread.
/// The MB/s column is UTF-8 megabytes of article text per second.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private string[] _articles = [];
    private string _concatenated = "";
    private IReadOnlyList<DateMention> _dates = [];
    private IReadOnlyList<PlaceMention> _places = [];

    public static long ConcatenatedBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        _articles = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _concatenated = string.Join("\n\n", _articles);
        ConcatenatedBytes = Encoding.UTF8.GetByteCount(_concatenated);
        _dates = DateRecognizer.Find(_concatenated, new DateOnly(2020, 6, 23));
        _places = Gazetteer.FindAll(_concatenated);
    }

    [Benchmark(Baseline = true, Description = "five seeds concatenated")]
    public int ExtractConcatenatedSeeds() => _extractor.Extract(_concatenated, new DateOnly(2020, 6, 23)).Facts.Count;

    /// <summary>The fact grammar alone, with the seeds' date mentions and places found once beforehand.</summary>
    [Benchmark(Description = "fact grammar only, seeds concatenated")]
    public int ExtractFactsOnly() => FactExtractor.Extract(_concatenated, new DateOnly(2020, 6, 23), _dates, _places).Count;

    /// <summary>The parts the pipeline runs before the grammar, to show where the time goes.</summary>
    [Benchmark(Description = "date recogniser alone, seeds concatenated")]
    public int FindDatesOnly() => DateRecognizer.Find(_concatenated, new DateOnly(2020, 6, 23)).Count;

    [Benchmark(Description = "gazetteer alone, seeds concatenated")]
    public int FindPlacesOnly() => Gazetteer.FindAll(_concatenated).Count;

    [Benchmark(Description = "five seeds one by one")]
    public int ExtractEachSeed()
    {
        var facts = 0;
        foreach (var article in _articles) facts += _extractor.Extract(article, new DateOnly(2020, 6, 23)).Facts.Count;
        return facts;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder above the benchmark holds Dashboard.sln.");
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>UTF-8 megabytes of seed text per second, from the mean time of a run over all five seeds.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Throughput";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of article text extracted per second (one core)";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null || stats.Mean <= 0) return "-";
            var bytes = SeedBytes();
            return (bytes / (stats.Mean / 1e9) / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }

        // The column is computed in the host process, where GlobalSetup did not run: measure the seeds here.
        private static long SeedBytes()
        {
            var seeds = Path.Combine(RepositoryRoot(), "seeds");
            var texts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            return Encoding.UTF8.GetByteCount(string.Join("\n\n", texts));
        }
    }
}
