using BenchmarkDotNet.Attributes;
using Dashboard.Data.Bench;

namespace Dashboard.Benchmarks;

/// <summary>Cost of generating one realistic article (text, manifest entry, planted figures).</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly CorpusGenerator _generator = new(1);
    private int _next;

    [Benchmark(Description = "generate one article")]
    public int GenerateArticle() => _generator.Generate(_next++ & 0xFFFF).Text.Length;
}
