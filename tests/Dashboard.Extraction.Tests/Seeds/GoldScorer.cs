using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Seeds;

/// <summary>
/// The seed scorer's rules in C#: a gold fact is found by a prediction of its kind (or an alt kind) with the same
/// min and max (a vague one by any vague-range overlap); unmatched non-«other» predictions are false positives
/// unless they find an optional fact; a must_not number is broken when a prediction's span covers it; a gold date
/// is right when a mention overlapping its text has the same start and end.
/// </summary>
public sealed class GoldScorer
{
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int MustNotBroken, int DatesRight, int DatesTotal, IReadOnlyList<string> Notes)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public override string ToString() =>
            $"P={Precision:F3} R={Recall:F3} F1={F1:F3} must_not={MustNotBroken} dates={DatesRight}/{DatesTotal}\n" + string.Join('\n', Notes);
    }

    public static Score Run(JsonObject gold, Func<string, (string Text, ExtractionResult Result)> extract)
    {
        int tp = 0, fp = 0, fn = 0, broken = 0, datesRight = 0, datesTotal = 0;
        var notes = new List<string>();
        foreach (var article in gold["articles"]!.AsArray().Select(a => a!.AsObject()))
        {
            var name = (string)article["file"]!;
            var (text, result) = extract(name);
            var predictions = result.Facts;
            var used = new HashSet<int>();
            foreach (var g in article["facts"]!.AsArray().Select(f => f!.AsObject()))
            {
                var optional = g["optional"]?.GetValue<bool>() == true;
                var hit = Enumerable.Range(0, predictions.Count).Where(i => !used.Contains(i) && Matches(predictions[i], g)).Cast<int?>().FirstOrDefault();
                if (hit is { } index)
                {
                    used.Add(index);
                    if (!optional) tp++;
                }
                else if (!optional)
                {
                    fn++;
                    notes.Add($"missed {name}: {g["kind"]} {g["min"]}..{g["max"]} «{g["evidence"]}»");
                }
            }
            for (var i = 0; i < predictions.Count; i++)
            {
                if (used.Contains(i) || predictions[i].Kind == FactKind.Other) continue;
                fp++;
                notes.Add($"extra {name}: {Word(predictions[i].Kind)} {predictions[i].Min}..{predictions[i].Max} «{predictions[i].Sentence}»");
            }
            foreach (var m in article["must_not"]?.AsArray().Select(x => x!.AsObject()) ?? [])
            {
                var snippet = (string)m["text"]!;
                var at = text.IndexOf(snippet, StringComparison.Ordinal);
                if (at < 0) continue;
                var start = at + snippet.IndexOf((string)m["number"]!, StringComparison.Ordinal);
                var region = new TextSpan(start, start + ((string)m["number"]!).Length);
                var allowed = m["allowed_kinds"]?.AsArray().Select(k => (string)k!).ToHashSet() ?? [];
                if (predictions.Any(p => !allowed.Contains(Word(p.Kind)) && p.Span.Overlaps(region)))
                {
                    broken++;
                    notes.Add($"NOT-A-FACT {name}: «{snippet}» ({m["why"]})");
                }
            }
            foreach (var d in article["dates"]?.AsArray().Select(x => x!.AsObject()) ?? [])
            {
                if (d["optional"]?.GetValue<bool>() == true || d["range"] is null) continue;
                var snippet = (string)d["text"]!;
                var at = text.IndexOf(snippet, StringComparison.Ordinal);
                var region = new TextSpan(at, at + snippet.Length);
                var range = d["range"]!.AsArray().Select(x => DateOnly.Parse((string)x!)).ToArray();
                datesTotal++;
                if (result.Dates.Any(p => p.Span.Overlaps(region) && p.DateStart == range[0] && p.DateEnd == range[1])) datesRight++;
                else notes.Add($"date {name}: «{snippet}» should be {range[0]:yyyy-MM-dd}..{range[1]:yyyy-MM-dd}");
            }
        }
        return new Score(tp, fp, fn, broken, datesRight, datesTotal, notes);
    }

    private static bool Matches(Fact p, JsonObject g)
    {
        var kinds = new List<string> { (string)g["kind"]! };
        kinds.AddRange(g["alt_kinds"]?.AsArray().Select(k => (string)k!) ?? []);
        if (!kinds.Contains(Word(p.Kind))) return false;
        double min = g["min"]!.GetValue<double>(), max = g["max"]!.GetValue<double>();
        return (string?)g["qualifier"] == "vague" ? p.Min <= max && min <= p.Max : p.Min == min && p.Max == max;
    }

    /// <summary>The contract word of a kind, as JSON writes it.</summary>
    public static string Word(FactKind kind) => JsonSerializer.Serialize(kind, ContractJson.Compact).Trim('"');
}
