#include "plan_controller.h"

#include <QElapsedTimer>

#include "catalog_store.h"
#include "scenario_document.h"

namespace deepplan::gui {

PlanController::PlanController(ScenarioDocument* document, CatalogStore* catalog, QObject* parent)
    : QObject(parent), document_(document), catalog_(catalog)
{
    connect(document_, &ScenarioDocument::changed, this, &PlanController::recompute);
    connect(catalog_, &CatalogStore::catalogChanged, this, &PlanController::recompute);
    current_ = compute(document_->scenario(), catalog_->catalog());
}

std::shared_ptr<const PlanSnapshot> PlanController::compute(const Scenario& scenario, const Catalog& catalog)
{
    QElapsedTimer timer;
    timer.start();
    auto snapshot = std::make_shared<PlanSnapshot>();
    snapshot->scenario = scenario;
    auto result = plan(scenario, catalog);
    if (result.ok()) {
        snapshot->plan = std::move(result).value();
        snapshot->what_if = sample_what_if(scenario, catalog);
    } else {
        snapshot->error = result.error();
    }
    snapshot->compute_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return snapshot;
}

void PlanController::recompute()
{
    current_ = compute(document_->scenario(), catalog_->catalog());
    emit planChanged();
}

}  // namespace deepplan::gui
