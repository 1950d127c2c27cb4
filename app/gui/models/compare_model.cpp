#include "models/compare_model.h"

#include <QColor>
#include <QFont>

#include "figure_format.h"

namespace deepplan::gui {

CompareModel::CompareModel(QObject* parent) : QAbstractTableModel(parent) {}

QStringList CompareModel::valuesFor(const PlanSnapshot& snap, const Catalog& c)
{
    const Scenario& s = snap.scenario;
    const ModelArch* m = c.model(s.model);
    const WeightFormat* f = c.format(s.variant);
    QStringList v;
    v.reserve(RowCount);
    v << (m != nullptr ? QString::fromStdString(m->name) : QString::fromStdString(s.model));
    v << (f != nullptr ? QString::fromStdString(f->name) : QString::fromStdString(s.variant));
    if (snap.plan) {
        v << FigureFormat::engine(s, *snap.plan, c);
    } else {
        v << QString::fromStdString(s.engine);
    }
    v << FigureFormat::pool(s.pool, c);
    v << FigureFormat::integer(s.workload.context);
    v << FigureFormat::integer(s.workload.concurrency);
    v << FigureFormat::arrivals(s.workload.arrivals);
    v << (s.workload.mtp ? tr("on") : tr("off"));
    if (!snap.plan) {
        v << FigureFormat::offload(s.offload);
        v << tr("error: %1").arg(QString::fromStdString(snap.error.describe()));
        while (v.size() < RowCount) v << tr("–");
        return v;
    }
    const Plan& p = *snap.plan;
    v << FigureFormat::offload(p.offload);
    v << (p.fits ? tr("fits") : tr("does not fit"));
    v << FigureFormat::integer(p.nodes);
    v << FigureFormat::integer(p.devices);
    v << FigureFormat::memoryOf(p.memory.used_gb, p.memory.usable_gb);
    v << FigureFormat::tokensPerSecond(p.decode.tokens_per_s);
    v << FigureFormat::tokensPerSecond(p.decode.aggregate_tokens_per_s);
    v << FigureFormat::tokensPerSecond(p.prefill.tokens_per_s);
    v << FigureFormat::duration(p.prefill.ttft_s);
    v << FigureFormat::duration(p.serving.ttft_s);
    v << FigureFormat::duration(p.serving.tpot_ms / 1000.0);
    v << FigureFormat::bottleneck(p.decode.bottleneck);
    return v;
}

int CompareModel::pin(const PlanSnapshot& snapshot, const Catalog& catalog)
{
    const int column = static_cast<int>(pinned_.size());
    beginInsertColumns({}, column, column);
    pinned_.push_back({tr("#%1").arg(nextNumber_++), snapshot.scenario, valuesFor(snapshot, catalog)});
    endInsertColumns();
    // Highlighting depends on every column.
    if (column > 0) emit dataChanged(index(0, 0), index(RowCount - 1, column));
    return column;
}

void CompareModel::unpin(int column)
{
    if (column < 0 || column >= pinnedCount()) return;
    beginRemoveColumns({}, column, column);
    pinned_.erase(pinned_.begin() + column);
    endRemoveColumns();
    if (!pinned_.empty()) emit dataChanged(index(0, 0), index(RowCount - 1, pinnedCount() - 1));
}

void CompareModel::clear()
{
    beginResetModel();
    pinned_.clear();
    endResetModel();
}

const CompareModel::Pinned* CompareModel::pinnedFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= pinnedCount()) return nullptr;
    return &pinned_[static_cast<std::size_t>(index.column())];
}

bool CompareModel::rowDiffers(int row) const
{
    if (row < 0 || row >= RowCount) return false;
    for (const auto& p : pinned_) {
        if (p.values.at(row) != pinned_.front().values.at(row)) return true;
    }
    return false;
}

int CompareModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : RowCount; }

int CompareModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : pinnedCount(); }

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    const Pinned* p = pinnedFromIndex(index);
    if (p == nullptr || index.row() < 0 || index.row() >= RowCount) return {};
    const QString& text = p->values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return text;
    case Qt::BackgroundRole:
        if (rowDiffers(index.row())) {
            return QVariant::fromValue(text != pinned_.front().values.at(index.row()) ? QColor(0xff, 0xe8, 0xa3)
                                                                                        : QColor(0xfd, 0xf6, 0xdd));
        }
        return {};
    case Qt::FontRole:
        if (rowDiffers(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= pinnedCount()) return {};
        if (role == Qt::DisplayRole) return pinned_[static_cast<std::size_t>(section)].title;
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Model: return tr("Model");
    case Variant: return tr("Weights");
    case Engine: return tr("Engine");
    case Pool: return tr("Hardware");
    case Context: return tr("Context");
    case Concurrency: return tr("Concurrency");
    case Requests: return tr("Requests");
    case Mtp: return tr("MTP");
    case Offload: return tr("Offload");
    case Verdict: return tr("Verdict");
    case Nodes: return tr("Machines");
    case Devices: return tr("Accelerators");
    case Memory: return tr("Memory");
    case Decode: return tr("Decode / stream");
    case Aggregate: return tr("Decode, all streams");
    case Prefill: return tr("Prefill");
    case Ttft: return tr("Time to first token");
    case TtftUnderLoad: return tr("TTFT under load");
    case TpotUnderLoad: return tr("Per token under load");
    case Bottleneck: return tr("Bottleneck");
    default: return {};
    }
}

}  // namespace deepplan::gui
