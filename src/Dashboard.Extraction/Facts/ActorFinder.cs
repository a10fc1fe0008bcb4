using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>Who carried out what a figure counts: the force named «من» after it, or the nearest force named before it.</summary>
internal sealed class ActorFinder
{
    private readonly TokenView _view;
    private readonly Sentences _sentences;
    // Actors are read sentence by sentence, only where a figure stands.
    private readonly Dictionary<int, List<(int First, int Last)>> _bySentence = [];

    public ActorFinder(TokenView view, Sentences sentences)
    {
        _view = view;
        _sentences = sentences;
    }

    private List<(int First, int Last)> ActorsOf(int sentence)
    {
        if (_bySentence.TryGetValue(sentence, out var actors)) return actors;
        actors = [];
        var to = _sentences.Last(sentence);
        for (var i = Math.Max(0, _sentences.First(sentence)); i <= to; i++)
        {
            if (!_view.Is(i, TokenType.Word)) continue;
            if (!ActorPhrases.Heads.TryMatchAt(_view, i, Clitics.Particles, out var extra, out var length)) continue;
            var last = i + length - 1;
            for (var k = 0; k < extra && _view.Is(last + 1, TokenType.Word) && _view.SameClause(last + 1, i)
                 && !AttributionCues.Stops.Contains(_view.Span(last + 1), Clitics.None); k++)
                last++;
            actors.Add((i, last));
            i = last;
        }
        _bySentence[sentence] = actors;
        return actors;
    }

    public string? Find(FactDraft draft)
    {
        if (draft.Kind is FactKind.Other or FactKind.Displaced or FactKind.MilitantStrength) return null;
        // The other side's losses are rarely the named force's doing in the same words; leave them unattributed.
        if (draft.Kind is FactKind.Killed or FactKind.Wounded or FactKind.Abducted && draft.Target is FactTarget.SecurityForces or FactTarget.Civilians) return null;
        var sentence = _view.Tokens[draft.FirstToken].Sentence;
        (int First, int Last)? before = null;
        foreach (var actor in ActorsOf(sentence))
        {
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
