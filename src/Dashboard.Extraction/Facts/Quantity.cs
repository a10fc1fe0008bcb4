namespace Dashboard.Extraction.Facts;

/// <summary>A number as written: its tokens and the value range it allows.</summary>
internal readonly record struct Quantity(int First, int Last, double Min, double Max)
{
    /// <summary>A vague word (عشرات، مئات، بضعة): Min..Max is the span the word allows.</summary>
    public bool Vague { get; init; }

    /// <summary>Digits only, without separators or scale words (candidates for years, labels, clock times).</summary>
    public bool BareInteger { get; init; }

    /// <summary>Written at least partly in words.</summary>
    public bool InWords { get; init; }

    /// <summary>نصف، ثلث، ربع standing alone.</summary>
    public bool Fraction { get; init; }

    /// <summary>أحد/إحدى: one only in «أحد + a definite plural».</summary>
    public bool OneOf { get; init; }

    /// <summary>واحد/واحدة: one only after a counted noun.</summary>
    public bool TrailingOne { get; init; }

    /// <summary>A dual noun (قتيلين) counted as 2; its noun is the quantity's own token.</summary>
    public bool Dual { get; init; }

    /// <summary>A singular noun right after a casualty or arrest cue («مقتل جندي») counted as 1; its noun is its own token.</summary>
    public bool Singular { get; init; }

    /// <summary>The noun is the quantity's own token (a dual or a singular).</summary>
    public bool NounIsOwnToken => Dual || Singular;

    /// <summary>
    /// «4.250», «12.500»: a dot that reads as a decimal point before millions or billions (and then did, when
    /// <see cref="Scale"/> is one of them), as a thousands separator otherwise.
    /// </summary>
    public bool DotMayBeDecimal { get; init; }

    /// <summary>The dot was read as a decimal point: <see cref="DotMayBeDecimal"/> before millions or billions.</summary>
    public bool ReadAsDecimal => DotMayBeDecimal && Scale >= QuantityParser.Million;

    /// <summary>The scale word applied (1000 for «29 ألفا»), 1 when none.</summary>
    public double Scale { get; init; } = 1;

    public bool IsYearLike => BareInteger && IsYearValue(Min);

    /// <summary>A whole number in the range of the years news speaks of.</summary>
    public static bool IsYearValue(double value) => value is >= 1900 and <= 2100 && value == Math.Floor(value);
}
