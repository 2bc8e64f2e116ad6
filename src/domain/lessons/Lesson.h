#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace od {

// What a customer or product it is tagged with is called, as the lesson shows it.
struct LessonTag
{
    qint64 id = 0;
    QString code; // the customer's code or the product's SKU
    QString name;
};

// A lesson learnt (经验): "该客户要求随货附材质证明", "DN300 以上试压需提前两天预约" — short, tagged
// with the customers and products it concerns, shown at intake when one of them is chosen.
struct Lesson
{
    qint64 id = 0;
    QString body;
    QList<LessonTag> customers;
    QList<LessonTag> products;
    QString orderNo; // the order it was learnt on ("" when written directly)
    QString authorName;
    QDateTime createdAt; // UTC
};

} // namespace od
