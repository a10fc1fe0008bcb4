using System.Globalization;
using System.Text;
using Dashboard.Extraction.Model;

namespace Dashboard.Data.Bench;

/// <summary>A figure written into a generated article, with the values the extractor should find.</summary>
public sealed record PlantedFact(FactKind Kind, double Min, double Max, Qualifier Qualifier, NumberForm Form, string Sentence);

/// <summary>One generated article: its text, its manifest entry and the figures planted in it.</summary>
public sealed record GeneratedArticle(
    string File, string Text, string Outlet, string Url, DateOnly Published, string Title, string Governorate,
    IReadOnlyList<PlantedFact> Facts);

/// <summary>
/// Generates news articles that read like the Iraqi and pan-Arab press on the fight against ISIS: a headline, page
/// furniture, a dateline, claimed figures in the shapes the press uses (casualties, arrests, strikes, operations,
/// funding, strength estimates, seizures) and numbers that are not figures (F-16, clock times, ordinals).
/// Article <c>i</c> of seed <c>s</c> is always the same text, whatever order articles are generated in.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    public static readonly DateOnly FirstDay = new(2015, 1, 1);
    public static readonly DateOnly LastDay = new(2024, 12, 31);

    private static readonly int DaySpan = LastDay.DayNumber - FirstDay.DayNumber + 1;

    private static readonly CountedNoun Militants = new("إرهابيين", "إرهابياً", "إرهابي", "الإرهابيين", Feminine: false);
    private static readonly CountedNoun Civilians = new("مدنيين", "مدنياً", "مدني", "المدنيين", Feminine: false);
    private static readonly CountedNoun Soldiers = new("جنود", "جندياً", "جندي", "الجنود", Feminine: false);
    private static readonly CountedNoun Wanted = new("مطلوبين", "مطلوباً", "مطلوب", "المطلوبين", Feminine: false);
    private static readonly CountedNoun Strikes = new("ضربات جوية", "ضربة جوية", "ضربة جوية", "الضربات الجوية", Feminine: true);
    private static readonly CountedNoun Operations = new("عمليات أمنية", "عملية أمنية", "عملية أمنية", "العمليات الأمنية", Feminine: true);
    private static readonly CountedNoun Fighters = new("عناصر", "عنصراً", "عنصر", "العناصر", Feminine: false);
    private static readonly CountedNoun Belts = new("أحزمة ناسفة", "حزاماً ناسفاً", "حزام ناسف", "الأحزمة الناسفة", Feminine: false);
    private static readonly CountedNoun Charges = new("عبوات ناسفة", "عبوة ناسفة", "عبوة ناسفة", "العبوات الناسفة", Feminine: true);

    public int Seed { get; } = seed;

    public static string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"article-{index:D7}.txt");

    public GeneratedArticle Generate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = BenchRandom.For(Seed, index);
        var outlet = random.Pick(CorpusVocabulary.Outlets);
        var published = FirstDay.AddDays(random.Next(DaySpan));
        var governorate = random.Pick(CorpusVocabulary.Governorates);
        var place = random.Pick(governorate.Places);
        var title = string.Format(CultureInfo.InvariantCulture, random.Pick(CorpusVocabulary.Headlines), place);

        var facts = new List<PlantedFact>();
        var body = new List<string>();
        var factCount = random.Between(1, 5);
        for (var attempt = 0; facts.Count < factCount && attempt < factCount * 3; attempt++)
        {
            var fact = FactSentence(random, published, governorate);
            // The same figure twice in one article counts once; keep planted figures distinct so each is findable.
            if (facts.Any(f => f.Kind == fact.Kind && f.Min == fact.Min && f.Max == fact.Max)) continue;
            facts.Add(fact);
            body.Add(fact.Sentence);
            if (random.Chance(0.6)) body.Add(random.Pick(CorpusVocabulary.Filler));
            if (random.Chance(0.25)) body.Add(random.Pick(CorpusVocabulary.NumberNoise));
        }

        var text = Compose(random, index, title, outlet, published, place, body);
        var url = string.Create(CultureInfo.InvariantCulture, $"https://www.{outlet.Domain}/iraq/{published:yyyy/MM/dd}/{index}");
        return new GeneratedArticle(FileName(index), text, outlet.Name, url, published, title, governorate.English, facts);
    }

    private static string Compose(BenchRandom random, int index, string title, CorpusOutlet outlet, DateOnly published, string place, List<string> body)
    {
        var text = new StringBuilder(2048);
        text.Append(title).Append("\n\n");
        // Page furniture as scraped: date, clock, view and comment counters. The view counter makes every text unique.
        text.Append("  • ").Append(published.ToString("M/d/yyyy", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  • ").Append(random.Chance(0.5) ? "00:00" : $"{random.Between(0, 23):D2}:{random.Between(0, 59):D2}").Append('\n');
        text.Append("  • ").Append(((long)index * 7 + random.Next(7)).ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("  • ").Append(random.Next(40).ToString(CultureInfo.InvariantCulture)).Append("\nnews-picture\n\n");
        text.Append(place).Append(" - ").Append(outlet.Name).Append(": ").Append(random.Pick(CorpusVocabulary.Filler)).Append('\n');

        var paragraph = 0;
        foreach (var sentence in body)
        {
            text.Append(sentence);
            text.Append(++paragraph % 3 == 0 ? '\n' : ' ');
        }
        text.Append('\n').Append(random.Pick(CorpusVocabulary.Filler)).Append("\n\n");
        text.Append("جميع الحقوق محفوظة © ").Append(published.Year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(outlet.Name).Append('\n');
        return text.ToString();
    }

    private static PlantedFact FactSentence(BenchRandom random, DateOnly published, CorpusGovernorate governorate)
    {
        var where = PlacePhrase(random, governorate);
        var when = DatePhrase(random, published);
        var claimant = ClaimantOpening(random);
        switch (random.Next(100))
        {
            case < 22:
            {
                var n = NumberPhrases.Count(random, Militants, 300);
                return Planted(FactKind.Killed, n, $"{claimant} القوات الأمنية تمكنت من قتل {n.Text} في {where} {when}.");
            }
            case < 32:
            {
                var n = NumberPhrases.Count(random, random.Chance(0.5) ? Civilians : Soldiers, 60);
                return Planted(FactKind.Killed, n, $"وأسفر الهجوم {when} عن مقتل {n.Text} في {where}.");
            }
            case < 44:
            {
                var n = NumberPhrases.Count(random, Civilians, 80);
                return Planted(FactKind.Wounded, n, $"وأدى الانفجار {when} إلى إصابة {n.Text} بجروح متفاوتة في {where}.");
            }
            case < 60:
            {
                var n = NumberPhrases.Count(random, Wanted, 150);
                return Planted(FactKind.Arrested, n, $"{claimant} مفارزها ألقت القبض على {n.Text} بتهم الإرهاب في {where} {when}.");
            }
            case < 70:
            {
                var n = NumberPhrases.Count(random, Strikes, 120);
                return Planted(FactKind.Strikes, n, $"ونفذ طيران التحالف الدولي {when} {n.Text} على أوكار التنظيم في {where}.");
            }
            case < 78:
            {
                var n = NumberPhrases.Count(random, Operations, 400);
                return Planted(FactKind.Operations, n, $"{claimant} القوات نفذت {n.Text} ضد خلايا التنظيم في {where} {when}.");
            }
            case < 86:
            {
                var n = NumberPhrases.Count(random, Fighters, 2000);
                return Planted(FactKind.MilitantStrength, n, $"{claimant} التقديرات تشير إلى وجود {n.Text} من التنظيم في {where}.");
            }
            case < 93:
            {
                var n = NumberPhrases.Count(random, random.Chance(0.5) ? Belts : Charges, 40);
                return Planted(FactKind.Seized, n, $"وعثرت القوات خلال التفتيش {when} على {n.Text} في {where}.");
            }
            default:
            {
                var n = NumberPhrases.Money(random);
                var donor = random.Pick(CorpusVocabulary.Donors);
                return Planted(FactKind.Funding, n, $"وأعلنت {donor} تقديم {n.Text} لدعم جهود إعادة الاستقرار في {where}.");
            }
        }
    }

    /// <summary>An empty date phrase leaves a doubled space or a space before the full stop; tidy both.</summary>
    private static PlantedFact Planted(FactKind kind, NumberPhrase number, string sentence) =>
        new(kind, number.Min, number.Max, number.Qualifier, number.Form, sentence.Replace("  ", " ", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal));

    private static string ClaimantOpening(BenchRandom random)
    {
        var (claimant, feminine) = random.Pick(CorpusVocabulary.Claimants);
        var t = feminine ? "ت" : "";
        return random.Next(3) switch
        {
            0 => $"وقال{t} {claimant} في بيان إن",
            1 => $"وذكر{t} {claimant} أن",
            _ => $"وأعلن{t} {claimant} أن",
        };
    }

    private static string PlacePhrase(BenchRandom random, CorpusGovernorate governorate) => random.Next(3) switch
    {
        0 => $"{random.Pick(governorate.Places)} بمحافظة {governorate.Arabic}",
        1 => $"محافظة {governorate.Arabic}",
        _ => $"قضاء {random.Pick(governorate.Places)}",
    };

    /// <summary>When it happened, as the press says it: relative to publication, a weekday, or an explicit date.</summary>
    private static string DatePhrase(BenchRandom random, DateOnly published)
    {
        var daysBefore = random.Between(1, 6);
        var day = published.AddDays(-daysBefore);
        return random.Next(4) switch
        {
            0 => "أمس " + CorpusVocabulary.Weekdays[(int)published.AddDays(-1).DayOfWeek],
            1 => $"يوم {CorpusVocabulary.Weekdays[(int)day.DayOfWeek]} الماضي",
            2 => string.Create(CultureInfo.InvariantCulture, $"في {day.Day} {CorpusVocabulary.ArabicMonths[day.Month - 1]} {day.Year}"),
            _ => "",
        };
    }
}
