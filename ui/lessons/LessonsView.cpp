#include "LessonsView.h"

#include "LessonService.h"
#include "lessons/LessonDialog.h"
#include "widgets/Formatting.h"
#include "widgets/MessageBanner.h"
#include "widgets/ValidatedForm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace od {

namespace {

QString tagsText(const QList<LessonTag>& tags)
{
    QStringList out;
    for (const LessonTag& t : tags)
        out << t.code + QLatin1Char(' ') + t.name;
    return out.join(QStringLiteral("; "));
}

} // namespace

LessonsView::LessonsView(Session& session, QWidget* parent) : WorkflowPage(parent), m_session(session)
{
    m_banner = new MessageBanner(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lessonsSearch"));
    m_search->setPlaceholderText(tr("Find a lesson by its text, a customer or a product"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &LessonsView::reload);
    auto* searchLabel = new QLabel(tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("lessonsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Lesson"), tr("Customers"), tr("Products"), tr("Learnt on order"), tr("Written")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(60);
    m_text->setPlaceholderText(tr("e.g. 该客户要求随货附材质证明"));
    m_customers = new QLineEdit(this);
    m_customers->setObjectName(QStringLiteral("lessonCustomers"));
    m_customers->setPlaceholderText(tr("customer codes, e.g. C001, C017"));
    m_products = new QLineEdit(this);
    m_products->setObjectName(QStringLiteral("lessonProducts"));
    m_products->setPlaceholderText(tr("product SKUs, e.g. D71X-16-DN300"));
    m_form = new ValidatedForm(this);
    m_form->addField(QStringLiteral("text"), tr("New &lesson"), m_text);
    m_form->addField(QStringLiteral("customers"), tr("About &customers"), m_customers);
    m_form->addField(QStringLiteral("products"), tr("About &products"), m_products);
    m_add = new QPushButton(tr("&Add lesson"), this);
    m_add->setObjectName(QStringLiteral("lessonAdd"));
    connect(m_add, &QPushButton::clicked, this, &LessonsView::addLesson);
    connect(m_customers, &QLineEdit::returnPressed, this, &LessonsView::addLesson);
    connect(m_products, &QLineEdit::returnPressed, this, &LessonsView::addLesson);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_form, 1);
    addRow->addWidget(m_add, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    reload();
}

void LessonsView::reload()
{
    auto lessons = LessonService(m_session).search(m_search->text());
    m_table->setRowCount(0);
    if (!lessons) {
        m_lessons.clear();
        m_banner->showMessage(MessageBanner::Kind::Error, lessons.error().message);
        Q_EMIT statusTextChanged();
        return;
    }
    m_lessons = *lessons;
    m_table->setRowCount(int(m_lessons.size()));
    for (int r = 0; r < m_lessons.size(); ++r) {
        const Lesson& l = m_lessons.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(l.body));
        m_table->setItem(r, 1, new QTableWidgetItem(tagsText(l.customers)));
        m_table->setItem(r, 2, new QTableWidgetItem(tagsText(l.products)));
        m_table->setItem(r, 3, new QTableWidgetItem(l.orderNo));
        m_table->setItem(r, 4,
                         new QTableWidgetItem(l.authorName + QLatin1Char(' ') +
                                              Formatting::date(l.createdAt.toLocalTime().date())));
    }
    m_table->resizeRowsToContents();
    Q_EMIT statusTextChanged();
}

bool LessonsView::addLesson()
{
    m_form->clearErrors();
    auto added =
        LessonService(m_session).add(m_text->toPlainText(), LessonDialog::listOf(m_customers->text()),
                                     LessonDialog::listOf(m_products->text()));
    if (!added) {
        m_form->showError(added.error());
        return false;
    }
    m_text->clear();
    m_customers->clear();
    m_products->clear();
    m_search->clear();
    reload();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Lesson added; intake shows it when its customer or product is chosen."));
    Q_EMIT dataChanged();
    return true;
}

void LessonsView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString LessonsView::statusText() const
{
    return tr("%n lesson(s)", nullptr, int(m_lessons.size()));
}

} // namespace od
