#include "DateField.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace od {

DateField::DateField(QWidget* parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_calendarButton = new QToolButton(this);
    m_calendarButton->setText(QStringLiteral("▾"));
    m_calendarButton->setToolTip(tr("Choose from a calendar"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the button

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateTint();
        Q_EMIT dateEdited();
    });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::openCalendar);
}

std::optional<QDate> DateField::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression numeric(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    if (const auto match = numeric.match(trimmed); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (date.isValid())
            return date;
        return std::nullopt;
    }
    const QLocale locale;
    for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QDate date = locale.toDate(trimmed, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

QDate DateField::date() const
{
    return parse(m_edit->text()).value_or(QDate());
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::isValidInput() const
{
    return isEmpty() || parse(m_edit->text()).has_value();
}

void DateField::setDate(QDate date)
{
    m_edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    updateTint();
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_calendarButton->setEnabled(!readOnly);
}

void DateField::openCalendar()
{
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    const QDate current = date();
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate chosen) {
        setDate(chosen);
        Q_EMIT dateEdited();
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate chosen) {
        setDate(chosen);
        Q_EMIT dateEdited();
        menu.close();
    });
    menu.exec(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_edit->setFocus();
}

void DateField::updateTint()
{
    // A light red background says "this is not a date" without hiding the text.
    m_edit->setStyleSheet(isValidInput() ? QString() : QStringLiteral("QLineEdit { background: #fde0e0; }"));
    m_edit->setToolTip(isValidInput() ? QString() : tr("Not a date. Type it as 2026-07-15."));
}

} // namespace od
