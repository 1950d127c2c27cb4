#pragma once
// The Validation tab (issues 4 and 10): the planner against published
// measurements, as predicted-vs-measured scatters on log-log axes with the
// ±25 % and ±50 % bands, points coloured by regime (dense/MoE x placement),
// the cases as a table and the error summaries per regime, in-sample and
// leave-one-source-out. There is one scatter per figure kind (speeds, times,
// memory), so every axis carries one unit.

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <QColor>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include "deepplan/validation.hpp"

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QScrollArea;
class QSplitter;
class QTabWidget;
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
    /// Runs the leave-one-source-out cross-validation off the GUI thread; crossValidated() when done.
    void startCrossValidation();

    [[nodiscard]] ValidationCaseModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    [[nodiscard]] const ValidationReport& report() const { return report_; }
    /// The regime groupings points are coloured by ("dense/one-device", ...), in legend order.
    [[nodiscard]] static const std::vector<std::string>& colourGroupings();
    /// The colour of a colour grouping's points (the same on every chart).
    [[nodiscard]] static QColor regimeColour(const std::string& grouping);
    /// The colour grouping of a case's regime ("moe/one-device/c1" -> "moe/one-device").
    [[nodiscard]] static std::string colourGroupingOf(const std::string& regime);
    /// The summary text shown beside the charts (rich text).
    [[nodiscard]] QString summaryText() const;

    /// The legend under the charts: the current chart's regimes and reference lines.
    [[nodiscard]] QLabel* legend() const { return legend_; }
    /// The names the legend shows, in order.
    [[nodiscard]] const QStringList& legendNames() const { return legendNames_; }
    /// The scroll area holding the summary (beside the charts, or their last tab).
    [[nodiscard]] QScrollArea* summaryArea() const { return summaryScroll_; }
    /// True when the summary stands beside the charts, false when it is a tab after them.
    [[nodiscard]] bool summaryBeside() const;

    /// Points drawn, over every chart and regime series.
    [[nodiscard]] int pointCount() const;
    /// Points drawn on the chart of one figure kind.
    [[nodiscard]] int pointCount(FigureKind kind) const;

    /// The figure kinds that have a chart, in tab order: speeds, times, memory.
    [[nodiscard]] static const std::vector<FigureKind>& chartKinds();
    /// The one unit a kind's chart plots in: "tok/s", "s" or "GB".
    [[nodiscard]] static QString chartUnit(FigureKind kind);
    /// A figure's value in its chart's unit: times in ms become seconds.
    [[nodiscard]] static double chartValue(const std::string& figure, double value);

    /// The tabs holding one chart per figure kind (chartKinds() order).
    [[nodiscard]] QTabWidget* chartTabs() const { return chartTabs_; }
    /// The chart view of a figure kind.
    [[nodiscard]] QChartView* chartView(FigureKind kind) const;
    /// Loads the scenario of the case in `row` as one undo step.
    void openCase(int row);

signals:
    void crossValidated();
    /// Cases refitted so far during a cross-validation.
    void crossValidationProgressed(int done, int total);
    void caseOpened(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// One figure kind's scatter.
    struct KindChart {
        FigureKind kind = FigureKind::Rate;
        QChartView* view = nullptr;
        std::map<QScatterSeries*, std::string> seriesRegime;  ///< series -> its colour grouping
    };

    /// A kind's tab title with its unit, e.g. "Speeds (tok/s)".
    [[nodiscard]] static QString kindTitle(FigureKind kind);
    [[nodiscard]] static QString kindToolTip(FigureKind kind);
    void rebuildCharts();
    void rebuildChart(KindChart& chart);
    /// The drawable case of `kind` in colour grouping `grouping` nearest (on log axes) to a chart point.
    [[nodiscard]] const CasePrediction* nearestCase(FigureKind kind, const std::string& grouping, const QPointF& point) const;
    /// Shows the chart of the case in `row`.
    void showChartOf(int row);
    void updateSummary();
    /// The per-regime table of the summary (rich text).
    [[nodiscard]] QString summaryTable() const;
    /// The width the summary needs to show its table without scrolling sideways.
    [[nodiscard]] int summaryWidthNeeded() const;
    /// Puts the summary beside the charts if the view is wide enough, else in a tab after them.
    void placeSummary();
    /// Brings the summary into view (its tab when it is one).
    void showSummary();
    void updateLegend();
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
    QTabWidget* chartTabs_ = nullptr;
    std::vector<KindChart> charts_;
    QLabel* summary_ = nullptr;
    QScrollArea* summaryScroll_ = nullptr;
    QSplitter* top_ = nullptr;
    QLabel* legend_ = nullptr;
    QStringList legendNames_;
    QPushButton* cvButton_ = nullptr;
    QThread* cvThread_ = nullptr;
    QProgressBar* cvProgress_ = nullptr;
};

}  // namespace deepplan::gui
