using System.Globalization;

namespace Dashboard.Extraction.Dates;

/// <summary>Calendar arithmetic the recogniser needs: valid dates, whole periods, relative days, Hijri conversion.</summary>
internal static class CalendarMath
{
    // Umm al-Qura is the Hijri calendar the Gulf press and official statements date by; it covers 1318–1500 AH.
    private static readonly UmAlQuraCalendar Hijri = new();
    private const int FirstHijriYear = 1318;
    private const int LastHijriYear = 1500;

    public static DateOnly? Date(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1) return null;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static (DateOnly Start, DateOnly End) WholeYear(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static (DateOnly Start, DateOnly End) WholeMonth(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static bool IsCalendarYear(int year) => year is >= 1 and <= 9998;

    /// <summary>The part of a year or month that مطلع/منتصف/نهاية name (documented in docs/extraction-dates.md).</summary>
    public static (DateOnly Start, DateOnly End) PartOfYear(int year, PeriodPart part) => part switch
    {
        PeriodPart.Early => (new DateOnly(year, 1, 1), new DateOnly(year, 3, 31)),
        PeriodPart.Middle => (new DateOnly(year, 4, 1), new DateOnly(year, 9, 30)),
        _ => (new DateOnly(year, 10, 1), new DateOnly(year, 12, 31)),
    };

    public static (DateOnly Start, DateOnly End) PartOfMonth(int year, int month, PeriodPart part) => part switch
    {
        PeriodPart.Early => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
        PeriodPart.Middle => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
        _ => (new DateOnly(year, month, 21), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
    };

    /// <summary>Meteorological seasons; the winter of a year is the one its first months lie in (December before to February).</summary>
    public static (DateOnly Start, DateOnly End)? SeasonOf(int year, Season season)
    {
        if (year is < 2 or > 9998) return null;
        return season switch
        {
            Season.Spring => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
            Season.Summer => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
            Season.Autumn => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
            _ => (new DateOnly(year - 1, 12, 1), new DateOnly(year, 2, DateTime.DaysInMonth(year, 2))),
        };
    }

    /// <summary>The latest given weekday before <paramref name="reference"/> (or on it, when <paramref name="inclusive"/>).</summary>
    public static DateOnly LatestWeekday(DateOnly reference, DayOfWeek weekday, bool inclusive)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && !inclusive) back = 7;
        return reference.AddDays(-back);
    }

    public static DateOnly NextWeekday(DateOnly reference, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    public static bool SafeAddDays(DateOnly date, int days, out DateOnly result)
    {
        result = date;
        if (days < 0 && date.DayNumber + days < DateOnly.MinValue.DayNumber) return false;
        if (days > 0 && date.DayNumber + days > DateOnly.MaxValue.DayNumber) return false;
        result = date.AddDays(days);
        return true;
    }

    public static bool IsHijriYear(int year) => year is >= FirstHijriYear and <= LastHijriYear;

    public static DateOnly? FromHijri(int year, int month, int day)
    {
        if (!IsHijriYear(year) || month is < 1 or > 12 || day < 1) return null;
        try
        {
            if (day > Hijri.GetDaysInMonth(year, month)) return null;
            return DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static (DateOnly Start, DateOnly End)? HijriMonthSpan(int year, int month)
    {
        if (!IsHijriYear(year)) return null;
        try
        {
            var start = FromHijri(year, month, 1);
            var end = FromHijri(year, month, Hijri.GetDaysInMonth(year, month));
            return start is { } s && end is { } e ? (s, e) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static (DateOnly Start, DateOnly End)? HijriYearSpan(int year)
    {
        var first = HijriMonthSpan(year, 1);
        var last = HijriMonthSpan(year, 12);
        return first is { } f && last is { } l ? (f.Start, l.End) : null;
    }

    /// <summary>The Hijri year a Gregorian date falls in, when the calendar covers it.</summary>
    public static int? HijriYearOf(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        if (dateTime < Hijri.MinSupportedDateTime || dateTime > Hijri.MaxSupportedDateTime) return null;
        return Hijri.GetYear(dateTime);
    }
}
