using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;

namespace Dashboard.Extraction.Lexicons;

/// <summary>Words around a figure that bound or soften it.</summary>
internal static class QualifierPhrases
{
    /// <summary>Phrases standing right before the figure.</summary>
    public static PhraseSet<Qualifier> Before { get; } = new([
        ("نحو", Qualifier.Approximate), ("حوالي", Qualifier.Approximate), ("حوالى", Qualifier.Approximate), ("قرابة", Qualifier.Approximate),
        ("زهاء", Qualifier.Approximate), ("ما يقارب", Qualifier.Approximate), ("يقارب", Qualifier.Approximate), ("ما يقرب من", Qualifier.Approximate),
        ("يقرب من", Qualifier.Approximate), ("ما يناهز", Qualifier.Approximate), ("يناهز", Qualifier.Approximate), ("تقريبا", Qualifier.Approximate),
        ("قرابه", Qualifier.Approximate), ("ما مجموعه حوالي", Qualifier.Approximate), ("في حدود", Qualifier.Approximate), ("بحدود", Qualifier.Approximate),
        ("أكثر من", Qualifier.AtLeast), ("ما يزيد على", Qualifier.AtLeast), ("ما يزيد عن", Qualifier.AtLeast), ("يزيد على", Qualifier.AtLeast),
        ("يزيد عن", Qualifier.AtLeast), ("تجاوز", Qualifier.AtLeast), ("يتجاوز", Qualifier.AtLeast), ("تتجاوز", Qualifier.AtLeast),
        ("تجاوزت", Qualifier.AtLeast), ("تخطى", Qualifier.AtLeast), ("يفوق", Qualifier.AtLeast), ("ما يفوق", Qualifier.AtLeast), ("أزيد من", Qualifier.AtLeast),
        ("لا يقل عن", Qualifier.AtLeast), ("ما لا يقل عن", Qualifier.AtLeast), ("لا تقل عن", Qualifier.AtLeast), ("ما يربو على", Qualifier.AtLeast),
        ("يربو على", Qualifier.AtLeast), ("أكثر من", Qualifier.AtLeast), ("ما لا يقل", Qualifier.AtLeast), ("على الأقل", Qualifier.AtLeast),
        ("تجاوز أكثر من", Qualifier.AtLeast), ("فوق", Qualifier.AtLeast),
        ("أقل من", Qualifier.AtMost), ("لا يتجاوز", Qualifier.AtMost), ("لا تتجاوز", Qualifier.AtMost), ("ما لا يتجاوز", Qualifier.AtMost),
        ("ما يصل إلى", Qualifier.AtMost), ("ما يصل الى", Qualifier.AtMost), ("يصل إلى", Qualifier.AtMost), ("لا يزيد على", Qualifier.AtMost),
        ("لا يزيد عن", Qualifier.AtMost), ("ما لا يزيد على", Qualifier.AtMost), ("ما لا يزيد عن", Qualifier.AtMost), ("أقصاه", Qualifier.AtMost),
        ("دون", Qualifier.AtMost),
    ]);

    /// <summary>Phrases right after the figure and its noun.</summary>
    public static PhraseSet<Qualifier> After { get; } = new([
        ("على الأقل", Qualifier.AtLeast), ("في الأقل", Qualifier.AtLeast), ("أو أكثر", Qualifier.AtLeast), ("فأكثر", Qualifier.AtLeast),
        ("تقريبا", Qualifier.Approximate), ("على الأكثر", Qualifier.AtMost), ("كحد أقصى", Qualifier.AtMost),
    ]);

    /// <summary>Words that open a range before its first figure: ما بين، بين، من.</summary>
    public static Lexicon<bool> RangeOpeners { get; } = new(new[] { "بين", "من", "مابين" }.Select(w => (w, true)));

    /// <summary>Words joining the two ends of a range: إلى، و، حتى.</summary>
    public static Lexicon<bool> RangeJoiners { get; } = new(new[] { "إلى", "الى", "و", "حتى", "لغاية" }.Select(w => (w, true)));
}
