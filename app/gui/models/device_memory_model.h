#pragma once
// Memory per device by component, one row per device of the plan.

#include <memory>

#include <QAbstractTableModel>

#include "plan_snapshot.h"

namespace deepplan::gui {

class DeviceMemoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Device, Node, Usable, Weights, KvCache, Activations, Overhead, Free, Holds, ColumnCount };

    explicit DeviceMemoryModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const DeviceMemory* deviceFromIndex(const QModelIndex& index) const;
    /// "node 0 · H100 #3" or "node 0 · host RAM".
    [[nodiscard]] static QString deviceLabel(const DeviceMemory& d);

private:
    std::shared_ptr<const PlanSnapshot> snapshot_;
};

}  // namespace deepplan::gui
