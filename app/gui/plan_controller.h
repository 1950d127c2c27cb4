#pragma once
// Calls the core on every change of the document and hands the result to
// the views.

#include <memory>

#include <QObject>

#include "plan_snapshot.h"

namespace deepplan::gui {

class CatalogStore;
class ScenarioDocument;

/// Recomputes the plan synchronously whenever the scenario or the catalog
/// changes (the core takes microseconds) and emits planChanged().
class PlanController : public QObject {
    Q_OBJECT
public:
    PlanController(ScenarioDocument* document, CatalogStore* catalog, QObject* parent = nullptr);

    [[nodiscard]] std::shared_ptr<const PlanSnapshot> current() const { return current_; }

    /// The core's plan (with what-if samples) for any scenario.
    [[nodiscard]] static std::shared_ptr<const PlanSnapshot> compute(const Scenario& scenario, const Catalog& catalog);

public slots:
    void recompute();

signals:
    void planChanged();

private:
    ScenarioDocument* document_;
    CatalogStore* catalog_;
    std::shared_ptr<const PlanSnapshot> current_;
};

}  // namespace deepplan::gui
