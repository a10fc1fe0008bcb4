using System.Text;

namespace Dashboard.Data.Snapshot;

/// <summary>
/// The distinct values of a text column as small integers: code 0 is NULL, codes grow as values are first seen.
/// A snapshot only reads the codes it was built with; a newer snapshot works on a copy.
/// </summary>
internal sealed class TextCodes
{
    private readonly Dictionary<string, int> _codes;
    private readonly List<string?> _values;

    public TextCodes()
    {
        _codes = new Dictionary<string, int>(StringComparer.Ordinal);
        _values = [null];
    }

    private TextCodes(TextCodes other)
    {
        _codes = new Dictionary<string, int>(other._codes, StringComparer.Ordinal);
        _values = [.. other._values];
    }

    /// <summary>Codes in use, NULL included.</summary>
    public int Count => _values.Count;

    public TextCodes Copy() => new(this);

    public int Encode(string? value)
    {
        if (value is null) return 0;
        if (_codes.TryGetValue(value, out var code)) return code;
        code = _values.Count;
        _values.Add(value);
        _codes.Add(value, code);
        return code;
    }

    /// <summary>The code of a value already seen; false when no stored row has it.</summary>
    public bool TryGetCode(string value, out int code) => _codes.TryGetValue(value, out code);

    public string? Decode(int code) => _values[code];

    /// <summary>
    /// The position of each code in SQLite's ORDER BY for the column (BINARY collation: UTF-8 bytes compared; NULL
    /// first), so sorting by rank sorts as the database does.
    /// </summary>
    public int[] SortRanks()
    {
        var byBytes = Enumerable.Range(0, _values.Count)
            .Select(code => (Code: code, Bytes: _values[code] is { } text ? Encoding.UTF8.GetBytes(text) : null))
            .ToList();
        byBytes.Sort((a, b) =>
        {
            if (a.Bytes is null) return b.Bytes is null ? 0 : -1;
            if (b.Bytes is null) return 1;
            return a.Bytes.AsSpan().SequenceCompareTo(b.Bytes);
        });
        var ranks = new int[_values.Count];
        for (var rank = 0; rank < byBytes.Count; rank++) ranks[byBytes[rank].Code] = rank;
        return ranks;
    }
}

/// <summary>
/// The distinct values of a number column as small integers, codes growing as values are first seen (a column of a
/// few distinct values, such as the extractor's confidence, in two bytes a row instead of four).
/// </summary>
internal sealed class NumberCodes
{
    private readonly Dictionary<double, int> _codes;
    private readonly List<double> _values;

    public NumberCodes()
    {
        _codes = [];
        _values = [];
    }

    private NumberCodes(NumberCodes other)
    {
        _codes = new Dictionary<double, int>(other._codes);
        _values = [.. other._values];
    }

    public int Count => _values.Count;

    public NumberCodes Copy() => new(this);

    public int Encode(double value)
    {
        if (_codes.TryGetValue(value, out var code)) return code;
        code = _values.Count;
        _values.Add(value);
        _codes.Add(value, code);
        return code;
    }

    /// <summary>Each code's value, indexed by code.</summary>
    public double[] Values() => [.. _values];
}

/// <summary>The code tables of a snapshot's fact columns; a newer snapshot works on a copy.</summary>
internal sealed class FactCodes
{
    public TextCodes Units { get; private init; } = new();
    public TextCodes Attributions { get; private init; } = new();
    public TextCodes Governorates { get; private init; } = new();
    public TextCodes Actors { get; private init; } = new();
    public NumberCodes Confidences { get; private init; } = new();

    public FactCodes Copy() => new()
    {
        Units = Units.Copy(),
        Attributions = Attributions.Copy(),
        Governorates = Governorates.Copy(),
        Actors = Actors.Copy(),
        Confidences = Confidences.Copy(),
    };
}
