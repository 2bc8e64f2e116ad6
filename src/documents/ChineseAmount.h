#pragma once

#include "Money.h"

#include <QString>

namespace od {

// An amount written in Chinese capital numerals (大写金额) the way banks require it on invoices,
// contracts and cheques: 1010101.01 → 壹佰零壹万零壹佰零壹元零壹分. Capital numerals are used because
// they cannot be altered by adding a stroke, so the rules here follow the bank rules exactly:
// one 零 for any run of zeros (also across 万/亿 groups), 整 when there is no 角 or 分, 零 between
// 元 and 分 when 角 is zero, and 壹拾 (not 拾) for a leading ten.
class ChineseAmount
{
public:
    // "零元整" for zero; a negative amount starts with 负.
    static QString inWords(Money amount);
};

} // namespace od
