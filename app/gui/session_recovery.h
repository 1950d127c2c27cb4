#pragma once
// Work is never lost: the scenario and the pinned comparisons are autosaved a
// few seconds after each change (QSaveFile, per-user data directory); a marker
// file says a session is running, so the next start after a crash, kill -9 or
// power cut offers to restore them. SIGTERM (logout, shutdown) saves the
// session as a normal close does. Stored settings that fail to load are moved
// aside as a backup and said once, and the program starts with defaults.

#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QTimer>

#include "deepplan/scenario.hpp"

class QMessageBox;
class QSocketNotifier;

namespace deepplan::gui {

class CatalogStore;
class CompareModel;
class MainWindow;
class ScenarioDocument;

class Autosave : public QObject {
    Q_OBJECT
public:
    /// What an autosave file holds.
    struct Saved {
        Scenario scenario;
        QString filePath;              ///< the plan file the scenario came from, if any
        bool modified = false;         ///< unsaved edits at the time
        std::vector<Scenario> pinned;  ///< the comparison's columns, left to right
    };

    /// Watches `window`'s document and comparison; files go to `dir`
    /// (defaultDir() in the program, a temporary one in tests).
    Autosave(MainWindow* window, QString dir, QObject* parent = nullptr);
    ~Autosave() override;
    Autosave(const Autosave&) = delete;
    Autosave& operator=(const Autosave&) = delete;

    /// The per-user data directory's "session" folder.
    [[nodiscard]] static QString defaultDir();
    [[nodiscard]] QString autosavePath() const;
    [[nodiscard]] QString markerPath() const;

    /// Delay between a change and its autosave (default 3 s).
    void setDelay(int milliseconds) { timer_.setInterval(milliseconds); }

    /// Call once at start-up, before start(): what an earlier session left
    /// unsaved when it did not end cleanly (its marker is still there and
    /// its process is gone), or nothing.
    [[nodiscard]] std::optional<Saved> leftByUncleanExit() const;
    /// Asks (non-blocking message box) whether to restore `saved`; Restore
    /// loads it as an undoable edit and pins its comparisons again.
    QMessageBox* offerRestore(const Saved& saved);
    /// Loads `saved` into the window (what Restore does).
    void restore(const Saved& saved);

    /// Writes the marker and begins watching for changes.
    void start();
    /// Writes the autosave now. False (and a message in lastError()) on failure.
    bool saveNow();
    /// A clean end: the marker and the autosave go (unless keepForNextStart()).
    void finishCleanly();
    /// Writes the autosave now and keeps it and the marker at exit, so the
    /// next start offers it (a session ended by SIGTERM with unsaved edits).
    void keepForNextStart();
    [[nodiscard]] QString lastError() const { return lastError_; }

    /// Reads an autosave file; nothing when it is missing or unreadable.
    [[nodiscard]] static std::optional<Saved> read(const QString& path);

signals:
    void saved();

private:
    void scheduleSave();

    MainWindow* window_;
    QString dir_;
    QTimer timer_;
    QString lastError_;
    bool started_ = false;
    bool keep_ = false;
};

/// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (a
/// signal handler may only write to a pipe).
class TerminationWatcher : public QObject {
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject* parent = nullptr);
    ~TerminationWatcher() override;
    TerminationWatcher(const TerminationWatcher&) = delete;
    TerminationWatcher& operator=(const TerminationWatcher&) = delete;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* notifier_ = nullptr;
};

/// Saves what a normal close saves, without asking (the session is ending):
/// window state and last scenario to the settings, the autosave kept when
/// there are unsaved edits (so the next start offers them). The caller quits.
void saveOnTermination(MainWindow* window, Autosave* autosave);

/// Checks the stored settings before anything reads them: a settings file
/// QSettings cannot parse, or a stored scenario that does not load, is moved
/// aside as a backup (`NAME.corrupt-DATE.bak`) and the defaults are used.
/// Returns the sentence to show once, or an empty string when all is well.
[[nodiscard]] QString recoverCorruptSettings();

}  // namespace deepplan::gui
