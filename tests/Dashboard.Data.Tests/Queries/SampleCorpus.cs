using Dashboard.Data.Entities;
using Dashboard.Extraction.Model;
using static Dashboard.Data.Tests.Queries.QueryTestDatabase;

namespace Dashboard.Data.Tests.Queries;

/// <summary>
/// Three articles whose facts exercise every rule: incident vs cumulative, ranges and vague words, funding in two
/// currencies and scopes, a percentage, an undated fact, and an article without outlet or date.
/// </summary>
public sealed class SampleCorpus : IAsyncLifetime
{
    public const string JointCommand = "قيادة العمليات المشتركة";
    public const string Defence = "وزارة الدفاع";

    public QueryTestDatabase Db { get; private set; } = null!;
    public Outlet Sumaria { get; } = Outlet("السومرية", "Alsumaria");
    public Outlet Shafaq { get; } = Outlet("شفق نيوز", "Shafaq News");
    public Article Kirkuk { get; }
    public Article Anbar { get; }
    public Article Undated { get; }

    public SampleCorpus()
    {
        Kirkuk = Article(Sumaria, "مقتل أربعة إرهابيين في كركوك", new DateOnly(2020, 6, 23), "قتل 4 إرهابيين أمس الاثنين في كركوك.");
        Anbar = Article(Shafaq, "معارك في الأنبار", new DateOnly(2021, 3, 10));
        Undated = Article(null, "جرحى", null);

        Fact(Kirkuk, FactKind.Killed, 4, 4, start: D(2020, 6, 22), attribution: JointCommand, governorate: "Kirkuk", target: FactTarget.Militants, sentence: "قتل 4 إرهابيين أمس الاثنين", spanStart: 4);
        Fact(Kirkuk, FactKind.Killed, 20, 99, Qualifier.Vague, start: D(2020, 6, 22), governorate: "Kirkuk", target: FactTarget.Civilians, spanStart: 40);
        Fact(Kirkuk, FactKind.Killed, 250, 250, scope: FactScope.Cumulative, start: D(2020, 1, 1), end: D(2020, 6, 23), attribution: Defence, target: FactTarget.Militants, spanStart: 80);
        Fact(Kirkuk, FactKind.Strikes, 6, 6, start: D(2020, 6, 21), unit: "strike", governorate: "Nineveh", spanStart: 20);
        Fact(Anbar, FactKind.Killed, 400, 500, Qualifier.Range, start: D(2021, 3, 8), attribution: Defence, governorate: "Anbar", target: FactTarget.SecurityForces);
        Fact(Anbar, FactKind.Arrested, 100, 100, Qualifier.Approximate, start: D(2021, 3, 9), governorate: "Anbar", target: FactTarget.Militants, spanStart: 10);
        Fact(Anbar, FactKind.Funding, 394_000_000, 394_000_000, start: D(2021, 3, 1), unit: "USD", actor: "الولايات المتحدة", spanStart: 20);
        Fact(Anbar, FactKind.Funding, 2_000_000_000, 2_000_000_000, scope: FactScope.Cumulative, start: D(2021, 1, 1), end: D(2021, 3, 10), unit: "IQD", actor: "الحكومة", spanStart: 30);
        Fact(Anbar, FactKind.Other, 30, 30, start: D(2021, 3, 9), unit: "percent", spanStart: 40);
        Fact(Undated, FactKind.Wounded, 7, 7, target: FactTarget.Civilians);

        Kirkuk.DateMentions.Add(new DateMentionRecord { Text = "أمس الاثنين", DateStart = D(2020, 6, 22), DateEnd = D(2020, 6, 22), DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Relative, SpanStart = 17, SpanEnd = 28 });
        Anbar.DateMentions.Add(new DateMentionRecord { Text = "مطلع العام", DateStart = D(2021, 1, 1), DateEnd = D(2021, 1, 1), DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Relative, SpanStart = 0, SpanEnd = 10 });
        Undated.DateMentions.Add(new DateMentionRecord { Text = "يوم ما", DatePrecision = DatePrecision.Unknown, DateBasis = DateBasis.None, SpanStart = 0, SpanEnd = 6 });

    }

    public async Task InitializeAsync()
    {
        Db = await QueryTestDatabase.CreateAsync();
        await Db.AddAsync(Kirkuk, Anbar, Undated);
    }

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
