#include "RevisionsPanel.h"

#include "OrderSnapshot.h"
#include "detail/RevisionComparison.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace od {

RevisionsPanel::RevisionsPanel(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 28);
    m_list->setSpacing(3);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_differences = new QTableWidget(0, 3, this);
    m_differences->setObjectName(QStringLiteral("revisionDifferences"));
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->verticalHeader()->setVisible(false);
    m_differences->setWordWrap(true);
    m_differences->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_differences->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_differences->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);

    auto* right = new QVBoxLayout;
    right->addWidget(m_caption);
    right->addWidget(m_differences, 1);
    right->addStretch(0);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionsPanel::showComparison);
}

int RevisionsPanel::revisionCount() const
{
    return m_earlier.size();
}

void RevisionsPanel::setRevisions(const Order& current, const QList<OrderRevisionSnapshot>& earlier)
{
    m_current = current;
    m_earlier = earlier;
    m_list->clear();
    // Newest first: the revision just replaced is usually the one asked about.
    for (int i = m_earlier.size() - 1; i >= 0; --i) {
        const OrderRevisionSnapshot& s = m_earlier.at(i);
        QString text = tr("Revision %1\n%2").arg(s.revision).arg(Formatting::dateTime(s.createdAt));
        if (const QString changeNo = m_madeBy.value(s.revision + 1); !changeNo.isEmpty())
            text += QLatin1Char('\n') + tr("replaced by %1").arg(changeNo);
        auto* item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, i);
        m_list->addItem(item);
    }
    if (m_earlier.isEmpty()) {
        m_caption->setText(tr("This order has no earlier revisions."));
        m_differences->setRowCount(0);
        m_differences->hide();
        m_list->hide();
        return;
    }
    m_list->show();
    m_differences->show();
    m_list->setCurrentRow(0);
}

void RevisionsPanel::showComparison(int row)
{
    m_differences->setRowCount(0);
    if (row < 0)
        return;
    const int index = m_list->item(row)->data(Qt::UserRole).toInt();
    const OrderRevisionSnapshot& snapshot = m_earlier.at(index);
    m_differences->setHorizontalHeaderLabels({tr("What"), tr("Revision %1").arg(snapshot.revision),
                                              tr("Current (revision %1)").arg(m_current.revision)});
    const std::optional<Order> older = OrderSnapshot::fromJson(snapshot.snapshotJson);
    if (!older) {
        m_caption->setText(tr("Revision %1 could not be read.").arg(snapshot.revision));
        return;
    }
    const QList<RevisionDifference> differences = RevisionComparison::compare(*older, m_current);
    m_caption->setText(
        differences.isEmpty()
            ? tr("Revision %1 has the same content as the current revision.").arg(snapshot.revision)
            : tr("%n difference(s) between revision %1 and the current revision.", nullptr,
                 int(differences.size()))
                  .arg(snapshot.revision));
    if (const QString changeNo = m_madeBy.value(snapshot.revision + 1); !changeNo.isEmpty())
        m_caption->setText(
            m_caption->text() + QLatin1Char(' ') +
            tr("Revision %1 was made by change request %2.").arg(snapshot.revision + 1).arg(changeNo));
    m_differences->setRowCount(int(differences.size()));
    for (int i = 0; i < differences.size(); ++i) {
        const RevisionDifference& d = differences.at(i);
        QString what = d.what;
        QColor tint;
        switch (d.kind) {
        case RevisionDifference::Kind::LineAdded:
            what = tr("Added: %1").arg(d.what);
            tint = QColor(0xe8, 0xf5, 0xe9);
            break;
        case RevisionDifference::Kind::LineRemoved:
            what = tr("Removed: %1").arg(d.what);
            tint = QColor(0xff, 0xeb, 0xee);
            break;
        case RevisionDifference::Kind::LineChanged:
            what = tr("Changed: %1").arg(d.what);
            tint = QColor(0xff, 0xf8, 0xe1);
            break;
        case RevisionDifference::Kind::Header:
            break;
        }
        const QString cells[] = {what, d.before, d.after};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (tint.isValid()) {
                item->setBackground(tint);
                item->setForeground(QColor(0x21, 0x21, 0x21)); // the tints are light in every theme
            }
            m_differences->setItem(i, c, item);
        }
    }
    // A handful of rows (one per difference), so measuring them is cheap.
    m_differences->resizeRowsToContents();
}

} // namespace od
