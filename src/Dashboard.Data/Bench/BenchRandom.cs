namespace Dashboard.Data.Bench;

/// <summary>
/// A small deterministic generator (SplitMix64). System.Random's sequence is not promised across runtime versions;
/// this one is, so a seed names the same corpus on any machine.
/// </summary>
public sealed class BenchRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A stream for one item of a run, independent of the order items are generated in.</summary>
    public static BenchRandom For(int seed, long index) =>
        new(Mix(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xD1B54A32D192ED03UL)));

    public ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>Uniform in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Small counts are common, large ones rare (like casualty and arrest figures in the press).</summary>
    public int Skewed(int min, int max)
    {
        var u = NextDouble();
        return min + (int)Math.Floor((max - min + 1) * u * u * u);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
