#include "models/search_result_model.h"

#include "figure_format.h"
#include "widgets/cost_view.h"

namespace deepplan::gui {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setHits(std::vector<SearchHit> hits, const Catalog* catalog, std::vector<std::size_t> otherVariants)
{
    beginResetModel();
    hits_ = std::move(hits);
    otherVariants_ = otherVariants.size() == hits_.size() ? std::move(otherVariants) : std::vector<std::size_t>{};
    catalog_ = catalog;
    endResetModel();
}

const SearchHit* SearchResultModel::hitFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= static_cast<int>(hits_.size())) return nullptr;
    return &hits_[static_cast<std::size_t>(index.row())];
}

bool SearchResultModel::hasLowerBounds() const
{
    for (const auto& h : hits_) {
        if (!h.plan.cost.known) return true;
    }
    return false;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SearchResultModel::text(const SearchHit& hit, Column column, const Catalog* catalog)
{
    const Plan& p = hit.plan;
    switch (column) {
    case Rank: return {};
    case OtherVariants: return {};
    case Variant: {
        const WeightFormat* f = catalog != nullptr ? catalog->format(hit.scenario.variant) : nullptr;
        return f != nullptr ? QString::fromStdString(f->name) : QString::fromStdString(hit.scenario.variant);
    }
    case Engine: {
        const EngineProfile* e = catalog != nullptr ? catalog->engine(p.engine) : nullptr;
        return e != nullptr ? QString::fromStdString(e->name) : QString::fromStdString(p.engine);
    }
    case Pool:
        return catalog != nullptr ? FigureFormat::pool(hit.scenario.pool, *catalog)
                                  : QString::fromStdString(to_spec(hit.scenario.pool));
    case TokensPerS: return FigureFormat::tokensPerSecond(p.decode.tokens_per_s);
    case Aggregate: return FigureFormat::tokensPerSecond(p.decode.aggregate_tokens_per_s);
    case PerMillionOutput:
        return p.cost.known ? CostView::usd(p.cost.per_million_output_usd)
                            : tr("≥ %1 (cards only)").arg(CostView::usd(p.cost.per_million_output_usd));
    case Capex:
        if (!(p.cost.capex_usd > 0)) return tr("–");
        return p.cost.known ? CostView::usd(p.cost.capex_usd)
                            : tr("≥ %1 (cards only)").arg(CostView::usd(p.cost.capex_usd));
    case Devices: return FigureFormat::integer(p.devices);
    case ColumnCount: break;
    }
    return {};
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* hit = hitFromIndex(index);
    if (hit == nullptr) return {};
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        if (column == Rank) return index.row() + 1;
        if (column == OtherVariants) {
            if (otherVariants_.empty()) return QString();
            const std::size_t n = otherVariants_[static_cast<std::size_t>(index.row())];
            return n == 0 ? tr("–") : tr("+%1").arg(n);
        }
        return text(*hit, column, catalog_);
    }
    if (role == Qt::TextAlignmentRole && column >= TokensPerS && column <= Devices)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (column == PerMillionOutput && !hit->plan.cost.known) {
            QStringList missing;
            for (const auto& m : hit->plan.cost.missing) missing << QString::fromStdString(m);
            return tr("A lower bound: the catalog lacks %1.").arg(missing.join(QStringLiteral(", ")));
        }
        return QString::fromStdString(to_spec(hit->scenario.pool));
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank: return tr("#");
        case Variant: return tr("Variant");
        case OtherVariants: return tr("Others");
        case Engine: return tr("Engine");
        case Pool: return tr("Hardware");
        case TokensPerS: return tr("Per stream");
        case Aggregate: return tr("All streams");
        case PerMillionOutput: return tr("$/M output");
        case Capex: return tr("Purchase");
        case Devices: return tr("Accelerators");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank: return tr("Rank by the chosen objective.");
        case OtherVariants: return tr("How many more variants or engines fit on the same hardware and meet the target; "
                                      "tick “Show every variant” to list them.");
        case TokensPerS: return tr("Decode tokens per second each stream sees at the requested concurrency.");
        case Aggregate: return tr("Decode tokens per second over all streams together.");
        case PerMillionOutput: return tr("Dollars per million output tokens with the request's economics.");
        case Capex: return tr("Purchase price of the pool from the catalog.");
        case Devices: return tr("Accelerators in the pool.");
        default: return {};
        }
    }
    return {};
}

}  // namespace deepplan::gui
