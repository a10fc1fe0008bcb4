using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

/// <summary>The kind comes from the counted noun, else from the verb or noun governing the clause.</summary>
public sealed class KindTests
{

    [Theory]
    [InlineData("وعثرت القوة على 7 جثث لعناصر التنظيم بعد الغارة", FactKind.Killed, FactTarget.Militants, "7 جثث")]
    [InlineData("قتل 12 جنديا في هجوم على ثكنة عسكرية", FactKind.Killed, FactTarget.SecurityForces, "12 جنديا")]
    [InlineData("لقي 8 مدنيين حتفهم في انفجار سيارة مفخخة", FactKind.Killed, FactTarget.Civilians, "8 مدنيين")]
    [InlineData("تمكنت القوات من القضاء على 15 إرهابيا في الوادي", FactKind.Killed, FactTarget.Militants, "15 إرهابيا")]
    [InlineData("أسفر الانفجار عن سقوط 6 قتلى و9 جرحى", FactKind.Killed, FactTarget.Unknown, "6 قتلى")]
    [InlineData("أصيب 14 شخصا بجروح في التفجير", FactKind.Wounded, FactTarget.Unknown, "14 شخصا")]
    [InlineData("ألقت مفارز الاستخبارات القبض على 5 متهمين بالإرهاب", FactKind.Arrested, FactTarget.Militants, "5 متهمين")]
    [InlineData("اختطف مسلحون 4 رعاة في الصحراء الغربية", FactKind.Abducted, FactTarget.Civilians, "4 رعاة")]
    [InlineData("قتل 3 من عناصر الشرطة في الكمين", FactKind.Killed, FactTarget.SecurityForces, "3 من عناصر")]
    [InlineData("قتل 3 من عناصر داعش في الكمين", FactKind.Killed, FactTarget.Militants, "3 من عناصر")]
    public void Casualties_with_their_target(string text, FactKind kind, FactTarget target, string span)
    {
        var fact = Extract.Counted(text)[0];
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(target, fact.Target);
        Assert.Equal(span, Extract.SpanText(text, fact));
        Assert.Equal("person", fact.Unit);
    }

    [Theory]
    [InlineData("نفذ طيران التحالف 6 ضربات جوية على مواقع التنظيم", FactKind.Strikes, "strike", "6 ضربات")]
    [InlineData("شنت المقاتلات 14 غارة على أوكار المسلحين", FactKind.Strikes, "strike", "14 غارة")]
    [InlineData("نفذ سلاح الجو 9 طلعات جوية فوق الصحراء", FactKind.Strikes, "strike", "9 طلعات")]
    [InlineData("نفذت القوات الأمنية 12 عملية دهم وتفتيش في القضاء", FactKind.Operations, "operation", "12 عملية")]
    [InlineData("وضبطت المفارز 3 أحزمة ناسفة داخل المضافة", FactKind.Seized, "item", "3 أحزمة")]
    [InlineData("وعثرت القوة على 5 عبوات ناسفة و8 هواتف نقالة", FactKind.Seized, "item", "5 عبوات")]
    [InlineData("وأعلنت الحكومة تخصيص 50 مليار دينار لإعمار المناطق المحررة", FactKind.Funding, "IQD", "50 مليار دينار")]
    [InlineData("تعهد الاتحاد بتقديم 40 مليون يورو للنازحين", FactKind.Funding, "EUR", "40 مليون يورو")]
    [InlineData("عادت 300 عائلة نازحة إلى قراها في سنجار", FactKind.Displaced, "family", "300 عائلة")]
    [InlineData("ويضم المخيم 12 ألف نازح من الموصل", FactKind.Displaced, "person", "12 ألف نازح")]
    public void Kinds_from_the_counted_noun(string text, FactKind kind, string unit, string span)
    {
        var fact = Extract.Counted(text)[0];
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(span, Extract.SpanText(text, fact));
        Assert.Null(fact.Target);
    }

    [Fact]
    public void Fighters_present_in_an_area_are_militant_strength()
    {
        var fact = Extract.Single("ويقدر عدد عناصر التنظيم المتواجدين في الجبال بنحو 2000 مقاتل");
        Assert.Equal(FactKind.MilitantStrength, fact.Kind);
        Assert.Equal(2000, fact.Min);
        Assert.Equal(Qualifier.Approximate, fact.Qualifier);
    }

    [Fact]
    public void Terrorist_operations_are_not_security_operations()
    {
        var facts = Extract.All("واعترف المتهم بتنفيذ 4 عمليات إرهابية في المدينة");
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Operations);
    }

    [Fact]
    public void Items_mentioned_without_a_seizure_are_not_seized()
    {
        var facts = Extract.All("سقطت 3 صواريخ على المنطقة الخضراء");
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Seized);
    }

    [Fact]
    public void People_counted_without_a_governing_verb_are_not_facts()
    {
        Assert.Empty(Extract.Counted("التقى الوزير 20 شخصا من وجهاء العشائر"));
    }

    [Theory]
    [InlineData("ولقي 16 فلسطينيا مصرعهم برصاص القوات الإسرائيلية الذي استهدف آلاف المتظاهرين", 16.0)]
    [InlineData("قتل نحو 60 فلسطينيا في المظاهرات التي شارك فيها نحو 40 ألف شخص", 60.0)]
    [InlineData("إن الجماعات المسلحة تقتل وتعذب المحتجزين في سجون تضم آلاف المدنيين", null)]
    [InlineData("قتل حشد العشائر 5 إرهابيين في الأنبار", 5.0)]
    [InlineData("قتل نحو 60 فلسطينيا في المظاهرات التي شارك فيها خلال ذلك اليوم نحو 40 ألف شخص", 60.0)]
    [InlineData("قتل قصف جوي استهدف وكرا لداعش في وادي حوران 9 إرهابيين", 9.0)]
    [InlineData("استهدف داعش 3 من رعاة الأغنام في الصحراء وقتلهم", 3.0)]
    public void A_verb_of_another_act_governs_the_people_after_it(string text, double? killed)
    {
        var facts = Extract.Counted(text);
        Assert.Equal(killed is null ? [] : [(FactKind.Killed, killed.Value)], facts.Select(f => (f.Kind, f.Min)));
    }

    [Fact]
    public void A_verb_with_an_object_of_its_own_leaves_the_people_after_it_to_the_cue()
    {
        var fact = Extract.Counted("أصاب القناص الذي استهدف المتظاهرين 12 شخصا في ساحة الحبوبي").Single();
        Assert.Equal((FactKind.Wounded, 12.0), (fact.Kind, fact.Min));
    }

    [Fact]
    public void A_group_that_acts_counts_its_victims_not_its_members()
    {
        var fact = Extract.Counted("عصابة تضم 3 أشخاص اختطفت طفلا في البصرة").Single();
        Assert.Equal((FactKind.Abducted, 1.0), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("اعتقلت القوات الأمنية خلية إرهابية تضم 4 عناصر في كركوك", 4.0)]
    [InlineData("القبض على شبكة تضم 6 إرهابيين", 6.0)]
    [InlineData("فككت القوات الأمنية خلية لداعش تضم 5 عناصر واعتقلت أفرادها في ديالى", 5.0)]
    public void The_members_of_a_group_arrested_with_it_are_arrested(string text, double min)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((FactKind.Arrested, min), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("قضت محكمة عراقية بإعدام 3 مدانين بالانتماء لداعش")]
    [InlineData("أصدرت المحكمة الجنائية المركزية حكما بالإعدام بحق 5 إرهابيين")]
    [InlineData("وأصدرت محكمة الجنايات أحكاما بالإعدام بحق 75 متهما في القضية التي يحاكم فيها 713 متهما")]
    [InlineData("حثت الأمم المتحدة مصر على إعادة النظر في عقوبات الإعدام التي أصدرتها المحكمة بحق عشرات الأشخاص")]
    [InlineData("قضت محكمة جنايات الرصافة بإعدام 3 إرهابيين")]
    [InlineData("طالب نواب بتنفيذ حكم الإعدام بحق 14 إرهابيا")]
    [InlineData("تعتزم ولايات أمريكية تنفيذ أحكام بالإعدام في حق 3 مدانين في جرائم قتل")]
    [InlineData("اعتقلت القوات الأمنية أمس وقضت المحكمة بإعدام 3 متهمين")]
    public void A_death_sentence_kills_no_one_yet(string text)
    {
        Assert.Empty(Extract.Counted(text));
    }

    [Theory]
    [InlineData("أدانت محكمة عراقية 45 شخصا بقتل متظاهرين في بغداد")]
    [InlineData("اتهمت الشرطة 5 أشخاص بقتل شاب في البصرة")]
    [InlineData("وتحاكم السلطات 12 متهما باختطاف صحفيين")]
    public void People_convicted_or_accused_of_a_killing_are_not_its_dead(string text)
    {
        Assert.Empty(Extract.Counted(text));
    }

    [Theory]
    [InlineData("بدأت محاكمة 12 متهما بقتل 30 مدنيا في الموصل")]
    // The people accused are nobody's dead, and the clause after «بينما» keeps its own.
    [InlineData("اتهمت الشرطة 12 شخصا بينما قتل 30 آخرون في البصرة")]
    public void The_dead_beside_people_judged_are_still_counted_and_the_judged_are_not(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((FactKind.Killed, 30.0), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("وقال متحدث إنه تم تنفيذ حكم الإعدام ب 12 إرهابيا مدانا", 12.0)]
    [InlineData("نفذت السلطات صباح الجمعة حكم الإعدام بحق 7 إرهابيين", 7.0)]
    [InlineData("وقالت المنظمة التي تنادي بإلغاء عقوبة الاعدام إن 133 شخصا اعدموا خلال الاشهر الثمانية الماضية", 133.0)]
    [InlineData("نفذت دائرة الإصلاح العراقية التابعة لوزارة العدل حكم الإعدام بحق 8 إرهابيين", 8.0)]
    [InlineData("قضت المحكمة بإعدام 4 إرهابيين، ونفذ الحكم بحقهم اليوم", 4.0)]
    [InlineData("نفذت وزارة العدل حكم الإعدام بحق 12 مدانا بالإرهاب", 12.0)]
    public void An_execution_carried_out_kills(string text, double min)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((FactKind.Killed, min), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("ويعيش في مخيم الخازر الذي يضم نحو 7500 نازح ظروفا صعبة", 7500.0)]
    [InlineData("وتطرق الأعرجي إلى ملف المحتجزين داخل مخيم الهول في شمال شرق سوريا، الذي يضم عشرات الآلاف من النساء والاطفال", 20000.0)]
    public void A_camp_that_holds_people_still_counts_its_displaced(string text, double min)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((FactKind.Displaced, min), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("وسط مخاوف من أن يؤدي القتال إلى سقوط الآلاف من الضحايا المدنيين")]
    [InlineData("إن القتال قد يتسبب في تشريد ما يصل إلى 1.1 مليون شخص")]
    [InlineData("أعربت الوزارة عن مخاوفها من أن يؤدي العنف إلى تشريد 1000 عائلة")]
    [InlineData("وقد يؤدي القصف إلى مقتل 20 مدنيا")]
    [InlineData("قد يؤدي الهجوم على الحويجة إلى مقتل 20 مدنيا")]
    public void What_might_follow_is_no_fact(string text)
    {
        Assert.Empty(Extract.Counted(text));
        Assert.Equal(12, Extract.Counted("أدى القتال إلى سقوط 12 قتيلا").Single().Min);
    }

    [Fact]
    public void Dead_named_apart_from_the_wounded_are_killed()
    {
        var fact = Extract.Counted("وسقط عشرات القتلى في الانفجار ونقل الجرحى إلى المستشفى").Single();
        Assert.Equal((FactKind.Killed, 20.0), (fact.Kind, fact.Min));
    }

    [Fact]
    public void People_besides_the_dead_take_their_own_cue()
    {
        var fact = Extract.Counted("وقال مسؤولون إنه إلى جانب القتلى ثمة أكثر من 2700 شخص قد جرحوا").Single();
        Assert.Equal((FactKind.Wounded, 2700.0), (fact.Kind, fact.Min));
        // An act named after «إضافة إلى» still counts.
        var wounded = Extract.Counted("يرتفع عدد قتلى مواجهات الجمعة إلى 10 أشخاص، إضافة إلى إصابة 33 آخرين");
        Assert.Contains(wounded, f => f.Kind == FactKind.Wounded && f.Min == 33);
    }

    [Fact]
    public void What_followed_told_with_before_is_a_fact()
    {
        var facts = Extract.Counted("استمرت الاشتباكات بين العشيرتين ساعات قبل أن تسفر عن مقتل 3 أشخاص وإصابة 7 آخرين");
        Assert.Equal([(FactKind.Killed, 3.0), (FactKind.Wounded, 7.0)], facts.Select(f => (f.Kind, f.Min)));
    }

    [Fact]
    public void Counts_of_countries_years_and_distances_are_other()
    {
        var facts = Extract.All("قاتل التنظيم في أكثر من 100 دولة خلال 10 سنوات على بعد 20 كيلومترا");
        Assert.Equal(3, facts.Count);
        Assert.All(facts, f => Assert.Equal(FactKind.Other, f.Kind));
        Assert.Equal(new[] { "country", "year", "km" }, facts.Select(f => f.Unit));
    }

    [Fact]
    public void A_total_with_its_breakdown_gives_separate_facts()
    {
        const string text = "أحصت المنظمة 1792 قتيلاً بينهم 1120 مدنياً و672 من القوات الأمنية";
        var facts = Extract.Counted(text);
        Assert.Equal(3, facts.Count);
        Assert.Equal((FactKind.Killed, 1792.0, FactTarget.Mixed), (facts[0].Kind, facts[0].Min, facts[0].Target));
        Assert.Equal((FactKind.Killed, 1120.0, FactTarget.Civilians), (facts[1].Kind, facts[1].Min, facts[1].Target));
        Assert.Equal((FactKind.Killed, 672.0, FactTarget.SecurityForces), (facts[2].Kind, facts[2].Min, facts[2].Target));
        Assert.Equal("1120 مدنياً", Extract.SpanText(text, facts[1]));
    }

    [Fact]
    public void Killed_and_wounded_in_one_sentence_are_two_facts()
    {
        var facts = Extract.Counted("قتل 5 أشخاص وأصيب 12 آخرون في انفجار عبوة ناسفة");
        Assert.Equal(2, facts.Count);
        Assert.Equal((FactKind.Killed, 5.0), (facts[0].Kind, facts[0].Min));
        Assert.Equal((FactKind.Wounded, 12.0), (facts[1].Kind, facts[1].Min));
    }

    [Fact]
    public void A_bare_figure_after_a_casualty_noun_takes_its_kind()
    {
        var fact = Extract.Single("وارتفعت حصيلة القتلى إلى 37 بحسب وزارة الصحة");
        Assert.Equal((FactKind.Killed, 37.0), (fact.Kind, fact.Min));
        Assert.Equal("وزارة الصحة", fact.Attribution);
    }

    [Theory]
    [InlineData("فإن إيران مطالبة بدفع 8.500 مليون دولار لوالدي الضحايا و8.500 لأبناء الضحايا")]
    [InlineData("فإن إيران مطالبة بدفع 8.500 مليون دولار لوالدي الضحايا و 8.500 لأبناء الضحايا")]
    [InlineData("فإن إيران مطالبة بدفع 8.500 مليون دولار لوالدي الضحايا وثمانية آلاف لأبناء الضحايا")]
    [InlineData("فإن إيران مطالبة بدفع 8.500 مليون دولار لوالدي الضحايا ونحو 8.500 لأبناء الضحايا")]
    public void A_bare_figure_after_and_is_a_new_item_not_the_casualty_noun_before_it(string text)
    {
        var facts = Extract.All(text);
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Killed);
        Assert.Contains(facts, f => f.Kind == FactKind.Funding);
    }

    [Theory]
    [InlineData("سقط 5122 شخصا بين قتيل وجريح خلال هذه الفترة")]
    [InlineData("وأسقطت الهجمات عشرات المدنيين بين قتيل وجريح")]
    [InlineData("وسقط 40 شخصا ما بين قتلى وجرحى")]
    [InlineData("أن ما لا يقل عن 8050 مدنيا سقطوا بين قتيل وجريح")]
    [InlineData("أن ما لا يقل عن 8050 مدنيا أفغانيا سقطوا بين قتيل وجريح")]
    [InlineData("وأفاد المرصد بسقوط حوالي 70 قتيل وجريح من قوات النظام")]
    [InlineData("وأسفر الهجوم عن مقتل وإصابة 9 جنود")]
    [InlineData("وأسفر التفجير عن سقوط 25 قتيلا وجريحا")]
    [InlineData("وسقط عشرات القتلى والجرحى في الانفجار")]
    [InlineData("زلزال إندونيسيا: مئات القتلى والمصابين جراء الهزة")]
    [InlineData("ارتفعت حصيلة الهجمات إلى نحو 60 شخصا بين جريح وقتيل وفقا لمصادر طبية")]
    [InlineData("وسقط العشرات من القوات الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح في غارات")]
    [InlineData("وخلال الشهرين الأوليين من العام الجاري قتل أو جرح أكثر من ألف طفل")]
    public void The_dead_and_wounded_together_are_neither_kind(string text)
    {
        var fact = Extract.All(text).Single();
        Assert.Equal((FactKind.Other, "person"), (fact.Kind, fact.Unit));
    }

    [Theory]
    [InlineData("قال إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين في سلسلة من الغارات", 6.0)]
    [InlineData("قالت الوزارة إن فلسطينيا قتل وأصيب العشرات برصاص الجيش", 20.0)]
    public void The_subject_of_the_killing_before_it_leaves_the_others_wounded(string text, double wounded) =>
        Assert.Equal(FactKind.Wounded, Extract.All(text).Single(f => f.Min == wounded).Kind);

    [Theory]
    [InlineData("بسبب الضربة في السابع من فبراير 2018 والتي أسفرت عن مقتل وجرح العشرات منهم")]
    [InlineData("نجاة الرئيس من تفجير انتحاري أسفر عن مقتل وإصابة عشرات الأشخاص")]
    public void A_year_or_a_person_further_back_is_no_subject_of_the_killing(string text) =>
        Assert.Equal(FactKind.Other, Extract.All(text).Single(f => f.Min == 20).Kind);

    [Fact]
    public void Wounded_after_a_toll_closed_by_its_verb_stay_wounded()
    {
        Assert.Equal([FactKind.Killed, FactKind.Wounded], Extract.All("وقال المتحدث إن 19 شخصا على الأقل قتلوا وأصيب 57 آخرون").Select(f => f.Kind));
        Assert.Contains(Extract.All("ولقي فتيان فلسطينيان حتفهما وأصيب 15 شخصا بجروح"), f => f.Kind == FactKind.Wounded && f.Min == 15);
        Assert.Contains(Extract.All("وأفادت الوكالة بأن طفلا قتل وأصيب أربعة مدنيين في القصف"), f => f.Kind == FactKind.Wounded && f.Min == 4);
    }

    [Fact]
    public void Another_act_before_the_dead_and_wounded_keeps_its_own_people() =>
        Assert.Contains(Extract.All("في أجواء شهدت اغتيال تسعة مرشحين وسقوط مئات بين قتيل وجريح في هجمات"),
            f => f.Kind == FactKind.Killed && f.Min == 9);

    [Fact]
    public void Parts_of_the_dead_and_wounded_together_are_neither_kind_either() =>
        Assert.All(Extract.All("تكبدت الميليشيات ما يقارب 1000 قتيل وجريح، بينهم عشرات من القيادات الميدانية"),
            f => Assert.Equal(FactKind.Other, f.Kind));

    [Theory]
    [InlineData("ارتفع عدد القتلى في مخيم الركبان إلى 12", 12)]
    [InlineData("وبلغ عدد القتلى منذ عودة الاشتباكات 50", 50)]
    public void Nouns_of_other_acts_do_not_part_a_casualty_noun_from_its_figure(string text, double min)
    {
        var fact = Extract.Single(text);
        Assert.Equal((FactKind.Killed, min), (fact.Kind, fact.Min));
    }

    [Theory]
    [InlineData("وبذلك يرتفع عدد القتلى الفلسطينيين منذ انطلاق مسيرات العودة في 30 مارس إلى 41 شخصا")]
    [InlineData("وأصيب 120 فلسطينيا خلال مسيرات العودة على حدود القطاع")]
    public void The_return_marches_return_no_one(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Kind == FactKind.Displaced);

    [Fact]
    public void The_right_of_return_of_displaced_families_is_theirs() =>
        Assert.Contains(Extract.All("وقال النائب إن عودة 3 آلاف عائلة نازحة إلى جرف الصخر ما زالت ممنوعة"), f => f.Kind == FactKind.Displaced);

    [Fact]
    public void Evacuations_are_displacement_even_after_a_casualty_noun()
    {
        var fact = Extract.Single("وإضافة إلى القتلى أجلت السلطات 4500 شخص من القرى المحيطة بالبركان");
        Assert.Equal((FactKind.Displaced, 4500.0), (fact.Kind, fact.Min));
        var evacuated = Extract.Single("ما استدعى إجلاء ألفي شخص من المنطقة");
        Assert.Equal((FactKind.Displaced, 2000.0), (evacuated.Kind, evacuated.Min));
        // A casualty noun that is itself a cue still heads the figure after it.
        var protesters = Extract.Single("بعد ارتفاع عدد قتلى المحتجين إلى أربعة خلال المظاهرات");
        Assert.Equal((FactKind.Killed, 4.0), (protesters.Kind, protesters.Min));
    }

    [Theory]
    [InlineData("مقتل 330 من رهائن احتجزهم المتمردون في المدرسة", FactKind.Killed, 330)]
    [InlineData("وقد اعترف الآن بقتل 20 معتقلا دون أن يسلم جثثهم", FactKind.Killed, 20)]
    [InlineData("وأعلنت الحكومة الإفراج عن 200 معتقل سياسي", FactKind.Other, 200)]
    [InlineData("قالت الكتائب إنها مستعدة لإطلاق سراح ثلاثة من الرهائن", FactKind.Other, 3)]
    [InlineData("وأفرجت القوات الأمنية عن 35 معتقلا لعدم كفاية الأدلة", FactKind.Other, 35)]
    [InlineData("أفرجت السلطات السودانية عن عشرات المعتقلين، من الذين اعتقلوا الشهر الماضي", FactKind.Other, 20)]
    [InlineData("ونصت الاتفاقية على إخلاء سبيل 1500 معتقل لدى النظام", FactKind.Other, 1500)]
    [InlineData("داعش يطلق 6 رهائن بسوريا", FactKind.Other, 6)]
    [InlineData("وقالت إن 35 معتقلا أفرج عنهم أمس", FactKind.Other, 35)]
    [InlineData("ولم تفرج السلطات عن 35 معتقلا", FactKind.Arrested, 35)]
    [InlineData("واعتقلت القوات 12 معتقلا جديدا", FactKind.Arrested, 12)]
    [InlineData("وعثرت القوات على جثث ثمانية أشخاص قرب الطريق بينهم ستة مخطوفين", FactKind.Killed, 6)]
    [InlineData("وأصيب 5 من الرهائن خلال عملية التحرير", FactKind.Wounded, 5)]
    [InlineData("هدد داعش بقتل 10 رهائن اختطفهم على طريق بغداد كركوك", FactKind.Abducted, 10)]
    [InlineData("عرض داعش تسجيلا مصورا يهدد فيه بقتل 8 مختطفين من أهالي الحويجة", FactKind.Abducted, 8)]
    [InlineData("وعثرت السلطات على مقبرتين تضمان رفات مئات السجناء خلال عمليتها لاستعادة المدينة", FactKind.Killed, 200)]
    [InlineData("وصلت إلى المطار رفات 38 عامل بناء خطفوا في الموصل", FactKind.Killed, 38)]
    public void Detainees_and_hostages_take_the_act_done_to_them(string text, FactKind kind, double min)
    {
        var fact = Extract.All(text).Single(f => f.Min == min);
        Assert.Equal(kind, fact.Kind);
    }

    [Fact]
    public void Detainees_let_go_after_their_count_are_no_arrest_but_an_arrest_then_a_release_is()
    {
        var facts = Extract.All("وأشارت إلى أن عدد المعتقلين بلغ 17 وأن 8 من بينهم قد تم الإفراج عنهم مؤقتا");
        Assert.Equal(FactKind.Arrested, facts.Single(f => f.Min == 17).Kind);
        Assert.Equal(FactKind.Other, facts.Single(f => f.Min == 8).Kind);
        Assert.Equal(FactKind.Arrested, Extract.All("واعتقلت القوات 20 شخصا قبل أن تفرج عنهم").Single(f => f.Min == 20).Kind);
    }

    [Theory]
    [InlineData("وكانت حصيلة سابقة قد أشارت إلى وفاة 105 أشخاص وإصابة 236 بجروح خطيرة", 105.0, 236.0)]
    [InlineData("تفجير ريحانلي الذي راح ضحيته 53 شخصا وجرح العشرات", 53.0, 20.0)]
    [InlineData("وأضاف أن تسعة أشخاص على الأقل قضوا وأصيب 23 آخرون", 9.0, 23.0)]
    [InlineData("فإن التفجيرين أوديا بحياة 14 شخصا", 14.0, null)]
    [InlineData("وكان قد توفي 3 أشخاص وأصيب 3 آخرون فجر الخميس", 3.0, 3.0)]
    [InlineData("وقتل عشرون شخصا على الأقل وأصيب 60 بجروح الخميس", 20.0, 60.0)]
    public void Deaths_named_by_dying_are_killed(string text, double dead, double? wounded)
    {
        var facts = Extract.All(text);
        Assert.Equal([dead], facts.Where(f => f.Kind == FactKind.Killed).Select(f => f.Min));
        Assert.Equal(wounded is { } w ? [w] : [], facts.Where(f => f.Kind == FactKind.Wounded).Select(f => f.Min));
    }

    [Theory]
    [InlineData("أصدرت السلطات التركية مذكرات توقيف بحق 346 شخصا للاشتباه بعلاقاتهم مع غولن")]
    [InlineData("ومن بين الصادر بحقهم مذكرات توقيف 271 جنديا")]
    [InlineData("أصدرت السلطات أوامر باعتقال 170 شخصا للاشتباه في صلتهم بالشبكة")]
    [InlineData("دافعت الحكومة عن قرارها بعدم اعتقال أربعة رجال روس")]
    [InlineData("وتمت إقالة أو تعليق مهام أكثر من 140 ألف شخص")]
    public void Warrants_refusals_and_dismissals_arrest_no_one(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Kind == FactKind.Arrested);

    [Fact]
    public void An_arrest_joined_by_and_before_another_figure_is_that_figures()
    {
        var facts = Extract.All("وتمت إقالة أو تعليق مهام أكثر من 140 ألف شخص وتوقيف أكثر من 50 ألف");
        Assert.DoesNotContain(facts, f => f.Min == 140_000 && f.Kind == FactKind.Arrested);
        Assert.Contains(facts, f => f.Min == 50_000 && f.Kind == FactKind.Arrested);
    }

    [Fact]
    public void A_drone_without_a_pilot_is_no_denial() =>
        Assert.Contains(Extract.All("قال زعماء قبائل إن غارة من طائرة بدون طيار قتلت أربعة من مسلحي القاعدة"), f => f.Kind == FactKind.Killed && f.Min == 4);

    [Fact]
    public void Detainees_moved_are_not_arrested_again() =>
        Assert.Equal(FactKind.Other, Extract.All("ترحيل 15 معتقلا من غوانتانامو إلى الإمارات").Single(f => f.Min == 15).Kind);

    /// <summary>Words that name a death or a loss only in some company: the cases where they do not.</summary>
    [Theory]
    [InlineData("وحسب المرصد فقد 15 عنصرا من قوات النظام قتلوا في الهجوم", FactKind.Killed, 15.0)]
    [InlineData("وفي المقابل فقد أكثر من 300 شخص أصيبوا بجروح", FactKind.Wounded, 300.0)]
    [InlineData("قتل 4 أشخاص في هجوم انتحاري أوقع ضحايا بين قتيل وجريح", FactKind.Killed, 4.0)]
    [InlineData("قال المسؤول إن 12 عاملا يعملون في شركة نفطية قتلوا في الهجوم", FactKind.Killed, 12.0)]
    [InlineData("إن 18 شخصا بحاجة إلى رعاية طبية بعد إصابتهم", FactKind.Wounded, 18.0)]
    [InlineData("وبناء على أمر من وزير العدل نفذت السلطات حكم الإعدام بحق 12 مدانا", FactKind.Killed, 12.0)]
    [InlineData("إن 12 شخصا لا يزالون في عداد المفقودين", FactKind.Other, 12.0)]
    [InlineData("وقال إن 600 مفقود قتلوا على يد التنظيم", FactKind.Killed, 600.0)]
    [InlineData("ارتفعت حصيلة التفجير الانتحاري في بغداد إلى 3 قتلى وإصابة 8 بجروح", FactKind.Wounded, 8.0)]
    [InlineData("وقدر مسؤولون آخرون عدد القتلى بحوالى 48 وعدد الجرحى بالعشرات", FactKind.Killed, 48.0)]
    [InlineData("حين توفي ألفان وثلاثمائة شخص بسبب الكوليرا في المدينة", FactKind.Other, 2300.0)]
    [InlineData("وذكروا أن 30 شخصا توفوا يوميا بسبب الجوع أو المرض", FactKind.Other, 30.0)]
    public void Cue_words_read_in_their_company(string text, FactKind kind, double min) =>
        Assert.Equal(kind, Extract.All(text).Single(f => f.Min == min).Kind);

    [Theory]
    [InlineData("إن 300 شخص قضوا ليلتهم في العراء بعد الزلزال")]
    [InlineData("عملية احتيال إلكتروني وقع ضحيتها 500 مواطن")]
    [InlineData("وكان ذلك سيتسبب في فقدان مئات الأشخاص لحياتهم")]
    [InlineData("أصدر القاضي أمرا باعتقال 20 شخصا")]
    [InlineData("يعاني 3 ملايين شخص من إصابة بفيروس الإيدز")]
    [InlineData("تعاني 30 أسرة من إصابة أحد أفرادها في القصف")]
    [InlineData("يعاني 300 شخص من جروح نفسية")]
    public void Spent_time_fraud_victims_what_would_happen_and_orders_are_no_casualties(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => Dashboard.Extraction.Facts.FactDraft.IsCasualty(f.Kind));

    /// <summary>What befell others, said after the people counted, is not theirs.</summary>
    [Theory]
    [InlineData("إن 40 طفلا يعانون من سوء التغذية بعد مقتل آبائهم", 40.0)]
    [InlineData("200 شخص بحاجة إلى إجلاء بعد مقتل ذويهم", 200.0)]
    [InlineData("30 عاملا يعملون في الموقع حين اعتقل الأمن مديرهم", 30.0)]
    [InlineData("قتل 12 شخصا ولا يزال ثلاثة في عداد المفقودين", 3.0)]
    [InlineData("عن 600 مفقود ومقتل 30 آخرين", 600.0)]
    [InlineData("وفقد 20 مهاجرا فروا من ليبيا", 20.0)]
    [InlineData("ستؤدي الحرب إلى مقتل 1000 شخص", 1000.0)]
    [InlineData("تسعة أشخاص قضوا 3 أيام في العراء", 9.0)]
    [InlineData("وقضى 3 سنوات في السجن", 3.0)]
    [InlineData("قضى 3 شبان 6 سنوات في السجن", 3.0)]
    [InlineData("قضى 3 آلاف شخص ليلة القدر في المسجد", 3000.0)]
    [InlineData("قضى 7 متهمين محكوميتهم", 7.0)]
    [InlineData("والسجن المشدد 10 سنوات لمتهم آخر، وانقضاء الدعوى بالوفاة لـ2 متهمين", 2.0)]
    public void An_act_of_others_or_to_come_is_not_theirs(string text, double figure) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Min == figure && f.Kind is FactKind.Killed or FactKind.Arrested or FactKind.Abducted or FactKind.Displaced);

    [Theory]
    [InlineData("قتل 12 شخصا ولا يزال ثلاثة في عداد المفقودين", FactKind.Killed, 12.0)]
    [InlineData("إن الحكومة ستؤدي اليمين غدا بعد مقتل 5 جنود", FactKind.Killed, 5.0)]
    [InlineData("توفي 4 أشخاص في القصف وأصيب 200 آخرون بأمراض", FactKind.Killed, 4.0)]
    [InlineData("توفي 30 مهاجرا غرقا قبالة بحر إيجة", FactKind.Killed, 30.0)]
    [InlineData("وفاة 8 أطفال حديثي الولادة في قصف", FactKind.Killed, 8.0)]
    [InlineData("توفي 10 أشخاص بسبب ضربات جوية على القرية", FactKind.Killed, 10.0)]
    [InlineData("وتوفي 12 شخصا بسبب ضربات الشمس الأسبوع الماضي", FactKind.Other, 12.0)]
    [InlineData("ويوم الاثنين قتل وأصيب 12 شخصا", FactKind.Other, 12.0)]
    [InlineData("سقط 30 فلسطينيا في مواجهات مع جنود الاحتلال بين شهيد وجريح", FactKind.Other, 30.0)]
    [InlineData("الحرب التي راحت ضحيتها 20 امرأة", FactKind.Killed, 20.0)]
    [InlineData("هناك سبعة منهم بحالة جيدة بينما يعاني شخص واحد فقط من إصابة متوسطة الخطورة", FactKind.Wounded, 1.0)]
    [InlineData("في ظل تفشي الكوليرا أدى القصف إلى وفاة 20 شخصا", FactKind.Killed, 20.0)]
    [InlineData("أطلق الجنود النار على مرضى بالسرطان مما أدى إلى وفاة 3 منهم", FactKind.Killed, 3.0)]
    [InlineData("فيما قضى 3 أطفال جوعا", FactKind.Other, 3.0)]
    [InlineData("وفي غارة للتحالف في صعدة قضى 27 حوثيا بينهم قائد بارز", FactKind.Killed, 27.0)]
    [InlineData("فيما قضى أكثر من 2200 شخص بسبب تفشي وباء الكوليرا", FactKind.Other, 2200.0)]
    [InlineData("أصيب 10 أشخاص بالحر، وتوفي 3 آخرون في القصف", FactKind.Killed, 3.0)]
    public void Words_near_a_cue_that_do_not_change_it(string text, FactKind kind, double min) =>
        Assert.Equal(kind, Extract.All(text).Single(f => f.Min == min).Kind);

    [Fact]
    public void How_people_were_hurt_is_not_part_of_the_figures_words()
    {
        const string text = "وقتل عشرون شخصا على الأقل وأصيب 60 بجروح الخميس";
        var wounded = Extract.All(text).Single(f => f.Kind == FactKind.Wounded);
        Assert.Equal("60", Extract.SpanText(text, wounded));
    }

    /// <summary>
    /// The missing are neither the abducted nor the dead (floods, wrecks and battles leave people no one is known to have
    /// taken or killed): «other», unless the clause says what befell them.
    /// </summary>
    [Theory]
    [InlineData("عشرات القتلى ومئات المفقودين وآلاف المهجرين", FactKind.Other, 200)]
    [InlineData("وتسبب الإعصار في سيول غمرت القرى، ما خلف سبعة عشر مفقودا على الأقل", FactKind.Other, 17)]
    [InlineData("قالت الشرطة إن 12 شخصا ما زالوا مفقودين بعد غرق العبارة", FactKind.Other, 12)]
    [InlineData("أسفرت السيول عن سقوط 19 قتيلا وفقدان 13 شخصا آخرين", FactKind.Other, 13)]
    [InlineData("بلغت الحصيلة 109 قتلى في حين لا يزال حوالى 200 شخص في عداد المفقودين", FactKind.Other, 200)]
    [InlineData("أدى الانفجار إلى مقتل ثلاثة مدنيين وفقد 7 آخرون في الموصل", FactKind.Other, 7)]
    [InlineData("وارتفع عدد المفقودين إلى 17 بعد غرق المركب", FactKind.Other, 17)]
    [InlineData("وطالبت العائلات بالكشف عن مصير نحو 600 مفقود اختطفهم تنظيم داعش عام 2014", FactKind.Abducted, 600)]
    [InlineData("وعثرت القوات على جثث 5 مفقودين قرب الطريق", FactKind.Killed, 5)]
    [InlineData("أدى الانفجار إلى مقتل ثلاثة مدنيين وفقد 7 آخرون حياتهم", FactKind.Killed, 7)]
    [InlineData("وقالت إن مع فقدان أرواح 100 فلسطيني لا بد من التهدئة", FactKind.Killed, 100)]
    public void The_missing_are_other_unless_the_clause_says_more(string text, FactKind kind, double min)
    {
        var fact = Extract.All(text).Single(f => f.Min == min);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal("person", fact.Unit);
    }

    [Theory]
    [InlineData("إن مسلحين من تنظيم داعش قطعوا رؤوس 3 أشقاء يعملون في المجال الطبي", FactKind.Killed, 3)]
    [InlineData("وكان التنظيم قد قطعت رؤوس أكثر من 27 رهينة غربيا", FactKind.Killed, 27)]
    [InlineData("وقطع عناصر التنظيم رؤوس 21 قبطيا على الشاطئ", FactKind.Killed, 21)]
    [InlineData("وأفاد بأن الإرهابيين ذبحوا 5 مدنيين في القرية", FactKind.Killed, 5)]
    [InlineData("وفر نحو 400 سجين من سجن بالقرب من العاصمة", FactKind.Other, 400)]
    [InlineData("وهرب 30 معتقلا من سجن تسفيرات تكريت", FactKind.Other, 30)]
    [InlineData("وفر نحو 400 من السجناء من سجن الحلة", FactKind.Other, 400)]
    [InlineData("فرار مئات السجناء وسط اشتباكات عنيفة في طرابلس", FactKind.Other, 200)]
    public void Beheadings_kill_and_prisoners_who_flee_escape(string text, FactKind kind, double min)
    {
        var fact = Extract.All(text).Single(f => f.Min == min);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal("person", fact.Unit);
    }

    [Theory]
    [InlineData("وقالت إن شقيقه وشخصين قتلوا في معركة اندلعت بعد ذلك وأضافوا أن 8 أشخاص آخرين نقلوا للمستشفى", 8)]
    [InlineData("وقالت خدمة الإسعاف إن 15 شخصا نقلوا إلى المستشفى", 15)]
    [InlineData("ونقل 5 أشخاص إلى المستشفيات بعد الانفجار", 5)]
    [InlineData("ونقل 5 أشخاص لمستشفى الرمادي العام", 5)]
    [InlineData("وأضاف أن 7 أشخاص نقلوا عن طريق الإسعاف إلى المستشفى", 7)]
    [InlineData("نقل 6 أشخاص مصابين إلى المستشفى", 6)]
    [InlineData("ونقل 3 أطباء إلى المستشفى بعد تعرضهم لاعتداء", 3)]
    [InlineData("وقال طبيب إن عدد القتلى وصل إلى عشرين شخصا، مضيفا أن ستين شخصا على الاقل قد أدخلوا المستشفى", 60)]
    [InlineData("وقالت وزارة الصحة إن 241 شخصا أصيبوا بجراح مختلفة واختناقات بالغاز المسيل للدموع", 241)]
    public void People_taken_to_hospital_are_wounded(string text, double min) =>
        Assert.Equal(FactKind.Wounded, Extract.All(text).Single(f => f.Min == min).Kind);

    [Theory]
    [InlineData("نقل 40 طالبا إلى المستشفى إثر تسمم غذائي في مدرسة بالبصرة", 40)]
    [InlineData("أعلنت دائرة صحة البصرة أن أكثر من 1500 شخص أدخلوا المستشفيات بسبب تلوث مياه الشرب", 1500)]
    [InlineData("وأسعف 5 أشخاص إلى المستشفى بعد تعرضهم لضربة شمس", 5)]
    [InlineData("نقل 35 طالبا إلى مستشفى الحلة التعليمي إثر إصابتهم بحالات تسمم غذائي في القسم الداخلي", 35)]
    [InlineData("وأعلنت وزارة الصحة أن 60 شخصا نقلوا إلى المستشفيات بعد تناولهم وجبة غذائية فاسدة", 60)]
    [InlineData("أصيب 10 أشخاص بالكوليرا في البصرة", 10)]
    [InlineData("مات 3 أشخاص بنوبات قلبية", 3)]
    [InlineData("توفيت 4 نساء أثناء الولادة", 4)]
    public void The_ill_taken_to_hospital_or_dead_of_illness_are_other(string text, double min)
    {
        var fact = Extract.All(text).Single(f => f.Min == min);
        Assert.Equal((FactKind.Other, "person"), (fact.Kind, fact.Unit));
    }

    [Theory]
    [InlineData("ونقلت القناة عن مدير مستشفى حجة أن هناك 30 طفلا في المدينة", 30)]
    [InlineData("ونقل 200 عائلة إلى مخيم الخازر", 200)]
    public void Moving_elsewhere_or_quoting_a_hospital_is_no_wounding(string text, double min) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Min == min && f.Kind == FactKind.Wounded);

    [Theory]
    [InlineData("نقلت رويترز عن المدير العام لمستشفى الرمادي أن عدد الضحايا بلغ 14 شخصا")]
    [InlineData("هرع 10 مسعفين إلى المكان ونقلوا المصابين إلى المستشفى")]
    [InlineData("قررت وزارة الصحة نقل 30 طبيبا إلى مستشفيات المحافظة")]
    [InlineData("وتم نقل 30 طفلا رضيعا إلى مستشفى آخر بعد انقطاع الكهرباء")]
    [InlineData("وأسعف 3 مسعفين الجرحى إلى المستشفى")]
    public void Quoting_carrying_or_moving_between_hospitals_is_no_wounding(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Kind == FactKind.Wounded);

    [Theory]
    [InlineData("ونقلت جثامين 3 جنود إلى مستشفى الرمادي العسكري", 3)]
    [InlineData("فارق 3 أشخاص الحياة بعد نقلهم إلى المستشفى", 3)]
    [InlineData("مات 4 أطفال بعد نقلهم إلى المستشفى", 4)]
    [InlineData("ونقل 12 شخصا قتلوا إلى المستشفى", 12)]
    [InlineData("نقل إلى مستشفى الرمادي 5 أشخاص قتلوا في الانفجار", 5)]
    [InlineData("قتل 7 أشخاص في الانفجار وقال مصدر طبي إن 3 منهم نقلوا إلى المستشفى حيث توفوا متأثرين بجراحهم", 3)]
    public void The_dead_taken_to_hospital_are_dead(string text, double min) =>
        Assert.Equal(FactKind.Killed, Extract.All(text).Single(f => f.Min == min).Kind);

    [Theory]
    [InlineData("أعلنت قيادة الشرطة القبض على 4 إرهابيين وأكدت أن 3 منهم اشتركوا في قتل مدنيين", 3, FactKind.Arrested)]
    [InlineData("ألقت الشرطة القبض على 7 أشخاص وقالت إن 5 منهم قتلوا شرطيا", 5, FactKind.Arrested)]
    [InlineData("قتل 11 مدنيا في قصف جوي وقال الدفاع المدني إن 6 أطفال منهم كانوا يقيمون في مخيم عشوائي", 6, FactKind.Killed)]
    [InlineData("أعلن الجيش مقتل 40 مسلحا وقال إن 15 مسلحا منهم كانوا يتحصنون في نفق", 15, FactKind.Killed)]
    [InlineData("قتلت القوات بعد أن حاصرت القرية 12 مسلحا كانوا يتحصنون فيها", 12, FactKind.Killed)]
    [InlineData("أعلنت الأمم المتحدة مقتل 50 مدنيا وقالت إن 200 ألف شخص نزحوا", 200000, FactKind.Displaced)]
    [InlineData("قتل 5 أشخاص وقال مصدر طبي إن 12 آخرين أصيبوا بجروح", 12, FactKind.Wounded)]
    [InlineData("أعلن الجيش اعتقال 12 مسلحا وقال إن 3 جنود قتلوا خلال العملية", 3, FactKind.Killed)]
    [InlineData("قتل 4 جنود وقال المتحدث إن 6 مسلحين اعتقلوا", 6, FactKind.Arrested)]
    [InlineData("قتل 4 أشخاص وقال مصدر إن 10 أشخاص مفقودون", 10, FactKind.Other)]
    [InlineData("أصيب 20 شخصا في الهجوم وقال مصدر طبي إن 6 منهم توفوا متأثرين بجروحهم", 6, FactKind.Killed)]
    [InlineData("اختطف مسلحون 7 عمال وقالت الشرطة إن 3 منهم قتلوا", 3, FactKind.Killed)]
    [InlineData("اعتقلت القوات 15 شخصا وأكدت أن 4 منهم نقلوا إلى المستشفى لتلقي العلاج", 4, FactKind.Wounded)]
    [InlineData("قتل 4 أشخاص وقال مصدر إن 9 آخرين تعرضوا لإصابات مختلفة", 9, FactKind.Wounded)]
    [InlineData("قتل جنديان وقال الجيش إن 11 جنديا أصيبوا 4 منهم بجروح خطيرة", 11, FactKind.Wounded)]
    [InlineData("أصيب 20 شخصا وقال مسؤول إن 6 منهم لقوا حتفهم في المستشفى", 6, FactKind.Killed)]
    [InlineData("أصيب 30 شخصا وأفاد مصدر بأن 5 أشخاص من المصابين فارقوا الحياة", 5, FactKind.Killed)]
    [InlineData("اعتقلت القوات 6 متهمين وقالت إن 4 منهم ينتمون إلى عصابة خطف وابتزاز", 4, FactKind.Arrested)]
    [InlineData("اعتقلت قوات الأمن 5 أشخاص وقالت إن 3 منهم نفذوا عمليات اغتيال في المدينة", 3, FactKind.Arrested)]
    [InlineData("اعتقلت الشرطة 5 أشخاص وقالت إن 3 منهم مطلوبون بتهم خطف وقتل", 3, FactKind.Arrested)]
    [InlineData("اعتقلت القوات الأمنية 6 أشخاص وقالت إن 4 منهم فروا من السجن قبل أشهر", 4, FactKind.Arrested)]
    public void After_a_report_what_befell_the_people_overrides_an_act_before_it_but_not_their_own_deeds(string text, double min, FactKind kind) =>
        Assert.Equal(kind, Extract.All(text).Single(f => f.Min == min).Kind);

    [Theory]
    [InlineData("اجتمع 25 رجلا من وجهاء العشائر ورؤوس القبائل")]
    [InlineData("وأطلقت الميليشيات صواريخ برؤوس متفجرة على حي يسكنه 4 آلاف شخص")]
    [InlineData("تجمع 500 شخص في المسجد وذبحوا الخراف احتفالا بالعيد")]
    [InlineData("تجمع 500 شخص ثم نحروا الأضاحي")]
    [InlineData("قام 3 أشخاص مجهولين بسرقة مصرف ثم هربوا إلى جهة مجهولة")]
    [InlineData("شيع 5 آلاف شخص جثمان القائد العسكري في كربلاء")]
    [InlineData("يتفوق الجيش التركي على نظيره بفارق 20 ألف جندي")]
    public void Heads_slaughter_and_flight_after_the_people_are_not_their_toll(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Unit == "person" && f.Kind is FactKind.Killed or FactKind.Displaced);

    [Theory]
    [InlineData("أعدم التنظيم 5 رهائن في الموصل", 5, FactKind.Killed)]
    [InlineData("ذبح تنظيم داعش 3 رهائن", 3, FactKind.Killed)]
    [InlineData("قتل مسلحون 4 مختطفين", 4, FactKind.Killed)]
    [InlineData("اعتقلت القوات 5 مطلوبين", 5, FactKind.Arrested)]
    [InlineData("أطلق التنظيم سراح 30 رهينة", 30, FactKind.Other)]
    [InlineData("إن هذه الحصيلة المؤقتة للقتلى يضاف إليها عشرة مفقودين على الأقل", 10, FactKind.Other)]
    public void Hostages_killed_or_released_by_a_verb_before_its_subject_are_dead_or_free(string text, double min, FactKind kind) =>
        Assert.Equal(kind, Extract.All(text).Single(f => f.Min == min).Kind);

    [Fact]
    public void People_who_did_the_act_after_a_report_take_neither_it_nor_the_act_before() =>
        Assert.DoesNotContain(Extract.All("قتل 3 أشخاص وقالت الشرطة إن 6 مسلحين اختطفوا 4 عمال"), f => f.Min == 6);

    [Fact]
    public void An_act_before_a_report_still_counts_when_nothing_is_said_after_the_people() =>
        Assert.Equal(FactKind.Killed, Extract.All("قتل 5 أشخاص وقال مصدر إن 3 منهم أطفال").Single(f => f.Min == 3).Kind);

    [Theory]
    [InlineData("وأظهرت الصور رؤوس حربية بقوة 1000 باوند")]
    [InlineData("واجتمع رؤوس 12 عشيرة في الرمادي")]
    public void Heads_without_cutting_are_no_killing(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Kind == FactKind.Killed);

    [Theory]
    [InlineData("فقد قال المصدر إن 5 أشخاص لقوا حتفهم في الانفجار", FactKind.Killed)]
    [InlineData("وبحسب التقارير، فقد أسفر القصف عن مقتل 20 شخصا", FactKind.Killed)]
    [InlineData("متسببين بغرق 56 منهم وفقدان آخرين ومقتل 56 مهاجرا", FactKind.Killed)]
    public void Fa_qad_is_not_a_loss_unless_the_figure_follows_it(string text, FactKind kind)
    {
        Assert.All(Extract.All(text).Where(f => f.Unit == "person"), f => Assert.Equal(kind, f.Kind));
    }

    [Theory]
    [InlineData("مقتل جندي وإصابة 3 آخرين بانفجار عبوة", FactKind.Killed, FactTarget.SecurityForces)]
    [InlineData("أصيب مدني برصاص قناص في الموصل", FactKind.Wounded, FactTarget.Civilians)]
    [InlineData("اعتقال مطلوب بتهمة الإرهاب في كركوك", FactKind.Arrested, FactTarget.Militants)]
    [InlineData("مقتل عنصر من داعش بضربة جوية", FactKind.Killed, FactTarget.Militants)]
    public void A_singular_noun_right_after_the_cue_counts_one(string text, FactKind kind, FactTarget target)
    {
        var fact = Extract.All(text).First();
        Assert.Equal((kind, 1.0, target), (fact.Kind, fact.Min, fact.Target));
    }

    [Theory]
    [InlineData("مقتل جنديين وإصابة 4 آخرين بانفجار عبوة ناسفة", FactTarget.SecurityForces)]
    [InlineData("استشهد 3 جنود وأصيب 5 آخرون في الهجوم", FactTarget.SecurityForces)]
    [InlineData("قتل 6 مدنيين وأصيب 10 آخرون بقصف على السوق", FactTarget.Civilians)]
    [InlineData("أعلنت السلطات مقتل 25 شخصا بينهم 9 صحفيين، وإصابة 45 آخرين في الانفجارين", FactTarget.Unknown)]
    public void Others_wounded_beside_a_toll_are_of_its_side(string text, FactTarget side) =>
        Assert.Equal(side, Extract.All(text).Single(f => f.Kind == FactKind.Wounded).Target);

    [Fact]
    public void A_leader_and_his_companions_are_counted_on_his_side() =>
        Assert.Equal([(1.0, FactTarget.Militants), (4.0, FactTarget.Militants)],
            Extract.All("أعلنت خلية الإعلام الأمني مقتل والي داعش في الأنبار و4 من مساعديه بضربة جوية").Select(f => (f.Min, f.Target!.Value)));

    [Fact]
    public void A_singular_noun_beside_a_figure_adds_to_it_and_alone_needs_a_cue()
    {
        Assert.Equal([1.0, 3.0], Extract.All("قتل ضابط و3 جنود في هجوم").Select(f => f.Min));
        Assert.Equal([FactTarget.SecurityForces, FactTarget.Civilians], Extract.All("قتل جندي ومدني بانفجار عبوة").Select(f => f.Target!.Value));
        Assert.Equal([1.0, 2.0], Extract.All("سقوط قتيل وجريحين").Select(f => f.Min));
        Assert.Equal([(FactKind.Killed, 1.0), (FactKind.Wounded, 1.0)], Extract.All("أسفر الانفجار عن سقوط قتيل وجريح").Select(f => (f.Kind, f.Min)));
        var two = Extract.Single("أصيب مدنيان بانفجار عبوة في الطارمية");
        Assert.Equal((FactKind.Wounded, 2.0, FactTarget.Civilians), (two.Kind, two.Min, two.Target));
        Assert.Equal(1.0, Extract.Single("مقتل شخص واحد").Min);
        Assert.Empty(Extract.All("قال جندي إن الهجوم بدأ فجرا"));
        Assert.Empty(Extract.All("نفى المصدر مقتل جندي"));
        Assert.Empty(Extract.All("نفى مصدر أمني مقتل جندي في الهجوم"));
        // The one who acted is not counted: «قتل جندي عراقي 3 إرهابيين» counts the three.
        Assert.Equal([3.0], Extract.All("قتل جندي عراقي 3 إرهابيين حاولوا التسلل").Select(f => f.Min));
        Assert.DoesNotContain(Extract.All("قتل مسلح شرطيا عند نقطة تفتيش"), f => f.Target == FactTarget.Militants);
        Assert.DoesNotContain(Extract.All("اختطف مسلح طفلا من القرية"), f => f.Target == FactTarget.Militants);
        Assert.DoesNotContain(Extract.All("أعلنت الشرطة انتهاء احتجاز مسلح لرهائن داخل محل تجاري"), f => f.Target == FactTarget.Militants);
        Assert.Empty(Extract.All("أعلنت القيادة مقتل الجندي"));
    }

    [Fact]
    public void A_casualty_noun_heads_every_item_of_its_list()
    {
        var facts = Extract.All("ومن بين القتلى 27 طفلا و3 إناث");
        Assert.Equal([(FactKind.Killed, 27.0), (FactKind.Killed, 3.0)], facts.Select(f => (f.Kind, f.Min)));
    }

    [Theory]
    [InlineData("وقال إن عدد الغارات الجوية وصل 100 ألف غارة، و4500 منها أصابت مدنيين", FactKind.Strikes, "strike")]
    [InlineData("وخصصت الحكومة 100 مليون دولار، و20 مليونا منها للإعمار", FactKind.Funding, "USD")]
    [InlineData("لم يتعد عدد الهجمات 13 هجوما، أدى 10 منها إلى مقتل 135 شخصا", FactKind.Other, "attack")]
    [InlineData("وأسفر القصف عن مقتل 12 شخصا من عائلة واحدة، و5 منها أطفال", FactKind.Killed, "person")]
    public void Of_them_in_the_feminine_counts_the_noun_of_the_figure_before(string text, FactKind kind, string unit)
    {
        var part = Extract.All(text).Single(f => Extract.SpanText(text, f).EndsWith("منها", StringComparison.Ordinal));
        Assert.Equal((kind, unit), (part.Kind, part.Unit));
    }

    [Fact]
    public void A_noun_not_counted_by_a_figure_is_not_what_of_them_stands_for() =>
        Assert.DoesNotContain(Extract.All("أطلقت فرنسا 12 صاروخا، خلال تلك العملية، تسع منها من نوع سكالب"), f => f.Kind == FactKind.Operations);

    [Theory]
    [InlineData("وذكرت المنظمة مقتل ما لا يقل عن 48 شخصاً وظهور عوارض تشير إلى تعرض 500 آخرين إلى غاز سام")]
    [InlineData("ووثقت 561 حالة اعتقال تعسفي، وتعرض 127 شخصاً للتعذيب داخل السجون")]
    public void Others_exposed_to_something_do_not_take_the_act_before(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Min is 500 or 127 && f.Kind is not FactKind.Other);

    [Fact]
    public void What_befell_the_exposed_named_after_them_still_counts() =>
        Assert.Equal(FactKind.Wounded, Extract.Single("وتعرض 5 أشخاص لإصابات بليغة في الانفجار").Kind);

    [Theory]
    [InlineData("في حين خضع عماد لأكثر من 18 عملية منذ يناير 2017")]
    [InlineData("وأجريت له 3 عمليات جراحية في المستشفى")]
    public void Operations_a_patient_undergoes_are_surgery(string text)
    {
        var fact = Extract.All(text).Single(f => f.Min is 18 or 3);
        Assert.Equal((FactKind.Other, "surgery"), (fact.Kind, fact.Unit));
    }

    [Fact]
    public void Operations_forces_carry_out_stay_operations() =>
        Assert.Equal(FactKind.Operations, Extract.Single("وأجرت القوات 5 عمليات دهم في الموصل").Kind);

    [Theory]
    [InlineData("قتل أربعة عناصر أمن سعوديين في إطلاق نار", FactTarget.SecurityForces)]
    [InlineData("مقتل 3 رجال شرطة في هجوم", FactTarget.SecurityForces)]
    [InlineData("وقتل 12 من العناصر التكفيرية في سيناء", FactTarget.Militants)]
    public void The_word_tied_to_the_people_says_whose_they_are_without_its_article(string text, FactTarget side) =>
        Assert.Equal(side, Extract.Single(text).Target);

    [Fact]
    public void A_qualifier_between_the_figure_and_its_people_keeps_both()
    {
        var fact = Extract.Single("أدى الهجوم إلى مقتل سبعة على الأقل من أفراد الأمن المحليين");
        Assert.Equal((7.0, Qualifier.AtLeast, FactTarget.SecurityForces), (fact.Min, fact.Qualifier, fact.Target));
    }

    [Fact]
    public void A_qualifier_before_the_next_figure_is_that_figures()
    {
        var facts = Extract.All("قتل 4 أشخاص وأصيب على الأقل 10 آخرون في الانفجار");
        Assert.Equal([(FactKind.Killed, Qualifier.Exact), (FactKind.Wounded, Qualifier.AtLeast)], facts.Select(f => (f.Kind, f.Qualifier)));
        Assert.Equal(Qualifier.Exact, Extract.All("أطلق التنظيم 10 صواريخ قتلت على الأقل 3 مدنيين").Single(f => f.Min == 10).Qualifier);
    }

    [Theory]
    [InlineData("خضعت المنطقة لـ 3 عمليات تفتيش")]
    [InlineData("خضع التنظيم لـ 7 عمليات عسكرية كبرى")]
    [InlineData("خضعت القرية لـ 6 عمليات قصف خلال يوم واحد")]
    public void A_named_kind_of_operation_is_no_surgery(string text) =>
        Assert.Equal(FactKind.Operations, Extract.Single(text).Kind);

    [Theory]
    [InlineData("قتل 3 عناصر أمن داعش في الموصل", FactTarget.Militants)]
    [InlineData("وقتل 5 من عناصر شرطة الحسبة التابعة للتنظيم", FactTarget.Militants)]
    [InlineData("وأسفرت الضربة عن مقتل 14 عنصرا من قوات النظام والمسلحين الموالين لها", FactTarget.SecurityForces)]
    public void The_group_named_after_its_police_owns_them(string text, FactTarget side) =>
        Assert.Equal(side, Extract.Single(text).Target);

    [Theory]
    [InlineData("أصيب 15 شخصا في القصف، وتعرض 3 أطفال لحروق بالغة", 3)]
    [InlineData("أصيب 10 أشخاص، وتعرض 2 منهم لجروح بليغة", 2)]
    public void Burns_wounds_and_fractions_suffered_are_wounds(string text, double min) =>
        Assert.Equal(FactKind.Wounded, Extract.All(text).Single(f => f.Min == min).Kind);

    [Fact]
    public void Of_them_after_bodies_or_people_does_not_count_strikes_or_planes()
    {
        Assert.Equal(FactKind.Killed, Extract.All("انتشلت فرق الإنقاذ 35 جثة بعد 4 غارات جوية، 10 منها لأطفال").Single(f => f.Min == 10).Kind);
        Assert.DoesNotContain(Extract.All("قام 19 شخصا بخطف أربعة طائرات ركاب صدموا اثنتين منها ببرجي التجارة"), f => f.Min == 2 && f.Kind == FactKind.Abducted);
        Assert.DoesNotContain(Extract.All("خصصت الحكومة 500 مليون دولار للإعمار، أنفق 200 منها"), f => f.Min == 200);
    }

    [Theory]
    [InlineData("تبلغ الكلفة ما بين 1.500 و2.500 مليون دولار", 1_500_000, 2_500_000)]
    [InlineData("تبلغ الكلفة ما بين 1.500 و2.000 مليون دولار", 1_500_000_000, 2_000_000_000)]
    [InlineData("قدرت الخسائر بما بين 500 و1.500 مليون دولار", 500_000_000, 1_500_000_000)]
    public void Both_ends_of_a_range_in_millions_read_their_dot_alike(string text, double min, double max)
    {
        var fact = Extract.Single(text);
        Assert.Equal((min, max), (fact.Min, fact.Max));
    }

    [Theory]
    [InlineData("قتل مدني وتعرض 9 آخرون للإصابة في قصف", FactKind.Wounded)]
    [InlineData("وقتل 3 أشخاص وتعرض 6 آخرون للخطف", FactKind.Abducted)]
    public void What_the_exposed_suffered_named_right_after_them_counts(string text, FactKind kind) =>
        Assert.Equal(kind, Extract.All(text).Single(f => f.Min is 9 or 6).Kind);

    [Fact]
    public void Families_that_flee_and_of_them_those_who_return_are_counted_as_families()
    {
        var facts = Extract.All("نزحت 300 عائلة من القرية، عادت 120 منها");
        Assert.Equal([(FactKind.Displaced, 300.0, "family"), (FactKind.Displaced, 120.0, "family")], facts.Select(f => (f.Kind, f.Min, f.Unit)));
        Assert.Equal(FactKind.Displaced, Extract.Single("أعلنت الحكومة أن أكثر من 1800 أسرة نزحت بسبب الاشتباكات").Kind);
    }

    [Theory]
    [InlineData("وأصيبت 3 نساء في الانفجار", FactKind.Wounded)]
    [InlineData("ولقيت 4 نساء حتفهن في الحادث", FactKind.Killed)]
    [InlineData("واستشهدت 3 نساء في القصف", FactKind.Killed)]
    [InlineData("وأشارت إحصائيات إلى أن 60 امرأة قتلن في السنوات الثلاث الماضية", FactKind.Killed)]
    public void Verbs_in_the_feminine_name_the_act_too(string text, FactKind kind) =>
        Assert.Equal(kind, Extract.Single(text).Kind);

    [Theory]
    [InlineData("وأصيبت امرأتان بجروح في القصف", FactKind.Wounded, 2)]
    [InlineData("وفي سياق متصل، قتلت طفلتان بقصف استهدف حيا سكنيا", FactKind.Killed, 2)]
    [InlineData("قتلت طفلة يمنية من جراء القصف", FactKind.Killed, 1)]
    public void Women_and_girls_counted_in_the_dual_and_singular(string text, FactKind kind, double min)
    {
        var fact = Extract.Single(text);
        Assert.Equal((kind, min, FactTarget.Civilians), (fact.Kind, fact.Min, fact.Target));
    }
}
