#pragma once
// Every constant the plan used, with its source.

#include <memory>

#include <QAbstractTableModel>

#include "plan_snapshot.h"

namespace deepplan::gui {

class AssumptionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, Unit, Source, ColumnCount };

    explicit AssumptionsModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Assumption* assumptionFromIndex(const QModelIndex& index) const;

private:
    std::shared_ptr<const PlanSnapshot> snapshot_;
};

}  // namespace deepplan::gui
