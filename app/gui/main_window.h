#pragma once
// The main window: Scenario and Hardware pool on the left, the Plan on the
// right; File, Edit, Scenario, Compare, Tools and Help menus.

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace deepplan::gui {

class CatalogStore;
class CompareModel;
class CostView;
class FindDeploymentDialog;
class PlanController;
class PlanPanel;
class PoolEditor;
class ScenarioDocument;
class ScenarioPanel;
class ValidationView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `catalog` must outlive the window.
    explicit MainWindow(CatalogStore* catalog, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Startup: open `file` when given, else the last scenario when the
    /// preference says so, else the default scenario. Restores the geometry.
    void restoreSession(const QString& file);

    /// Opens a plan file. On failure the current scenario is untouched, an
    /// error dialog is shown (non-blocking) and errorReported() emitted.
    bool openFile(const QString& path);
    /// Saves to `path` atomically; on failure reports an error.
    bool saveFile(const QString& path);
    /// Loads a built-in preset by id (undoable). False for an unknown id.
    bool loadPreset(const QString& id);
    /// Pins the current scenario in the comparison.
    void pinCurrent();

    [[nodiscard]] ScenarioDocument* document() const { return document_; }
    [[nodiscard]] PlanController* controller() const { return controller_; }
    [[nodiscard]] CompareModel* compareModel() const { return compare_; }
    [[nodiscard]] PlanPanel* planPanel() const { return planPanel_; }
    [[nodiscard]] PoolEditor* poolEditor() const { return poolEditor_; }
    [[nodiscard]] ScenarioPanel* scenarioPanel() const { return scenarioPanel_; }
    [[nodiscard]] CatalogStore* catalogStore() const { return catalog_; }
    [[nodiscard]] CostView* costView() const { return costView_; }
    [[nodiscard]] ValidationView* validationView() const { return validationView_; }
    /// Tools → Find a deployment: the dialog, created on first use and kept with its results.
    FindDeploymentDialog* showFindDeployment();
    /// Tools → Preferences (modal).
    void showPreferences();

    /// Writes geometry, splitter and the last scenario to the settings.
    void saveSession() const;

signals:
    void errorReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Ctrl+Z / Ctrl+Y in a field that has nothing of its own to undo or
    /// redo go to the document's undo stack.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void planUpdated();
    void reportError(const QString& title, const QString& message);
    [[nodiscard]] bool maybeSave();

    void newScenario();
    void openDialog();
    bool save();
    bool saveAsDialog();
    void showCustomHardware();
    void importModelDialog();
    void unpinSelected();
    void restorePinned();
    void about();

    CatalogStore* catalog_;
    ScenarioDocument* document_ = nullptr;
    PlanController* controller_ = nullptr;
    CompareModel* compare_ = nullptr;
    ScenarioPanel* scenarioPanel_ = nullptr;
    PoolEditor* poolEditor_ = nullptr;
    PlanPanel* planPanel_ = nullptr;
    CostView* costView_ = nullptr;
    ValidationView* validationView_ = nullptr;
    FindDeploymentDialog* findDialog_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QMenu* presetsMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QLabel* timing_ = nullptr;

    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* pinAction_ = nullptr;
    QAction* unpinAction_ = nullptr;
    QAction* customHardwareAction_ = nullptr;
    QAction* restoreLastAction_ = nullptr;
    QAction* findAction_ = nullptr;
    QAction* preferencesAction_ = nullptr;
};

}  // namespace deepplan::gui
