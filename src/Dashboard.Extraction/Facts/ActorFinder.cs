using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Who carried out what a figure counts: the force named «من» after it, or the nearest force named before it.</summary>
internal sealed class ActorFinder
{
    private readonly TokenView _view;
    private readonly List<(int First, int Last)> _actors = [];

    public ActorFinder(TokenView view)
    {
        _view = view;
        for (var i = 0; i < view.Count; i++)
        {
            if (!view.Is(i, TokenType.Word)) continue;
            if (!ActorPhrases.Heads.TryMatchAt(view, i, Clitics.Particles, out var extra, out var length)) continue;
            var last = i + length - 1;
            for (var k = 0; k < extra && view.Is(last + 1, TokenType.Word) && view.SameClause(last + 1, i)
                 && !AttributionCues.Stops.Contains(view.Span(last + 1), Clitics.None); k++)
                last++;
            _actors.Add((i, last));
            i = last;
        }
    }

    public string? Find(FactDraft draft)
    {
        if (draft.Kind is FactKind.Other or FactKind.Displaced or FactKind.MilitantStrength) return null;
        // The other side's losses are rarely the named force's doing in the same words; leave them unattributed.
        if (draft.Kind is FactKind.Killed or FactKind.Wounded or FactKind.Abducted && draft.Target is FactTarget.SecurityForces or FactTarget.Civilians) return null;
        var sentence = _view.Tokens[draft.FirstToken].Sentence;
        (int First, int Last)? before = null;
        foreach (var actor in _actors)
        {
            if (_view.Tokens[actor.First].Sentence != sentence)
            {
                if (actor.First > draft.LastToken) break;
                continue;
            }
            if (actor.Last < draft.FirstToken) before = actor;
            else if (actor.First > draft.LastToken && actor.First - draft.LastToken <= 3 && _view.SameClause(actor.First, draft.LastToken)
                     && (_view.IsWord(actor.First - 1, "من") || _view.Span(actor.First).StartsWith("من")))
                return Text(actor);
        }
        return before is { } found ? Text(found) : null;
    }

    private string Text((int First, int Last) actor)
    {
        var span = _view.OriginalSpan(actor.First, actor.Last);
        var text = _view.Normalized.Original.Substring(span.Start, span.Length).Trim();
        return StripParticle(text);
    }

    /// <summary>«لسلاح الجو» → «سلاح الجو»: the name as written, without a leading preposition.</summary>
    private static string StripParticle(string text)
    {
        if (text.Length > 4 && text[0] is 'و' or 'ف' && (text[1] is 'ا' or 'ل' or 'ب' || StartsWithHead(text.AsSpan(1)))) text = text[1..];
        if (text.Length > 3 && text[0] is 'ب' or 'ل' && text[1] == 'ا' && text[2] == 'ل') text = text[1..];
        else if (text.Length > 3 && text[0] == 'ل' && text[1] == 'ل') text = "ا" + text[1..];
        else if (text.Length > 3 && text[0] is 'ب' or 'ل' && StartsWithHead(text.AsSpan(1))) text = text[1..];
        return text;
    }

    private static readonly string[] IndefiniteHeads = ["قوات", "قوة", "سلاح", "طيران", "طائرات", "مقاتلات", "جهاز", "قيادة", "خلية", "مفارز", "فرقة", "مديرية", "وكالة", "وزارة", "هيئة", "حرس", "شرطة"];

    private static bool StartsWithHead(ReadOnlySpan<char> text)
    {
        foreach (var head in IndefiniteHeads)
            if (text.StartsWith(head)) return true;
        return false;
    }
}
