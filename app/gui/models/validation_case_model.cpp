#include "models/validation_case_model.h"

#include <cmath>

#include <QBrush>
#include <QColor>

#include "figure_format.h"

namespace deepplan::gui {

ValidationCaseModel::ValidationCaseModel(QObject* parent) : QAbstractTableModel(parent) {}

void ValidationCaseModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

const ValidationCaseModel::Row* ValidationCaseModel::rowFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= static_cast<int>(rows_.size())) return nullptr;
    return &rows_[static_cast<std::size_t>(index.row())];
}

int ValidationCaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ValidationCaseModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ValidationCaseModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowFromIndex(index);
    if (row == nullptr) return {};
    const CasePrediction& p = row->prediction;
    const bool predicted = std::isfinite(p.predicted);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return QString::fromStdString(p.id);
        case Class: return QString::fromStdString(p.case_class);
        case Metric: return QString::fromStdString(p.figure);
        case Measured: return FigureFormat::number(p.measured);
        case Predicted: return predicted ? FigureFormat::number(p.predicted) : tr("error");
        case Ratio:
            if (!predicted) return tr("–");
            return p.fits ? FigureFormat::number(p.ratio) : tr("%1 (does not fit)").arg(FigureFormat::number(p.ratio));
        case Tier: return p.tier == "C" ? tr("C (not counted)") : QString::fromStdString(p.tier);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Measured && index.column() <= Ratio)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (!p.error.empty()) return QString::fromStdString(p.error);
        if (index.column() == Ratio)
            return tr("Measured over predicted: above 1 the hardware did better than the plan says.");
        return tr("Double-click to open this case's scenario.");
    }
    if (role == Qt::ForegroundRole && index.column() == Ratio && predicted) {
        // Colour by the case's own error (the core's abs_error), not by new arithmetic.
        const double err = p.abs_error();
        if (err > 0.5) return QBrush(QColor(0xb4, 0x23, 0x18));
        if (err > 0.25) return QBrush(QColor(0xa1, 0x62, 0x07));
    }
    return {};
}

QVariant ValidationCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id: return tr("Case");
        case Class: return tr("Class");
        case Metric: return tr("Figure");
        case Measured: return tr("Measured");
        case Predicted: return tr("Predicted");
        case Ratio: return tr("Ratio");
        case Tier: return tr("Tier");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Id: return tr("The measurement's id in resources/validation/measurements.csv.");
        case Class: return tr("The class the case reports under: device class, hybrid offload or multi-node.");
        case Metric: return tr("The plan figure the measurement is compared with; its unit is in the name.");
        case Measured: return tr("The published measurement, in the figure's unit.");
        case Predicted: return tr("What the planner computes for the case's scenario.");
        case Ratio: return tr("Measured over predicted.");
        case Tier: return tr("A and B are fitted and counted; C is shown only.");
        default: return {};
        }
    }
    return {};
}

}  // namespace deepplan::gui
