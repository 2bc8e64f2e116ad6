#pragma once

#include "Session.h"

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPlainTextEdit;

namespace od {

class ValidatedForm;

// A lesson learnt from an order — typically a closed exception: its text and the customers and
// products it is about come filled in from the order, to be edited before it is kept. A refused
// lesson is explained under its field and stays as typed.
class LessonDialog : public QDialog
{
    Q_OBJECT

public:
    LessonDialog(Session& session, qint64 orderId, const QString& text, const QStringList& customerCodes,
                 const QStringList& productSkus, QWidget* parent = nullptr);

    void accept() override;
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* customersEdit() const { return m_customers; }
    QLineEdit* productsEdit() const { return m_products; }
    ValidatedForm* form() const { return m_form; }

    // Customer codes or SKUs typed in one field: separated by commas, semicolons or spaces.
    static QStringList listOf(const QString& text);

private:
    Session& m_session;
    qint64 m_orderId;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_customers = nullptr;
    QLineEdit* m_products = nullptr;
    ValidatedForm* m_form = nullptr;
};

} // namespace od
