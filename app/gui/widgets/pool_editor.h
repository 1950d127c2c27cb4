#pragma once
// The hardware pool editor: node groups in a table, add/remove/duplicate,
// the presets menu and the custom hardware dialog.

#include <QWidget>

class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace deepplan::gui {

class CatalogStore;
class PoolTableModel;
class ScenarioDocument;

class PoolEditor : public QWidget {
    Q_OBJECT
public:
    /// `presets` is shown on the Presets button; the MainWindow owns it.
    PoolEditor(ScenarioDocument* document, CatalogStore* catalog, QMenu* presets, QWidget* parent = nullptr);

    [[nodiscard]] PoolTableModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }

public slots:
    void addGroup();
    void removeGroup();
    void duplicateGroup();

signals:
    /// The user asked for the custom hardware dialog.
    void customHardwareRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] int currentRow() const;
    void refresh();
    /// The machine's name takes the width the table has beside the other
    /// columns, at most its whole name; when the table is too narrow for all
    /// columns, the name fills the view beside the count (cut with "…", the
    /// whole name in its tooltip) and the rest scroll sideways.
    void fitSystemColumn();

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    PoolTableModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QToolButton* remove_ = nullptr;
    QLabel* spec_ = nullptr;
    QLabel* message_ = nullptr;
    int linkWidth_ = 0;  // the link column's own width (it stretches when there is room)
};

}  // namespace deepplan::gui
