#pragma once
// The Deploy tab: the launch files of the current plan, per machine, from
// the core's generators (deepplan/deploy.hpp). Each file has its own tab and
// a Copy button; "Save as…" writes them all into a folder. Recomputed on
// every plan change and on every change of format or hosts.

#include <optional>

#include <QWidget>

#include "deepplan/deploy.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace deepplan::gui {

class CatalogStore;
class PlanController;

/// Object names: deployFormat (combo sh/compose/k8s), deployHosts (line
/// edit, "a,b"), deployFiles (one tab per file; its text edit is
/// deployText_<file>, its button deployCopy_<file>), deploySaveAs,
/// deployStatus (what the user still has to do, or why nothing can be generated).
class DeployView : public QWidget {
    Q_OBJECT
public:
    DeployView(PlanController* controller, CatalogStore* catalog, QWidget* parent = nullptr);

    /// The files shown; empty when the plan cannot be deployed.
    [[nodiscard]] const std::vector<DeployFile>& files() const { return files_; }
    [[nodiscard]] QTabWidget* fileTabs() const { return tabs_; }
    [[nodiscard]] QLabel* status() const { return status_; }
    /// Writes every shown file into `dir` atomically (scripts executable). Returns an error sentence.
    [[nodiscard]] std::optional<QString> saveTo(const QString& dir) const;

public slots:
    void refresh();
    void saveAs();

private:
    PlanController* controller_;
    CatalogStore* catalog_;
    QComboBox* format_ = nullptr;
    QLineEdit* hosts_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* saveAs_ = nullptr;
    std::vector<DeployFile> files_;
};

}  // namespace deepplan::gui
