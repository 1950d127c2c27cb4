#include "widgets/plan_panel.h"

#include <algorithm>

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "models/assumptions_model.h"
#include "plan_controller.h"
#include "widgets/compare_view.h"
#include "widgets/key_figures_view.h"
#include "widgets/layout_view.h"
#include "widgets/memory_chart_view.h"
#include "widgets/verdict_banner.h"
#include "widgets/what_if_view.h"

namespace deepplan::gui {

namespace {

/// Eight lines of text, or a fifth of a taller panel (1920 × 1080).
int bannerCap(int fontHeight, int panelHeight) { return std::max(fontHeight * 8, panelHeight / 5); }

}  // namespace

PlanPanel::PlanPanel(PlanController* controller, CatalogStore* catalog, CompareModel* compare, QWidget* parent)
    : QWidget(parent), controller_(controller), catalog_(catalog)
{
    setObjectName(QStringLiteral("planPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // A long verdict (many reasons and warnings) scrolls below its title
    // instead of pushing the tabs down or growing the window.
    banner_ = new VerdictBanner(this);
    banner_->setHeightCap(bannerCap(fontMetrics().height(), 0));
    layout->addWidget(banner_);
    figures_ = new KeyFiguresView(this);
    layout->addWidget(figures_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("planTabs"));
    memory_ = new MemoryChartView(tabs_);
    tabs_->addTab(memory_, tr("Memor&y"));
    whatIf_ = new WhatIfView(tabs_);
    tabs_->addTab(whatIf_, tr("What &if"));
    layout_ = new LayoutView(tabs_);
    tabs_->addTab(layout_, tr("&Layout"));

    assumptions_ = new AssumptionsModel(this);
    assumptionsTable_ = new QTableView(tabs_);
    assumptionsTable_->setObjectName(QStringLiteral("assumptionsTable"));
    assumptionsTable_->setModel(assumptions_);
    assumptionsTable_->verticalHeader()->setVisible(false);
    assumptionsTable_->setAlternatingRowColors(true);
    assumptionsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    assumptionsTable_->horizontalHeader()->setStretchLastSection(true);
    assumptionsTable_->setWordWrap(false);
    assumptionsTable_->setToolTip(tr("Every constant the plan used, and where it comes from."));
    assumptionsTable_->setTextElideMode(Qt::ElideMiddle);  // a source's end (a section, a page) says as much as its start
    // The viewport, not the table: its size is the one settled when the event comes.
    assumptionsTable_->viewport()->installEventFilter(this);
    tabs_->addTab(assumptionsTable_, tr("&Assumptions"));

    compare_ = new CompareView(compare, tabs_);
    tabs_->addTab(compare_, tr("Compa&re"));
    layout->addWidget(tabs_, 1);

    connect(controller_, &PlanController::planChanged, this, &PlanPanel::refresh);
    refresh();
}

void PlanPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    banner_->setHeightCap(bannerCap(fontMetrics().height(), height()));
}

void PlanPanel::refresh()
{
    const auto snap = controller_->current();
    if (!snap) return;
    const Catalog& c = catalog_->catalog();
    banner_->setSnapshot(*snap, c);
    figures_->setSnapshot(*snap, &c);
    // The what-if charts catch up when their tab is shown; the rest is cheap.
    memory_->setSnapshot(*snap);
    whatIf_->setSnapshot(snap);
    layout_->setSnapshot(snap);
    assumptions_->setSnapshot(snap);
    fitAssumptionColumns();
}

bool PlanPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == assumptionsTable_->viewport() && event->type() == QEvent::Resize) fitAssumptionColumns();
    return QWidget::eventFilter(watched, event);
}

void PlanPanel::fitAssumptionColumns()
{
    QHeaderView* header = assumptionsTable_->horizontalHeader();
    const int width = assumptionsTable_->viewport()->width();
    for (const int column : {AssumptionsModel::Name, AssumptionsModel::Value, AssumptionsModel::Unit})
        assumptionsTable_->resizeColumnToContents(column);
    if (width < 100) return;  // not laid out yet: the resize that follows fits them
    // The name keeps at most half the width, the value and unit at most a
    // sixth each, so that the source always has room to say where a figure comes from.
    header->resizeSection(AssumptionsModel::Name, std::min(header->sectionSize(AssumptionsModel::Name), width / 2));
    for (const int column : {AssumptionsModel::Value, AssumptionsModel::Unit})
        header->resizeSection(column, std::min(header->sectionSize(column), width / 6));
}

}  // namespace deepplan::gui
