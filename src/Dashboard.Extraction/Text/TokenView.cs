namespace Dashboard.Extraction.Text;

/// <summary>The tokens of one article over its normalised text.</summary>
internal sealed class TokenView
{
    public TokenView(NormalizedText normalized)
    {
        Normalized = normalized;
        Text = normalized.Text;
        Tokens = Tokenizer.Tokenize(Text);
    }

    public NormalizedText Normalized { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public bool Is(int index, TokenType type) => index >= 0 && index < Tokens.Length && Tokens[index].Type == type;

    public bool IsPunct(int index, char c) => Is(index, TokenType.Punct) && Text[Tokens[index].Start] == c;

    public bool IsWord(int index, string normalizedWord) =>
        Is(index, TokenType.Word) && Span(index).SequenceEqual(normalizedWord);

    /// <summary>True when token <paramref name="index"/> touches the next one with no space between.</summary>
    public bool GluedToNext(int index) => index + 1 < Tokens.Length && Tokens[index].End == Tokens[index + 1].Start;

    public bool SameSentence(int a, int b) =>
        a >= 0 && b >= 0 && a < Tokens.Length && b < Tokens.Length && Tokens[a].Sentence == Tokens[b].Sentence;

    public bool SameClause(int a, int b) =>
        a >= 0 && b >= 0 && a < Tokens.Length && b < Tokens.Length && Tokens[a].Clause == Tokens[b].Clause;

    public Model.TextSpan OriginalSpan(int firstToken, int lastToken) =>
        Normalized.ToOriginal(Tokens[firstToken].Start, Tokens[lastToken].End);
}
