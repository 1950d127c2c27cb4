#pragma once
// The results of a deployment search as a table, best first.

#include <vector>

#include <QAbstractTableModel>

#include "deepplan/catalog.hpp"
#include "deepplan/search.hpp"

namespace deepplan::gui {

class SearchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, TokensPerS, Aggregate, PerMillionOutput, Capex, Devices, Variant, OtherVariants, Engine, Pool, ColumnCount };

    explicit SearchResultModel(QObject* parent = nullptr);

    /// `catalog` must outlive the model's use of these hits (names only).
    /// `otherVariants[i]`, when given, is how many more results share hit i's
    /// pool (the results are then grouped by hardware, one row per pool).
    void setHits(std::vector<SearchHit> hits, const Catalog* catalog, std::vector<std::size_t> otherVariants = {});
    [[nodiscard]] bool grouped() const { return !otherVariants_.empty(); }
    /// Whether some row's price counts the accelerators only (a lower bound).
    [[nodiscard]] bool hasLowerBounds() const;
    [[nodiscard]] const SearchHit* hitFromIndex(const QModelIndex& index) const;
    [[nodiscard]] const std::vector<SearchHit>& hits() const { return hits_; }

    /// The text a cell shows for a hit (tests compare it with the core's figures).
    [[nodiscard]] static QString text(const SearchHit& hit, Column column, const Catalog* catalog);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SearchHit> hits_;
    std::vector<std::size_t> otherVariants_;
    const Catalog* catalog_ = nullptr;
};

}  // namespace deepplan::gui
