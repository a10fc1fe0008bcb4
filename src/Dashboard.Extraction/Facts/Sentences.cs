using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>The first and last content token of each sentence, for copying sentences and searching around a figure.</summary>
internal sealed class Sentences
{
    private const int MaxSentenceChars = 600;
    private const int WindowTokens = 30;

    private readonly TokenView _view;
    private readonly int[] _first;
    private readonly int[] _last;

    public Sentences(TokenView view)
    {
        _view = view;
        var count = view.Count == 0 ? 0 : view.Tokens[^1].Sentence + 1;
        _first = new int[count];
        _last = new int[count];
        Array.Fill(_first, -1);
        Array.Fill(_last, -1);
        for (var i = 0; i < view.Count; i++)
        {
            var token = view.Tokens[i];
            if (token.Type == TokenType.Newline || IsBoundary(i)) continue;
            if (_first[token.Sentence] < 0) _first[token.Sentence] = i;
            _last[token.Sentence] = i;
        }
    }

    public int First(int sentence) => _first[sentence];

    public int Last(int sentence) => _last[sentence];

    public int Count => _first.Length;

    /// <summary>The sentence around tokens [first, last], copied from the original text (a window of it when very long).</summary>
    public string TextAround(int first, int last)
    {
        var sentence = _view.Tokens[first].Sentence;
        int from = _first[sentence], to = _last[sentence];
        if (from < 0) return string.Empty;
        var span = _view.OriginalSpan(from, to);
        if (span.Length > MaxSentenceChars)
        {
            (from, to) = ClausesAround(first, last, from, to);
            span = _view.OriginalSpan(from, to);
        }
        return _view.Normalized.Original.Substring(span.Start, span.Length).Trim();
    }

    /// <summary>
    /// For an over-long sentence: the figure's clause and as many whole neighbouring clauses as fit, so the excerpt
    /// never starts or ends mid-phrase; a fixed token window only when the figure's own clause is too long.
    /// </summary>
    private (int From, int To) ClausesAround(int first, int last, int sentenceFrom, int sentenceTo)
    {
        int from = ClauseStart(first, sentenceFrom), to = ClauseEnd(last, sentenceTo);
        if (_view.OriginalSpan(from, to).Length > MaxSentenceChars)
            return (Math.Max(sentenceFrom, first - WindowTokens), Math.Min(sentenceTo, last + WindowTokens));
        var grown = true;
        while (grown)
        {
            grown = false;
            if (from > sentenceFrom)
            {
                var previous = ClauseStart(from - 1, sentenceFrom);
                if (_view.OriginalSpan(previous, to).Length <= MaxSentenceChars) { from = previous; grown = true; }
            }
            if (to < sentenceTo)
            {
                var next = ClauseEnd(to + 1, sentenceTo);
                if (_view.OriginalSpan(from, next).Length <= MaxSentenceChars) { to = next; grown = true; }
            }
        }
        return (from, to);
    }

    private int ClauseStart(int token, int min)
    {
        while (token > min && _view.SameClause(token - 1, token)) token--;
        return token;
    }

    private int ClauseEnd(int token, int max)
    {
        while (token < max && _view.SameClause(token + 1, token)) token++;
        return token;
    }

    public Model.TextSpan OriginalSpan(int sentence) =>
        _first[sentence] < 0 ? default : _view.OriginalSpan(_first[sentence], _last[sentence]);

    private bool IsBoundary(int i) =>
        _view.Tokens[i].Type == TokenType.Punct && _view.Text[_view.Tokens[i].Start] is '.' or '!' or '?' or '؟' or '؛' or ';' or '…';
}
