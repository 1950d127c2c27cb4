#include "models/stage_model.h"

#include "figure_format.h"

namespace deepplan::gui {

StageModel::StageModel(QObject* parent) : QAbstractTableModel(parent) {}

void StageModel::setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot)
{
    beginResetModel();
    snapshot_ = std::move(snapshot);
    endResetModel();
}

int StageModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !snapshot_ || !snapshot_->plan) return 0;
    return static_cast<int>(snapshot_->plan->layout.stages.size());
}

int StageModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const Stage* StageModel::stageFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount()) return nullptr;
    return &snapshot_->plan->layout.stages[static_cast<std::size_t>(index.row())];
}

QVariant StageModel::data(const QModelIndex& index, int role) const
{
    const Stage* s = stageFromIndex(index);
    if (s == nullptr) return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StageNumber: return index.row();
        case Node: return s->node;
        case Device: return s->on_host ? tr("CPU (host RAM)") : QString::fromStdString(s->device);
        case Devices: return s->devices;
        case Layers:
            return s->end_layer > s->first_layer ? tr("%1–%2").arg(s->first_layer).arg(s->end_layer - 1) : tr("–");
        case Placement:
            if (s->on_host) return tr("whole layers on the CPU");
            if (s->routed_on_host) return tr("routed experts on the CPU, the rest on the accelerator");
            return s->devices > 1 ? tr("tensor-parallel over %1 devices").arg(s->devices) : tr("one device");
        case DecodeMs: return FigureFormat::number(s->decode_ms);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Device && index.column() != Placement) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant StageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StageNumber: return tr("Stage");
        case Node: return tr("Node");
        case Device: return tr("Device");
        case Devices: return tr("Devices");
        case Layers: return tr("Layers");
        case Placement: return tr("Placement");
        case DecodeMs: return tr("Decode ms");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == DecodeMs) {
        return tr("Time this stage spends on one decode step at the planned concurrency.");
    }
    return {};
}

}  // namespace deepplan::gui
