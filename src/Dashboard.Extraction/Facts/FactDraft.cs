using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Facts;

/// <summary>A fact as the grammar first reads it, in token positions; context is added afterwards.</summary>
internal sealed class FactDraft
{
    public required FactKind Kind { get; set; }
    public required double Min { get; init; }
    public required double Max { get; init; }
    public required Qualifier Qualifier { get; init; }
    public required string Unit { get; set; }
    public required FactScope Scope { get; set; }
    public FactTarget? Target { get; set; }

    /// <summary>First token of the figure's own words (the number).</summary>
    public required int FirstToken { get; init; }

    /// <summary>Last token of the figure's own words (the counted noun when there is one).</summary>
    public required int LastToken { get; init; }

    /// <summary>The token of the verb or noun that gave the kind, or -1.</summary>
    public int CueToken { get; init; } = -1;

    public bool IsBreakdownPart { get; init; }

    /// <summary>
    /// The side as the figure's own words name it, before «آخرين» takes the side of the toll before it: what a
    /// restatement is matched on, so «3 إرهابيين … و3 آخرين» stay two while a headline's «و14 آخرين» restated in the body
    /// stays one.
    /// </summary>
    public FactTarget? OwnTarget { get; init; }

    public List<FactDraft> Parts { get; } = [];

    public required double Confidence { get; init; }

    public static bool IsCasualty(FactKind kind) => kind is FactKind.Killed or FactKind.Wounded or FactKind.Arrested or FactKind.Abducted;
}
