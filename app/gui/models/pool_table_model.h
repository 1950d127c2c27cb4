#pragma once
// The hardware pool as a table: one row per node group.

#include <utility>
#include <vector>

#include <QAbstractTableModel>

#include "deepplan/scenario.hpp"

namespace deepplan::gui {

class CatalogStore;
class ScenarioDocument;

/// Thin adapter over the document's pool. Edits become SetPoolGroupCommands.
/// EditRole holds ids (strings) and counts; DisplayRole catalog names.
class PoolTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Count, System, Accelerator, AcceleratorCount, Link, ColumnCount };

    /// One entry of an id column's pick list: id ("" = the system's own) and label.
    struct Choice {
        QString id;
        QString label;
    };

    PoolTableModel(ScenarioDocument* document, CatalogStore* catalog, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The node group of a row, or nullptr.
    [[nodiscard]] const NodeGroup* groupFromIndex(const QModelIndex& index) const;
    /// The pick list for the System, Accelerator and Link columns.
    [[nodiscard]] std::vector<Choice> choices(int column) const;

signals:
    /// An edit that was not taken, and why ("a group needs at least one machine …").
    void editRefused(const QString& why);

private:
    void documentChanged();

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    int rows_ = 0;
};

}  // namespace deepplan::gui
