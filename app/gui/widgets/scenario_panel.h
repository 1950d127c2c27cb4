#pragma once
// The Scenario panel: model, weights, engine, workload, offload, MTP.

#include <string>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace deepplan {
struct EngineProfile;
struct Scenario;
}  // namespace deepplan

namespace deepplan::gui {

class ElidingComboBox;

class ElidedLabel;

class CatalogStore;
class ScenarioDocument;
// No enum-base here: lupdate loses the namespace after `enum class X : int;`
// and files this class's strings under a context tr() never asks for.
enum class WorkloadField;

/// Shows the document's scenario in editors; every edit is pushed as an
/// undo command, and the editors follow the document (undo, open, presets).
class ScenarioPanel : public QWidget {
    Q_OBJECT
public:
    ScenarioPanel(ScenarioDocument* document, CatalogStore* catalog, QWidget* parent = nullptr);

private:
    void rebuildModels();
    void refresh();
    void rebuildVariants();
    void rebuildEngines();
    /// The arrivals box, enabled only where they matter: several clients
    /// on an engine that batches them (`engine` is the one the plan uses).
    void refreshArrivals(const Scenario& s, const EngineProfile* engine);
    [[nodiscard]] QSpinBox* makeCountSpin(const char* objectName, WorkloadField field, int maximum);

    ScenarioDocument* document_;
    CatalogStore* catalog_;
    ElidingComboBox* model_ = nullptr;
    ElidingComboBox* variant_ = nullptr;
    ElidedLabel* variantInfo_ = nullptr;
    ElidingComboBox* engine_ = nullptr;
    ElidedLabel* engineInfo_ = nullptr;
    QSpinBox* context_ = nullptr;
    QSpinBox* prompt_ = nullptr;
    QSpinBox* output_ = nullptr;
    QSpinBox* concurrency_ = nullptr;
    ElidingComboBox* arrivals_ = nullptr;
    ElidingComboBox* offload_ = nullptr;
    QCheckBox* mtp_ = nullptr;
    QCheckBox* wired_ = nullptr;
    std::string shownModel_;
    std::string shownVariant_;
    bool catalogDirty_ = true;
};

}  // namespace deepplan::gui
