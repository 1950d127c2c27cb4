#include "models/device_memory_model.h"
#include "core_text.h"

#include <QColor>
#include <QLocale>

namespace deepplan::gui {

DeviceMemoryModel::DeviceMemoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void DeviceMemoryModel::setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot)
{
    beginResetModel();
    snapshot_ = std::move(snapshot);
    endResetModel();
}

int DeviceMemoryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !snapshot_ || !snapshot_->plan) return 0;
    return static_cast<int>(snapshot_->plan->memory.per_device.size());
}

int DeviceMemoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const DeviceMemory* DeviceMemoryModel::deviceFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount()) return nullptr;
    return &snapshot_->plan->memory.per_device[static_cast<std::size_t>(index.row())];
}

QString DeviceMemoryModel::deviceLabel(const DeviceMemory& d)
{
    if (d.index < 0) return tr("node %1 · host RAM").arg(d.node);
    return tr("node %1 · %2 #%3").arg(d.node).arg(QString::fromStdString(d.device)).arg(d.index);
}

QVariant DeviceMemoryModel::data(const QModelIndex& index, int role) const
{
    const DeviceMemory* d = deviceFromIndex(index);
    if (d == nullptr) return {};
    auto gb = [](double v) { return QLocale().toString(v, 'f', 1); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Device: return deviceLabel(*d);
        case Node: return d->node;
        case Usable: return gb(d->usable_gb);
        case Weights: return gb(d->weights_gb);
        case KvCache: return gb(d->kv_cache_gb);
        case Activations: return gb(d->activations_gb);
        case Overhead: return gb(d->overhead_gb);
        case Free: return gb(d->free_gb);
        case Holds: return CoreText::translate(d->holds);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Node && index.column() <= Free) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == Qt::ForegroundRole && index.column() == Free && d->free_gb < 0) {
        return QVariant::fromValue(QColor(0xc0, 0x1c, 0x28));
    }
    if (role == Qt::ToolTipRole && index.column() == Holds) return CoreText::translate(d->holds);
    return {};
}

QVariant DeviceMemoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Device: return tr("Device");
    case Node: return tr("Node");
    case Usable: return tr("Usable GB");
    case Weights: return tr("Weights");
    case KvCache: return tr("KV cache");
    case Activations: return tr("Activations");
    case Overhead: return tr("Overhead");
    case Free: return tr("Free");
    case Holds: return tr("Holds");
    default: return {};
    }
}

}  // namespace deepplan::gui
