namespace Dashboard.Data;

/// <summary>
/// Counts the changes this process commits to the store. Readers that keep results (the overview cache) put the
/// current value in their keys, so a result computed before a change is never served after it.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    /// <summary>Call after a change is committed.</summary>
    public void Changed() => Interlocked.Increment(ref _value);
}
