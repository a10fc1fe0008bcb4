namespace Dashboard.Extraction.Model;

/// <summary>One figure stated in the text, with what a careful analyst records beside it (see the fact contract).</summary>
public sealed record Fact
{
    public required FactKind Kind { get; init; }
    public required double Min { get; init; }
    public required double Max { get; init; }
    public required Qualifier Qualifier { get; init; }
    /// <summary>person, family, strike, operation, item, an ISO 4217 code, percent, or a short English noun.</summary>
    public required string Unit { get; init; }
    public required FactScope Scope { get; init; }
    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Unknown;
    public DateBasis DateBasis { get; init; } = DateBasis.None;
    public string? Actor { get; init; }
    /// <summary>Set for casualty kinds (killed, wounded, arrested, abducted); null otherwise.</summary>
    public FactTarget? Target { get; init; }
    public string? Location { get; init; }
    public string? Governorate { get; init; }
    public string? Attribution { get; init; }
    public required string Sentence { get; init; }
    public required TextSpan Span { get; init; }
    public double Confidence { get; init; }
}

/// <summary>A date or period the text names, resolved where it can be.</summary>
public sealed record DateMention
{
    public required string Text { get; init; }
    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Unknown;
    public DateBasis DateBasis { get; init; } = DateBasis.None;
    public required TextSpan Span { get; init; }
}

/// <summary>What extraction returns for one article.</summary>
public sealed record ExtractionResult(IReadOnlyList<Fact> Facts, IReadOnlyList<DateMention> Dates)
{
    public static ExtractionResult Empty { get; } = new([], []);
}
