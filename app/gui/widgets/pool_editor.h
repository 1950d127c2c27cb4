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

private:
    [[nodiscard]] int currentRow() const;
    void refresh();

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    PoolTableModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QToolButton* remove_ = nullptr;
    QLabel* spec_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace deepplan::gui
