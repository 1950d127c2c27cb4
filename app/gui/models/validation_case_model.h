#pragma once
// The validation cases as a table: one row per mapped measurement, with the
// core's prediction.

#include <vector>

#include <QAbstractTableModel>

#include "deepplan/validation.hpp"

namespace deepplan::gui {

class ValidationCaseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Class, Metric, Measured, Predicted, Ratio, Tier, ColumnCount };

    /// A prediction with the scenario its case maps to.
    struct Row {
        CasePrediction prediction;
        Scenario scenario;
    };

    explicit ValidationCaseModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    [[nodiscard]] const Row* rowFromIndex(const QModelIndex& index) const;
    [[nodiscard]] const std::vector<Row>& rows() const { return rows_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> rows_;
};

}  // namespace deepplan::gui
