#pragma once
// The Validation tab (issue 4): the planner against published measurements,
// as a predicted-vs-measured scatter on log-log axes with the ±25 % and
// ±50 % bands, the cases as a table and the error summaries.

#include <filesystem>
#include <map>
#include <memory>

#include <QWidget>

#include "deepplan/validation.hpp"

class QChartView;
class QLabel;
class QPushButton;
class QScatterSeries;
class QTableView;
class QThread;

namespace deepplan::gui {

class CatalogStore;
class ScenarioDocument;
class ValidationCaseModel;

/// Loads the measurements lazily (on first show or reload()), recomputes
/// every mapped case with the core, and opens a case's scenario in the
/// document as one undoable step when its row is activated or its point clicked.
class ValidationView : public QWidget {
    Q_OBJECT
public:
    ValidationView(ScenarioDocument* document, CatalogStore* catalog, std::filesystem::path measurementsCsv,
                   QWidget* parent = nullptr);
    ~ValidationView() override;

    /// Reads the file and recomputes the cases (in-sample). False on a read error (shown in the view).
    bool reload();
    /// Runs the leave-one-out cross-validation off the GUI thread; crossValidated() when done.
    void startCrossValidation();

    [[nodiscard]] ValidationCaseModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] const ValidationReport& report() const { return report_; }
    /// Points drawn, over all class series.
    [[nodiscard]] int pointCount() const;
    /// Loads the scenario of the case in `row` as one undo step.
    void openCase(int row);

signals:
    void crossValidated();
    void caseOpened(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildChart();
    void updateSummary();
    /// Selects the case's row; returns it, or -1.
    int selectCase(const QString& id);

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    std::filesystem::path csv_;
    bool loaded_ = false;
    std::vector<ValidationCase> cases_;
    ValidationReport report_;
    ValidationCaseModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QChartView* chartView_ = nullptr;
    std::map<QScatterSeries*, std::string> seriesClass_;
    QLabel* summary_ = nullptr;
    QPushButton* cvButton_ = nullptr;
    QThread* cvThread_ = nullptr;
};

}  // namespace deepplan::gui
