#include "LookupLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace od {

namespace {
constexpr int MatchIndexRole = Qt::UserRole + 1;     // index into m_matches, -1 for the extra entry
constexpr int CompletionTextRole = Qt::UserRole + 2; // what the field shows for a highlighted row
} // namespace

LookupLineEdit::LookupLineEdit(QWidget* parent) : QLineEdit(parent)
{
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // The provider already filtered by its own rules (code, name, spec…); the completer must
    // show every match instead of re-filtering by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setCompletionRole(CompletionTextRole);
    setCompleter(m_completer);
    // Runs before the completer's own filter (the last installed filter runs first).
    m_completer->popup()->installEventFilter(this);
    setClearButtonEnabled(true);

    connect(this, &QLineEdit::textEdited, this, &LookupLineEdit::onTextEdited);
    connect(this, &QLineEdit::returnPressed, this, &LookupLineEdit::chooseFirstMatch);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &LookupLineEdit::onActivated);
}

void LookupLineEdit::setChosen(const LookupItem& item)
{
    m_chosen = item;
    setText(item.text);
    setCursorPosition(0);
}

void LookupLineEdit::clearChosen()
{
    m_chosen = {};
    clear();
}

void LookupLineEdit::showMatches()
{
    m_matches = m_provider ? m_provider(text().trimmed()) : QList<LookupItem>();
    m_model->clear();
    for (int i = 0; i < m_matches.size(); ++i) {
        const LookupItem& match = m_matches.at(i);
        auto* row = new QStandardItem(
            match.secondary.isEmpty() ? match.text : match.text + QStringLiteral("  —  ") + match.secondary);
        row->setData(match.text, CompletionTextRole);
        row->setData(i, MatchIndexRole);
        m_model->appendRow(row);
    }
    if (!m_extraEntry.isEmpty()) {
        auto* extra = new QStandardItem(m_extraEntry);
        extra->setData(text(), CompletionTextRole); // choosing it must not overwrite what was typed
        extra->setData(-1, MatchIndexRole);
        QFont italic = font();
        italic.setItalic(true);
        extra->setFont(italic);
        m_model->appendRow(extra);
    }
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    // No row is selected here: selecting a row replaces the typed text, which must not happen
    // while the user is still typing.
    m_movedInPopup = false;
    m_completer->complete();
}

bool LookupLineEdit::chooseFirstMatch()
{
    if (m_chosen.id != 0)
        return true;
    if (m_openingExtraEntry)
        return false;
    if (m_matches.isEmpty())
        return false;
    m_completer->popup()->hide();
    setChosen(m_matches.first());
    Q_EMIT itemChosen(m_chosen);
    return true;
}

bool LookupLineEdit::chooseOnlyMatch()
{
    if (m_chosen.id != 0)
        return true;
    if (m_matches.size() != 1 || text().trimmed().isEmpty())
        return false;
    return chooseFirstMatch();
}

void LookupLineEdit::onTextEdited(const QString&)
{
    if (m_chosen.id != 0) {
        m_chosen = {};
        Q_EMIT choiceCleared();
    }
    showMatches();
}

bool LookupLineEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_completer->popup() || event->type() != QEvent::KeyPress)
        return QLineEdit::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    QAbstractItemView* popup = m_completer->popup();
    if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && !m_movedInPopup) {
        // The first Down highlights the first match, whatever row the completer marked; Up
        // from nothing stays there (the extra entry at the bottom is only reached on purpose).
        m_movedInPopup = true;
        if (key->key() == Qt::Key_Down && popup->model()->rowCount() > 0)
            popup->setCurrentIndex(popup->model()->index(0, 0));
        else
            m_movedInPopup = false;
        return true;
    }
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (!enter && !tab)
        return false;
    // Enter or Tab in the open popup takes the highlighted row, or the first match when the
    // user typed and pressed Enter straight away.
    const QModelIndex current = m_movedInPopup ? popup->currentIndex() : QModelIndex();
    popup->hide();
    if (current.isValid())
        onActivated(current);
    else if (enter)
        chooseFirstMatch();
    else
        chooseOnlyMatch();
    // Tab still moves on (in a table: to the next cell), through the normal event filters.
    if (tab) {
        QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
        QCoreApplication::sendEvent(this, &forwarded);
    }
    return true;
}

void LookupLineEdit::onActivated(const QModelIndex& index)
{
    const int matchIndex = index.data(MatchIndexRole).toInt();
    if (matchIndex < 0) {
        openExtraEntry();
        return;
    }
    if (matchIndex >= m_matches.size())
        return;
    if (m_chosen.id == m_matches.at(matchIndex).id && m_chosen.id != 0 && text() == m_chosen.text)
        return; // already taken by the popup's own Enter handling
    setChosen(m_matches.at(matchIndex));
    Q_EMIT itemChosen(m_chosen);
}

void LookupLineEdit::openExtraEntry()
{
    m_openingExtraEntry = true;
    // Opening a dialog from inside the completer's key handling confuses its popup state.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT extraEntryChosen();
        m_openingExtraEntry = false;
    });
}

} // namespace od
