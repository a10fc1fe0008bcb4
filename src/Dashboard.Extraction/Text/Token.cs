namespace Dashboard.Extraction.Text;

internal enum TokenType : byte { Word, Latin, Number, Punct, Newline }

/// <summary>A run of one kind of character in the normalised text, with where its sentence and clause are.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenType Type;
    public int Sentence;
    public int Clause;
    public int Paragraph;

    public readonly int Length => End - Start;
}
