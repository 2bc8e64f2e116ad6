#pragma once

#include <QLineEdit>
#include <QList>
#include <QVariant>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace od {

// One entry of a lookup popup: what the list shows and the record it stands for.
struct LookupItem
{
    qint64 id = 0;
    QString text;      // shown in the field once chosen: "C001 华东机械"
    QString secondary; // extra detail in the popup: the spec, the contact…
    QVariant payload;  // the record itself, for the caller
};

// A line edit that searches as the user types: every edit asks the provider for matches and
// shows them in a popup that works with the keyboard (Down/Up, Enter, Escape) and the mouse.
// The first Down goes to the first match; Enter takes the highlighted row, or the first match
// when none is; the extra entry ("New customer…") is taken only when moved to or clicked.
// Only a chosen entry counts; text typed without choosing leaves chosenId() at 0.
class LookupLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    using Provider = std::function<QList<LookupItem>(const QString& text)>;

    explicit LookupLineEdit(QWidget* parent = nullptr);

    void setProvider(Provider provider) { m_provider = std::move(provider); }
    // Extra, always-present entry at the end of the popup ("New customer…"); empty for none.
    void setExtraEntry(const QString& text) { m_extraEntry = text; }

    qint64 chosenId() const { return m_chosen.id; }
    const LookupItem& chosenItem() const { return m_chosen; }
    // Shows an already chosen record (e.g. when an order is opened) without searching.
    void setChosen(const LookupItem& item);
    void clearChosen();

    // The matches currently offered (for callers that resolve typed text themselves).
    const QList<LookupItem>& matches() const { return m_matches; }
    QCompleter* lookupCompleter() const { return m_completer; }
    // Runs the search for the current text and opens the popup.
    void showMatches();
    // Takes the first match when nothing is chosen yet (Enter without moving into the popup).
    bool chooseFirstMatch();
    // Takes the match when the typed text found exactly one (leaving the field, ending an edit).
    bool chooseOnlyMatch();

Q_SIGNALS:
    void itemChosen(const od::LookupItem& item);
    void extraEntryChosen();
    // The user typed over a chosen entry, so nothing is chosen any more.
    void choiceCleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void onActivated(const QModelIndex& index);

    // Emits extraEntryChosen with every automatic choice held off meanwhile: the dialog it
    // opens takes the focus, and leaving the field must not choose a match then.
    void openExtraEntry();

    Provider m_provider;
    QString m_extraEntry;
    // The completer marks the row that starts with the typed text as current by itself; only a
    // row the user moved to with the arrow keys counts as highlighted.
    bool m_movedInPopup = false;
    bool m_openingExtraEntry = false;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_model = nullptr;
    QList<LookupItem> m_matches;
    LookupItem m_chosen;
};

} // namespace od

Q_DECLARE_METATYPE(od::LookupItem)
