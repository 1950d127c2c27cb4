#pragma once
// Pinned scenarios side by side: one column per pinned scenario, one row
// per figure; cells that differ from the first column are highlighted.

#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

#include "deepplan/catalog.hpp"
#include "plan_snapshot.h"

namespace deepplan::gui {

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Row {
        Model, Variant, Engine, Pool, Context, Concurrency, Requests, Mtp, Offload,
        Verdict, Nodes, Devices, Memory, Decode, Aggregate, Prefill, Ttft, TtftUnderLoad, TpotUnderLoad, Bottleneck,
        RowCount
    };

    struct Pinned {
        QString title;
        Scenario scenario;
        QStringList values;  ///< one text per Row, formatted when pinned
    };

    explicit CompareModel(QObject* parent = nullptr);

    /// Adds a column for a computed scenario; returns its column.
    int pin(const PlanSnapshot& snapshot, const Catalog& catalog);
    /// Removes a column; out of range does nothing.
    void unpin(int column);
    void clear();

    [[nodiscard]] const Pinned* pinnedFromIndex(const QModelIndex& index) const;
    [[nodiscard]] int pinnedCount() const { return static_cast<int>(pinned_.size()); }
    /// Whether the row's values are not all equal.
    [[nodiscard]] bool rowDiffers(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The texts of one snapshot, in Row order (what a pinned column shows).
    [[nodiscard]] static QStringList valuesFor(const PlanSnapshot& snapshot, const Catalog& catalog);

private:
    std::vector<Pinned> pinned_;
    int nextNumber_ = 1;
};

}  // namespace deepplan::gui
