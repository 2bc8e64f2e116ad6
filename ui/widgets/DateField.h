#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;

namespace od {

// A date the user may type ("2026-07-15", "2026/7/15", the locale's short format) or pick from a
// calendar, and may leave empty. Text that is not a date stays as typed and is flagged, so
// nothing the user wrote disappears.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    // Null when empty or not a date; check isValidInput() to tell the two apart.
    QDate date() const;
    bool isEmpty() const;
    bool isValidInput() const;
    void setDate(QDate date);
    void setReadOnly(bool readOnly);
    QLineEdit* lineEdit() const { return m_edit; }

    // Accepts ISO, slashes or dots, and the locale's short and long formats; nullopt otherwise.
    static std::optional<QDate> parse(const QString& text);

Q_SIGNALS:
    void dateEdited();

private:
    void openCalendar();
    void updateTint();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_calendarButton = nullptr;
};

} // namespace od
