using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Facts;

/// <summary>
/// Who states each figure: a speaker after بحسب، وفقا لـ، نقلا عن، قال، أعلن … in the figure's sentence, or the last
/// speaker named earlier in the same paragraph (reported speech continues: «وقال الخفاجي … وأضاف …»).
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxSpeakerWords = 9;

    private readonly TokenView _view;
    private readonly Sentences _sentences;
    // Speakers are read paragraph by paragraph, only where a figure stands.
    private readonly Dictionary<int, List<(int Token, string Speaker)>> _byParagraph = [];

    public AttributionFinder(TokenView view, Sentences sentences)
    {
        _view = view;
        _sentences = sentences;
    }

    private List<(int Token, string Speaker)> SpeakersOf(int paragraph, int anyToken)
    {
        if (_byParagraph.TryGetValue(paragraph, out var speakers)) return speakers;
        speakers = [];
        var start = anyToken;
        while (start > 0 && _view.Tokens[start - 1].Paragraph == paragraph) start--;
        for (var i = start; i < _view.Count && _view.Tokens[i].Paragraph == paragraph; i++)
        {
            if (!_view.Is(i, TokenType.Word)) continue;
            if (!AttributionCues.Cues.TryMatchAt(_view, i, Clitics.Conjunction, out _, out var length)) continue;
            var speaker = ReadSpeaker(i + length);
            if (speaker is not null) speakers.Add((i, speaker));
        }
        _byParagraph[paragraph] = speakers;
        return speakers;
    }

    public string? Find(int first, int last)
    {
        var sentence = _view.Tokens[first].Sentence;
        var paragraph = _view.Tokens[first].Paragraph;
        string? best = null;
        var bestDistance = int.MaxValue;
        string? carried = null;
        foreach (var (token, speaker) in SpeakersOf(paragraph, _sentences.First(sentence) < 0 ? first : _sentences.First(sentence)))
        {
            var t = _view.Tokens[token];
            if (t.Sentence == sentence)
            {
                var distance = token < first ? first - token : token - last + 5; // a speaker named before is the likelier source
                if (distance < bestDistance) { best = speaker; bestDistance = distance; }
            }
            else if (t.Paragraph == paragraph && token < first)
            {
                carried = speaker;
            }
            else if (token > last) break;
        }
        return best ?? carried;
    }

    private bool EndsWithPronoun(int index)
    {
        var token = _view.Tokens[index];
        var span = _view.OriginalSpan(index, index);
        var original = _view.Normalized.Original.AsSpan(span.Start, span.Length).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652");
        if (token.Length < 4 || original.Length == 0) return false;
        if (original.EndsWith("الله")) return false;
        return original[^1] == 'ه' || original.EndsWith("ها") || original.EndsWith("هم");
    }

    private string? ReadSpeaker(int start)
    {
        var i = start;
        if (_view.Is(i, TokenType.Word) && _view.Span(i).SequenceEqual("ل")) i++;
        var quoted = _view.IsPunct(i, '"');
        if (quoted) i++;
        while (_view.Is(i, TokenType.Word) && AttributionCues.Preambles.Contains(_view.Span(i), Clitics.Particles)) i++;
        var first = i;
        var lastWord = -1;
        while (i < _view.Count && i - first < MaxSpeakerWords && _view.Is(i, TokenType.Word) && _view.SameClause(i, first))
        {
            var word = _view.Span(i);
            if (AttributionCues.Stops.Contains(word, Clitics.None) || KindCues.TryGetIndefinite(word, out _)) break;
            if (i > first && QuantityParser.TryParse(_view, i, out _)) break;
            lastWord = i;
            i++;
            // «أكد التحالف التزامه»: a word with a pronoun suffix is the object, not the speaker's name.
            if (i - first > 1 && EndsWithPronoun(i - 1)) { lastWord = i - 2; break; }
        }
        if (lastWord < 0) return null;
        if (lastWord == first && AttributionCues.NotSpeakers.Contains(_view.Span(first), Clitics.None)) return null;
        if (QuantityParser.TryParse(_view, first, out _)) return null;
        var span = _view.OriginalSpan(first, lastWord);
        var text = _view.Normalized.Original.Substring(span.Start, span.Length);
        // «وفقا للبيان»: the preposition belongs to the cue, not the speaker.
        if (first > start || !_view.Span(first).StartsWith("لل")) return text.Trim();
        return ("ا" + text[1..]).Trim();
    }
}
