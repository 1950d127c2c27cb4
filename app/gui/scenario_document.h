#pragma once
// The open document: one Scenario, the undo stack that edits it, and the
// file it came from.

#include <QObject>
#include <QString>
#include <QUndoStack>

#include "deepplan/scenario.hpp"

namespace deepplan::gui {

class ScenarioEditCommand;

/// Holds the Scenario being edited. Every user edit goes through push() as a
/// ScenarioEditCommand; `changed()` fires after each change, including undo
/// and redo.
class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject* parent = nullptr);

    [[nodiscard]] const Scenario& scenario() const { return scenario_; }
    [[nodiscard]] QUndoStack* undoStack() { return &undoStack_; }

    /// Pushes an edit; an edit that changes nothing is dropped. Takes ownership.
    /// Returns whether the command was pushed.
    bool push(ScenarioEditCommand* command);

    /// Replaces the scenario without an undo step, clears the undo history and
    /// marks the document clean (New, Open).
    void reset(const Scenario& scenario, const QString& filePath);

    /// Called by the undo commands only.
    void applyScenario(const Scenario& scenario);

    [[nodiscard]] QString filePath() const { return filePath_; }
    /// After a successful save: remembers the path and marks the document clean.
    void markSaved(const QString& filePath);
    [[nodiscard]] bool isModified() const { return !undoStack_.isClean(); }

signals:
    void changed();
    void filePathChanged(const QString& filePath);
    void modifiedChanged(bool modified);

private:
    Scenario scenario_;
    QUndoStack undoStack_;
    QString filePath_;
};

}  // namespace deepplan::gui
