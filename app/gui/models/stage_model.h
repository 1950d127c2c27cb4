#pragma once
// The plan's pipeline stages: which layers sit on which devices.

#include <memory>

#include <QAbstractTableModel>

#include "plan_snapshot.h"

namespace deepplan::gui {

class StageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StageNumber, Node, Device, Devices, Layers, Placement, DecodeMs, ColumnCount };

    explicit StageModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Stage* stageFromIndex(const QModelIndex& index) const;

private:
    std::shared_ptr<const PlanSnapshot> snapshot_;
};

}  // namespace deepplan::gui
