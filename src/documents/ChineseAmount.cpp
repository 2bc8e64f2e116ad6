#include "ChineseAmount.h"

namespace od {

namespace {

constexpr char16_t Digits[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t PlaceNames[] = {u'\0', u'拾', u'佰', u'仟'}; // the ones place has no name
constexpr char16_t Zero = u'零';

constexpr quint64 TenThousand = 10'000;
constexpr quint64 HundredMillion = 100'000'000;

// 0..9999 without leading or trailing 零; inner zeros collapse to one 零 (1004 → 壹仟零肆).
QString sectionInWords(quint64 section)
{
    QString out;
    bool zeroPending = false;
    quint64 placeValue = 1000;
    for (int place = 3; place >= 0; --place, placeValue /= 10) {
        const auto digit = (section / placeValue) % 10;
        if (digit == 0) {
            zeroPending = !out.isEmpty();
            continue;
        }
        if (zeroPending)
            out += Zero;
        zeroPending = false;
        out += Digits[digit];
        if (place > 0)
            out += PlaceNames[place];
    }
    return out;
}

// A whole number of yuan, greater than zero. Groups of four digits take 万 and 亿; a lower group
// that does not fill its four places (or is missing entirely) is joined with a single 零, so
// 100010000 reads 壹亿零壹万 and 1010101 reads 壹佰零壹万零壹佰零壹.
QString wholeInWords(quint64 value)
{
    if (value >= HundredMillion) {
        const quint64 high = value / HundredMillion;
        const quint64 low = value % HundredMillion;
        QString out = wholeInWords(high) + u'亿';
        if (low == 0)
            return out;
        if (low < HundredMillion / 10)
            out += Zero;
        return out + wholeInWords(low);
    }
    if (value >= TenThousand) {
        const quint64 high = value / TenThousand;
        const quint64 low = value % TenThousand;
        QString out = sectionInWords(high) + u'万';
        if (low == 0)
            return out;
        if (low < TenThousand / 10)
            out += Zero;
        return out + sectionInWords(low);
    }
    return sectionInWords(value);
}

} // namespace

QString ChineseAmount::inWords(Money amount)
{
    if (amount.isZero())
        return QStringLiteral("零元整");

    // Unsigned magnitude, so that even the most negative int64 cannot overflow.
    const quint64 magnitude =
        amount.isNegative() ? quint64(0) - quint64(amount.minor()) : quint64(amount.minor());
    const quint64 yuan = magnitude / 100;
    const auto jiao = (magnitude / 10) % 10;
    const auto fen = magnitude % 10;

    QString out;
    if (amount.isNegative())
        out += u'负';
    if (yuan > 0)
        out += wholeInWords(yuan) + u'元';
    if (jiao == 0 && fen == 0)
        return out + u'整';
    if (jiao > 0)
        out += QString(Digits[jiao]) + u'角';
    else if (yuan > 0)
        out += Zero; // 壹佰元零伍分: the zero 角 must be written so nothing can be inserted
    if (fen > 0)
        out += QString(Digits[fen]) + u'分';
    return out;
}

} // namespace od
