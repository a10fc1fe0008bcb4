using Dashboard.Extraction.Model;
namespace Dashboard.Extraction.Tests.Facts;

/// <summary>Numbers that are names, codes, times, ordinals, articles of law, years or page furniture.</summary>
public sealed class NotAFactTests
{
    [Theory]
    [InlineData("نفذت طائرات F-16 العراقية غارات على مواقع التنظيم", "16")]
    [InlineData("نفذت طائرات أف 16 العراقية غارات على مواقع التنظيم", "16")]
    [InlineData("واستخدمت طائرة AC-208 في قصف الأوكار", "208")]
    [InlineData("واستخدمت القوات بنادق M16 في الاشتباك", "16")]
    [InlineData("خرجت قوة بالساعة 500 من مفارز القيادة لتفتيش المكان", "500")]
    [InlineData("وقع الانفجار في الساعة 10:30 صباحا", "10")]
    [InlineData("وقع الانفجار في الساعة 10:30 صباحا", "30")]
    [InlineData("انطلقت المرحلة الثالثة من العملية", "الثالثة")]
    [InlineData("جاء ذلك على هامش المؤتمر في نسخته 21 في البحرين", "21")]
    [InlineData("والمطلوب وفق أحكام المادة (4) إرهاب", "4")]
    [InlineData("احتل التنظيم مساحات واسعة عام 2014", "2014")]
    [InlineData("وتحدثت الحكومة عن خطط في 2022 لإعادة الإعمار", "2022")]
    [InlineData("أعدت الحكومة استراتيجية مكافحة الإرهاب (2026- 2030)", "2030")]
    [InlineData("استقبل الوزير الوفد الأربعاء 10 أغسطس في بغداد", "10")]
    [InlineData("وصدر القرار بتاريخ 6/23/2020 عن الوزارة", "23")]
    [InlineData("انتشرت قطعات الفرقة 16 في المنطقة", "16")]
    [InlineData("© Copyright 2024, All Rights Reserved", "2024")]
    [InlineData("0 تعليق", "0")]
    [InlineData("وضبط كميات من المخدرات في المخزن", "كميات")]
    public void Never_reported(string text, string number) => FactAssert.NoFactOver(text, number);

    [Theory]
    [InlineData("إدانة 3 أميركيين خططوا لقتل عشرات الصوماليين")]
    [InlineData("ووجهت السلطات تهمة التخطيط لقتل النائبة لستة أعضاء آخرين في الجماعة")]
    [InlineData("كان أفراد الخلية يعتزمون قتل 4 أشخاص شككوا في ولائهم")]
    [InlineData("والمحققون في محاولة قتل 5 أشخاص يعتقدون أن المهاجم فر")]
    [InlineData("وهدد التنظيم بقتل 6 أشخاص إذا لم تدفع الفدية")]
    [InlineData("نفى مصدر أمني مقتل 3 جنود في الهجوم")]
    public void Plans_and_attempts_to_kill_count_no_dead(string text) =>
        Assert.DoesNotContain(Extract.All(text), f => f.Kind == FactKind.Killed);

    [Theory]
    [InlineData("صدت القوات الأمنية محاولة تعرض قتل خلالها 7 إرهابيين في قضاء حديثة", FactKind.Killed, 7)]
    [InlineData("أحبطت قطعات الجيش محاولة تسلل وقتلت 5 إرهابيين", FactKind.Killed, 5)]
    [InlineData("إثر محاولة اقتحام قتل 3 جنود وأصيب 6 آخرون", FactKind.Killed, 3)]
    [InlineData("في محاولة فاشلة قتل 4 انتحاريين", FactKind.Killed, 4)]
    [InlineData("وتمكنت القوات من إحباط مخطط إرهابي واعتقال 4 إرهابيين", FactKind.Arrested, 4)]
    public void An_act_after_a_foiled_attempt_happened(string text, FactKind kind, double min) =>
        Assert.Contains(Extract.All(text), f => f.Kind == kind && f.Min == min);

    [Fact]
    public void A_foiled_abduction_abducts_no_one() =>
        Assert.DoesNotContain(Extract.All("وتمكنت القوات من إحباط محاولة لداعش لاختطاف 4 رعاة غرب الأنبار"), f => f.Kind == FactKind.Abducted);

    [Fact]
    public void Pills_in_seized_quantities_are_no_arrests()
    {
        var facts = Extract.All("وضبط كميات من المخدرات من بينها 3.6 مليون قرص مخدر، وفقاً لما ذكره البيان");
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.Arrested);
    }

    [Fact]
    public void Bullet_lines_of_numbers_under_a_headline_are_furniture()
    {
        const string text = "بغداد تنسق مع الناتو\n\n  • 6/23/2020\n  • 00:00\n  • 2\n  • 0\n\nقتل 3 جنود في الهجوم";
        var facts = Extract.All(text);
        Assert.Single(facts);
        Assert.Equal("3 جنود", Extract.SpanText(text, facts[0]));
    }

    [Fact]
    public void Ages_are_at_most_other()
    {
        var facts = Extract.All("اعتقل شاب يبلغ من العمر 25 عاما في الموصل");
        Assert.All(facts, f => Assert.Equal(Model.FactKind.Other, f.Kind));
    }

    [Fact]
    public void A_definite_noun_after_a_number_is_not_counted_by_it()
    {
        Assert.Empty(Extract.Counted("كشف الجيش نتائج البيان رقم 28 للعملية الشاملة"));
    }
}
