#pragma once
// Tools → Find a deployment (issue 5): the core's deployment search, run off
// the GUI thread with progress and cancel; results, their Pareto front of
// cost against speed, and any result opened as the current scenario.

#include <atomic>
#include <memory>
#include <optional>

#include <QDialog>

#include "deepplan/search.hpp"

class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTableView;
class QThread;

namespace deepplan::gui {

class CatalogStore;
class ScenarioDocument;
class SearchResultModel;

class FindDeploymentDialog : public QDialog {
    Q_OBJECT
public:
    FindDeploymentDialog(ScenarioDocument* document, CatalogStore* catalog, QWidget* parent = nullptr);
    ~FindDeploymentDialog() override;

    /// The request the inputs describe (without the cancel flag and progress).
    [[nodiscard]] SearchRequest request() const;
    /// Restricts the systems searched (nullopt = every system); not shown in the form.
    void setSystems(std::optional<std::vector<std::string>> systems) { systems_ = std::move(systems); }

    /// Starts the search; false when one is running or the request is invalid.
    bool run();
    void cancel();
    [[nodiscard]] bool isRunning() const { return thread_ != nullptr; }
    /// The last finished search (empty before the first).
    [[nodiscard]] const std::optional<SearchResult>& result() const { return result_; }
    /// The highest `total` progress reported by the running or last search.
    [[nodiscard]] std::size_t progressTotal() const { return total_; }
    /// Loads result `row` into the document as one undo step.
    bool openResult(int row);

    [[nodiscard]] SearchResultModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] QProgressBar* progressBar() const { return progress_; }
    /// Points of the Pareto series drawn.
    [[nodiscard]] int paretoPointCount() const;

signals:
    void progressed(qulonglong done, qulonglong total);
    void searchFinished();
    void resultOpened(int row);

private:
    void buildForm();
    void fillVariants();
    void finished();
    void updateChart();
    void setRunning(bool running);
    /// Fills the table from result_: one row per pool, or every result.
    void showResults();

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    std::optional<std::vector<std::string>> systems_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QThread* thread_ = nullptr;
    std::shared_ptr<std::optional<Result<SearchResult>>> pending_;
    std::shared_ptr<const Catalog> searchedCatalog_;
    std::optional<SearchResult> result_;
    std::size_t total_ = 0;

    QComboBox* modelCombo_ = nullptr;
    QComboBox* variant_ = nullptr;
    QDoubleSpinBox* target_ = nullptr;
    QSpinBox* context_ = nullptr;
    QSpinBox* concurrency_ = nullptr;
    QCheckBox* budgetOn_ = nullptr;
    QDoubleSpinBox* budget_ = nullptr;
    QComboBox* objective_ = nullptr;
    QSpinBox* topK_ = nullptr;
    QCheckBox* rented_ = nullptr;
    QCheckBox* gpusOnly_ = nullptr;
    QCheckBox* allVariants_ = nullptr;
    QLabel* lowerBoundNote_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* open_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    SearchResultModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QChartView* chartView_ = nullptr;
    QScatterSeries* paretoSeries_ = nullptr;
    QScatterSeries* resultsSeries_ = nullptr;
    QScatterSeries* chosenSeries_ = nullptr;
};

}  // namespace deepplan::gui
