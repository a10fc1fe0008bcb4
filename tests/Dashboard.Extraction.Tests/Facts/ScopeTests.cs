using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

public sealed class ScopeTests
{
    [Theory]
    [InlineData("تمكن سلاح الجو من قتل 250 إرهابيا في 2022")]
    [InlineData("قتل 250 إرهابيا منذ مطلع العام الجاري")]
    [InlineData("قتل 250 إرهابيا خلال الشهر الماضي")]
    [InlineData("بلغ عدد الإرهابيين الذين قتلوا حتى الآن 250 إرهابيا")]
    [InlineData("قتل 250 إرهابيا منذ 2014")]
    [InlineData("قتل 250 إرهابيا على مدى 11 عاما")]
    [InlineData("وسجلت التقارير ما مجموعه 250 إرهابيا قتلوا بالألغام")]
    [InlineData("وأسفر القصف خلال الأسبوعين الماضيين عن مقتل 250 إرهابيا")]
    [InlineData("وقتل 250 إرهابيا خلال حرب يشنها الجيش منذ عشرين شهرا")]
    [InlineData("وتحققت الأمم المتحدة من مقتل 250 إرهابيا بين عامي 2014 و2017")]
    [InlineData("كما قتل أكثر من 250 إرهابيا خلال هذه الفترة")]
    [InlineData("وقتل 250 إرهابيا في الأشهر التسعة الأولى من العام")]
    [InlineData("بلغ عدد القتلى أكثر من 250 إرهابيا منذ 18 شباط/فبراير")]
    [InlineData("وقتل 250 إرهابيا خلال 12 يوما من القصف")]
    [InlineData("وأسفرت المعارك منذ ذلك الحين عن مقتل 250 إرهابيا")]
    [InlineData("ومنذ 18 شباط/فبراير الماضي، بدأت قوات النظام حملة قصف عنيف على الغوطة الشرقية، ما أسفر عن مقتل أكثر من 250 مدنيا")]
    [InlineData("وتسببت الغارات الروسية الأسابيع الماضية في مقتل 250 مدنيا")]
    [InlineData("أكثر من 250 قتيل أفغاني في النصف الأول من 2018")]
    [InlineData("وقتلت الجماعة 250 شخصا خلال ثلاثة عقود")]
    [InlineData("وارتفع عدد القتلى منذ يوم الأحد ليصل إلى 250 قتيلا")]
    [InlineData("مقتل 250 من ميليشيات الحوثي خلال يومين")]
    [InlineData("وقتل الجنود 250 فلسطينيا على الأقل منذ يوم 30 آذار")]
    public void Period_words_make_a_total_cumulative(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal(FactKind.Killed, fact.Kind);
        Assert.Equal(250, fact.Min);
        Assert.Equal(FactScope.Cumulative, fact.Scope);
    }

    [Theory]
    [InlineData("وقتل في النزاع السوري أكثر من 250 صحفيا")]
    [InlineData("أدى هذا الصراع إلى مقتل ما لا يقل عن 250 مدنيا")]
    [InlineData("وقتل 250 شخصا في هذا النزاع الذي شمل مرتفعات كردفان")]
    [InlineData("وأسفرت الحرب السورية عن مقتل أكثر من 250 شخصا")]
    [InlineData("وتقدر الأمم المتحدة عدد القتلى في الحرب بأكثر من 250 شخصا")]
    [InlineData("وبلغ عدد شهداء الحشد الشعبي في الحرب على داعش نحو 250 شهيدا")]
    [InlineData("قتل 250 من عناصر داعش خلال معركة تحرير الموصل")]
    [InlineData("قتل 250 مدنيا خلال معركة الموصل بحسب التقرير")]
    [InlineData("وقتل أكثر من 250 من عناصر الشرطة في معارك الفلوجة")]
    public void A_war_the_toll_happened_in_or_came_of_is_its_period(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((FactKind.Killed, 250.0, FactScope.Cumulative), (fact.Kind, fact.Min, fact.Scope));
    }

    [Theory]
    [InlineData("قال إنه كان \"في حرب على النساء\"، عندما قتل امرأتين طعنا وأصاب 8 أشخاص آخرين", 2)]
    [InlineData("قتل 4 جنود في هجوم لداعش في إطار الحرب على الإرهاب", 1)]
    [InlineData("يحتاج العراق إلى 88.2 مليار دولار لإعادة إعمار ما دمرته الحرب", 1)]
    [InlineData("قتل 3 أشخاص وأصيب 4 آخرون خلال نزاع عشائري في ميسان أمس", 2)]
    [InlineData("أسفر نزاع على قطعة أرض زراعية في الناصرية عن مقتل 3 أشخاص", 1)]
    [InlineData("أدى النزاع بين عشيرتي البو محمد والبو عامر إلى مقتل 2 وإصابة 4 آخرين", 2)]
    [InlineData("قتل 5 جنود في الحرب على داعش بهجوم على نقطة تفتيش في الطارمية فجر اليوم", 1)]
    [InlineData("اعتقلت قوة من الجيش 6 مطلوبين في الحويجة التي كانت معقلا لداعش خلال الحرب", 1)]
    [InlineData("قتل 4 جنود في معارك تحرير حي الزنجيلي أمس", 1)]
    [InlineData("قتل 3 جنود في معركة الفلوجة أمس", 1)]
    [InlineData("قتل 4 مسلحين في معركة قرية البو عيثة", 1)]
    [InlineData("قتل 4 جنود في معركة في الحرب ضد داعش", 1)]
    public void A_war_named_beside_an_event_leaves_it_an_incident(string text, int facts)
    {
        var found = Extract.Counted(text);
        Assert.Equal(facts, found.Count);
        Assert.All(found, f => Assert.Equal(FactScope.Incident, f.Scope));
    }

    [Fact]
    public void Thousands_dead_or_detained_uncounted_are_a_total_and_thousands_wounded_may_be_one_day()
    {
        Assert.Equal((FactKind.Killed, 2000.0, FactScope.Cumulative), Only("آلاف الأطفال قتلوا ولا يزالون يقتلون"));
        Assert.Equal((FactKind.Killed, 2000.0, FactScope.Cumulative), Only("وقال إنه مسؤول عن قتل آلاف المواطنين اليمنيين"));
        var protests = Extract.Counted("واتسعت المظاهرات وأدت لمقتل المئات واعتقال الآلاف");
        Assert.Equal([(FactKind.Killed, FactScope.Incident), (FactKind.Arrested, FactScope.Cumulative)], protests.Select(f => (f.Kind, f.Scope)));
        // One event named beside them makes them its own.
        Assert.Equal((FactKind.Killed, 2000.0, FactScope.Incident), Only("قتل الآلاف من طلاب القوة الجوية في مجزرة سبايكر"));
        Assert.Equal((FactKind.Arrested, 2000.0, FactScope.Incident), Only("اعتقلت قوات الأمن في كربلاء آلاف الزوار في يوم واحد"));
        var oneDay = Extract.Counted("وقتل 60 فلسطينيا وأصيب الآلاف في يوم واحد");
        Assert.Equal([(FactKind.Killed, FactScope.Incident), (FactKind.Wounded, FactScope.Incident)], oneDay.Select(f => (f.Kind, f.Scope)));

        static (FactKind, double, FactScope) Only(string text)
        {
            var fact = Extract.Counted(text).Single();
            return (fact.Kind, fact.Min, fact.Scope);
        }
    }

    [Fact]
    public void The_wounded_beside_a_total_of_dead_share_its_period()
    {
        var facts = Extract.Counted("وأضاف أنه خلال الأسابيع الأربعة الأخيرة قتل 42 فلسطينيا، وأصيب أكثر من 5500، على طول السياج");
        Assert.Equal([(FactKind.Killed, FactScope.Cumulative), (FactKind.Wounded, FactScope.Cumulative)], facts.Select(f => (f.Kind, f.Scope)));
        var incident = Extract.Counted("قتل 4 إرهابيين بضربة جوية أمس، وأصيب 3 جنود في الاشتباك");
        Assert.All(incident, f => Assert.Equal(FactScope.Incident, f.Scope));
        // A part of a total with a day of its own is that day's.
        var parts = Extract.Counted("وقال المرصد إن 915 شخصا قتلوا خلال 18 يوما، بينهم 91 شخصا يوم الأربعاء فقط");
        Assert.Equal([(915.0, FactScope.Cumulative), (91.0, FactScope.Incident)], parts.Select(f => (f.Min, f.Scope)));
        var today = Extract.Counted("قتل 20 مدنيا منذ بداية الشهر الجاري بهجمات في المحافظة، وأصيب اليوم 5 آخرون بانفجار عبوة");
        Assert.Equal([FactScope.Cumulative, FactScope.Incident], today.Select(f => f.Scope));
        var since = Extract.Counted("فإن المعارك في العاصمة أوقعت 40 قتيلا، وأكثر من مئة جريح منذ الاثنين الماضي");
        Assert.All(since, f => Assert.Equal(FactScope.Cumulative, f.Scope));
        // Arrests are not the wounded of a toll, and a day of their own makes the wounded one event.
        var arrests = Extract.Counted("وقتل خلال الأشهر الستة الماضية في مناطق غرب المحافظة 400 مدني، واعتقلت القوات أمس 12 مطلوبا");
        Assert.Equal(FactScope.Incident, arrests.Single(f => f.Kind == FactKind.Arrested).Scope);
        var wounded = Extract.Counted("وقتل خلال الأشهر الستة الماضية في مناطق غرب المحافظة 400 مدني، وأصيب أمس 12 جنديا بانفجار عبوة");
        Assert.Equal(FactScope.Incident, wounded.Single(f => f.Kind == FactKind.Wounded).Scope);
    }

    [Theory]
    [InlineData("قتل 4 إرهابيين بضربة جوية أمس في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين منذ يومين في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين منذ 3 أيام في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين في هجوم وقع منذ 3 أشهر في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين في هجوم، وسيبقى الطريق مغلقا في الأسابيع المقبلة")]
    [InlineData("قتل 4 إرهابيين في 10 آب 2022 في وادي الشاي")]
    [InlineData("ومنذ 18 شباط بدأت القوات حملة على الغوطة، وأسفرت غارة أمس عن مقتل 4 مدنيين")]
    [InlineData("قتل 4 جنود في اشتباك بين القوات والمسلحين في 3 حزيران")]
    [InlineData("وهذا الهجوم هو الأعنف منذ أيار 2017، وقد أسفر عن مقتل 4 جنود")]
    [InlineData("اعتقلت القوات الأمنية الإرهابي المطلوب منذ 2015، وأسفرت المداهمة عن مقتل 4 من مرافقيه")]
    [InlineData("منذ 12 آذار، أغلقت القوات الطريق بعد هجوم أسفر عن مقتل 4 جنود")]
    [InlineData("منذ 3 آذار، شنت طائرات التحالف غارات على البعاج، أدت إحداها إلى مقتل 4 مدنيين")]
    [InlineData("وهذا الهجوم هو الثالث من نوعه الأسابيع الأخيرة، وأسفر عن مقتل 4 جنود")]
    [InlineData("منذ 2014 والعراق يقاتل داعش، وقتل 4 جنود في هجوم على الرطبة اليوم")]
    [InlineData("أصيب 4 لاعبين في النصف الأول من المباراة")]
    [InlineData("ومنذ 18 شباط بدأت قوات النظام حملة قصف عنيف على مدن الغوطة الشرقية وبلداتها، وقتل 4 مدنيين في غارة على دوما")]
    public void One_event_is_an_incident(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal(FactScope.Incident, fact.Scope);
    }

    [Theory]
    [InlineData("وكانت ألمانيا النازية قد قتلت نحو ستة ملايين شخص", FactKind.Killed, 6_000_000)]
    [InlineData("وأسفر النزاع عن سقوط أكثر من عشرة آلاف قتيل", FactKind.Killed, 10_000)]
    [InlineData("وأصيب عشرات الآلاف من المدنيين", FactKind.Wounded, 20_000)]
    [InlineData("وتسببت الحرب في تشريد 11 مليون شخص", FactKind.Displaced, 11_000_000)]
    public void Figures_no_single_event_reaches_are_totals(string text, FactKind kind, double min)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((kind, min, FactScope.Cumulative), (fact.Kind, fact.Min, fact.Scope));
    }

    [Theory]
    [InlineData("قتل 1700 شخص في مجزرة سبايكر", FactKind.Killed, 1700)]
    [InlineData("ونزح 30 ألف مدني من الفلوجة أمس", FactKind.Displaced, 30_000)]
    public void Large_tolls_of_one_event_stay_incidents(string text, FactKind kind, double min)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((kind, min, FactScope.Incident), (fact.Kind, fact.Min, fact.Scope));
    }

    [Theory]
    [InlineData("والاعتداء هو الأكثر دموية في العراق منذ الهجوم الانتحاري المزدوج الذي أوقع 31 قتيلا ببغداد، في 16 يناير الماضي")]
    [InlineData("ويعتبر هذا الاعتداء الأكثر دموية في العراق منذ الاعتداء الانتحاري الذي أوقع 31 قتيلا ببغداد في 16 كانون الثاني/يناير الماضي")]
    public void The_deadliest_since_an_attack_leaves_that_attack_one_event(string text)
    {
        var fact = Extract.Counted(text, new DateOnly(2018, 4, 12)).Single();
        Assert.Equal((FactScope.Incident, new DateOnly(2018, 1, 16), new DateOnly(2018, 1, 16)), (fact.Scope, fact.DateStart, fact.DateEnd));
    }

    [Fact]
    public void Two_days_named_as_the_ends_of_a_period_make_a_total_over_it()
    {
        var fact = Extract.Counted("وبمقتل 1692 مدنياً، نصفهم في اعتداءات نسبت إلى تنظيم داعش، بين الأول من كانون الثاني/يناير و30 حزيران/يونيو، فإن هذه الفترة هي الأسوأ",
            new DateOnly(2018, 7, 15)).First();
        Assert.Equal((1692.0, FactScope.Cumulative, new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30)), (fact.Min, fact.Scope, fact.DateStart, fact.DateEnd));
    }

    [Theory]
    [InlineData("وتورط عدة مشتبه فيهم في تفجيرات ضربت منطقة كتالونيا الصيف الماضي، مخلفة 16 قتيلا")]
    [InlineData("وفي هجوم آخر وقع في نهاية 2015، قتل 14 من الحرس الرئاسي عندما فجر مهاجم حافلتهم")]
    public void A_season_or_the_end_of_a_year_may_date_one_event(string text) =>
        Assert.Equal(FactScope.Incident, Extract.Counted(text, new DateOnly(2018, 7, 2)).Single().Scope);

    [Fact]
    public void The_start_of_a_campaign_does_not_date_one_of_its_tolls()
    {
        var facts = Extract.Counted("قتل جنديان مصريان و8 مسلحين \"تكفيريين\"، في الحملة التي ينفذها الجيش المصري بشمال ووسط سيناء منذ فبراير الماضي، لملاحقة التنظيمات المتشددة، حسب بيان نشرته القوات المسلحة، الثلاثاء.",
            new DateOnly(2018, 5, 29));
        Assert.All(facts, fact => Assert.Equal((FactScope.Incident, new DateOnly(2018, 5, 29)), (fact.Scope, fact.DateStart)));
    }

    [Theory]
    [InlineData("تشهد الغوطة حملة دموية منذ 18 شباط قتل فيها 700 مدني")]
    [InlineData("اندلعت اشتباكات دموية منذ الجمعة الماضية أسفرت عن مقتل 30 شخصا")]
    public void A_bloody_campaign_since_a_day_is_a_period_of_it(string text) =>
        Assert.Equal(FactScope.Cumulative, Extract.Counted(text, new DateOnly(2018, 5, 1)).Single().Scope);

    [Fact]
    public void A_sentence_opening_with_since_an_event_tells_totals_after_it()
    {
        var facts = Extract.Counted("ومنذ بدء المسيرات في 30 من شهر مارس/آذار الماضي، قتل 123 فلسطينيا على الأقل، وأصيب أكثر من ألفين برصاص الجيش", new DateOnly(2018, 6, 2));
        Assert.All(facts, fact => Assert.Equal((FactScope.Cumulative, new DateOnly(2018, 3, 30), new DateOnly(2018, 6, 2)), (fact.Scope, fact.DateStart!.Value, fact.DateEnd!.Value)));
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public void The_bloodiest_day_since_a_year_is_one_day() =>
        Assert.Equal(FactScope.Incident, Extract.Counted("وكان ذلك أكثر الأيام دموية منذ 2014 إذ قتل فيه 61 فلسطينيا", new DateOnly(2018, 5, 15)).Single().Scope);
}
