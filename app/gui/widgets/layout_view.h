#pragma once
// Which layers and experts sit on which device: the stages and, per
// device, what it holds.

#include <QWidget>

#include "plan_snapshot.h"

class QLabel;
class QTableView;

namespace deepplan::gui {

class DeviceMemoryModel;
class StageModel;

class LayoutView : public QWidget {
    Q_OBJECT
public:
    explicit LayoutView(QWidget* parent = nullptr);

    void setSnapshot(const std::shared_ptr<const PlanSnapshot>& snapshot);
    [[nodiscard]] StageModel* stageModel() const { return stages_; }
    [[nodiscard]] DeviceMemoryModel* deviceModel() const { return devices_; }

private:
    QLabel* summary_ = nullptr;
    StageModel* stages_ = nullptr;
    DeviceMemoryModel* devices_ = nullptr;
    QTableView* stageTable_ = nullptr;
    QTableView* deviceTable_ = nullptr;
};

}  // namespace deepplan::gui
