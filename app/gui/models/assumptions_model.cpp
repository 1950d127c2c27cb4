#include "models/assumptions_model.h"
#include "core_text.h"

#include "figure_format.h"

namespace deepplan::gui {

AssumptionsModel::AssumptionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AssumptionsModel::setSnapshot(std::shared_ptr<const PlanSnapshot> snapshot)
{
    beginResetModel();
    snapshot_ = std::move(snapshot);
    endResetModel();
}

int AssumptionsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !snapshot_ || !snapshot_->plan) return 0;
    return static_cast<int>(snapshot_->plan->assumptions.size());
}

int AssumptionsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const Assumption* AssumptionsModel::assumptionFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount()) return nullptr;
    return &snapshot_->plan->assumptions[static_cast<std::size_t>(index.row())];
}

QVariant AssumptionsModel::data(const QModelIndex& index, int role) const
{
    const Assumption* a = assumptionFromIndex(index);
    if (a == nullptr) return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return CoreText::translate(a->name);
        case Value: return FigureFormat::number(a->value);
        case Unit: return CoreText::translate(a->unit);
        case Source: return QString::fromStdString(a->source);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant AssumptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name: return tr("Assumption");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Source: return tr("Source");
    default: return {};
    }
}

}  // namespace deepplan::gui
