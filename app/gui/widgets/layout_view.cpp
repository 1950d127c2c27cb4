#include "widgets/layout_view.h"
#include "core_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/device_memory_model.h"
#include "models/stage_model.h"
#include "widgets/read_only_table.h"

namespace deepplan::gui {

LayoutView::LayoutView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("layoutView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("layoutSummary"));
    summary_->setWordWrap(true);
    summary_->setToolTip(tr("How the model is split: tensor parallel (TP) inside a stage, pipeline stages (PP) in a row, and experts spread over devices (EP)."));
    layout->addWidget(summary_);

    stages_ = new StageModel(this);
    devices_ = new DeviceMemoryModel(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    stageTable_ = makeReadOnlyTable(stages_, QStringLiteral("stageTable"), split);
    deviceTable_ = makeReadOnlyTable(devices_, QStringLiteral("deviceTable"), split);
    split->addWidget(stageTable_);
    split->addWidget(deviceTable_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

void LayoutView::setSnapshot(const std::shared_ptr<const PlanSnapshot>& snap)
{
    stages_->setSnapshot(snap);
    devices_->setSnapshot(snap);
    if (!snap || !snap->plan) {
        summary_->setText(tr("No layout: the scenario could not be planned."));
        return;
    }
    const Layout& l = snap->plan->layout;
    summary_->setText(tr("Mode: %1 · tensor parallel %2 × pipeline %3 · expert parallel %4")
                          .arg(l.mode.empty() ? tr("–") : CoreText::translate(l.mode))
                          .arg(l.tensor_parallel)
                          .arg(l.pipeline_parallel)
                          .arg(l.expert_parallel));
    stageTable_->resizeColumnsToContents();
    deviceTable_->resizeColumnsToContents();
}

}  // namespace deepplan::gui
