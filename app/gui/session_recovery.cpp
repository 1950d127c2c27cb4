#include "session_recovery.h"

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include "catalog_store.h"
#include "commands/load_scenario_command.h"
#include "deepplan/json_text.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/safe_file.hpp"
#include "main_window.h"
#include "models/compare_model.h"
#include "plan_snapshot.h"
#include "scenario_document.h"
#include "settings.h"

namespace deepplan::gui {

namespace {

constexpr int kDefaultDelayMs = 3000;
constexpr int kAutosaveVersion = 1;

std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(QFile::encodeName(path).toStdString()); }

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error != nullptr) *error = file.errorString();
        return false;
    }
    return true;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0 || pid > 0x7fffffff) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

Autosave::Autosave(MainWindow* window, QString dir, QObject* parent)
    : QObject(parent), window_(window), dir_(std::move(dir))
{
    timer_.setSingleShot(true);
    timer_.setInterval(kDefaultDelayMs);
    connect(&timer_, &QTimer::timeout, this, [this] { saveNow(); });
    connect(window_->document(), &ScenarioDocument::changed, this, &Autosave::scheduleSave);
    auto* compare = window_->compareModel();
    connect(compare, &QAbstractItemModel::columnsInserted, this, &Autosave::scheduleSave);
    connect(compare, &QAbstractItemModel::columnsRemoved, this, &Autosave::scheduleSave);
    connect(compare, &QAbstractItemModel::modelReset, this, &Autosave::scheduleSave);
}

Autosave::~Autosave() = default;

QString Autosave::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/session");
}

QString Autosave::autosavePath() const { return dir_ + QStringLiteral("/autosave.deepplan.json"); }

QString Autosave::markerPath() const { return dir_ + QStringLiteral("/running"); }

void Autosave::scheduleSave()
{
    if (started_) timer_.start();
}

void Autosave::start()
{
    QDir().mkpath(dir_);
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (!writeAtomically(markerPath(), pid, &lastError_)) {
        lastError_ = tr("The session marker %1 could not be written: %2").arg(markerPath(), lastError_);
    }
    started_ = true;
}

bool Autosave::saveNow()
{
    timer_.stop();
    nlohmann::json pinned = nlohmann::json::array();
    const CompareModel* compare = window_->compareModel();
    for (int c = 0; c < compare->pinnedCount(); ++c) {
        if (const auto* p = compare->pinnedFromIndex(compare->index(0, c))) pinned.push_back(to_json(p->scenario));
    }
    const ScenarioDocument* doc = window_->document();
    const nlohmann::json state = {{"autosave_version", kAutosaveVersion},
                                  {"scenario", to_json(doc->scenario())},
                                  {"file", doc->filePath().toStdString()},
                                  {"modified", doc->isModified()},
                                  {"pinned", pinned}};
    const std::string text = state.dump(2) + "\n";
    QDir().mkpath(dir_);
    QString why;
    if (!writeAtomically(autosavePath(), QByteArray::fromStdString(text), &why)) {
        lastError_ = tr("The autosave %1 could not be written: %2").arg(autosavePath(), why);
        return false;
    }
    emit saved();
    return true;
}

void Autosave::finishCleanly()
{
    timer_.stop();
    if (keep_) return;
    QFile::remove(autosavePath());
    QFile::remove(markerPath());
}

void Autosave::keepForNextStart()
{
    saveNow();
    keep_ = true;
}

std::optional<Autosave::Saved> Autosave::read(const QString& path)
{
    auto doc = read_json_file(fsPath(path), kMaxPlanFileBytes);
    if (!doc.ok() || !doc.value().is_object()) return std::nullopt;
    const nlohmann::json& j = doc.value();
    if (!j.contains("scenario")) return std::nullopt;
    auto scenario = scenario_from_json(j.at("scenario"), "scenario");
    if (!scenario.ok()) return std::nullopt;
    Saved s;
    s.scenario = scenario.value();
    if (j.contains("file") && j.at("file").is_string()) s.filePath = QString::fromStdString(j.at("file").get<std::string>());
    if (j.contains("modified") && j.at("modified").is_boolean()) s.modified = j.at("modified").get<bool>();
    if (j.contains("pinned") && j.at("pinned").is_array()) {
        for (const auto& p : j.at("pinned")) {
            auto pinned = scenario_from_json(p, "pinned");
            if (pinned.ok()) s.pinned.push_back(pinned.value());
        }
    }
    return s;
}

std::optional<Autosave::Saved> Autosave::leftByUncleanExit() const
{
    QFile marker(markerPath());
    if (!marker.exists()) return std::nullopt;
    auto text = read_text_file(fsPath(markerPath()), 64);
    const qint64 pid = text.ok() ? QByteArray::fromStdString(text.value()).trimmed().toLongLong() : 0;
    // Another DeepPlan that is running right now owns the marker.
    if (pid != QCoreApplication::applicationPid() && processAlive(pid)) return std::nullopt;
    auto saved = read(autosavePath());
    if (!saved || (!saved->modified && saved->pinned.empty())) return std::nullopt;
    return saved;
}

QMessageBox* Autosave::offerRestore(const Saved& saved)
{
    const QString when = QFileInfo(autosavePath()).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = tr("DeepPlan did not close normally last time. Restore the work autosaved at %1?").arg(when);
    if (saved.modified) text += QLatin1Char('\n') + tr("• the scenario with its unsaved changes");
    if (!saved.pinned.empty()) {
        text += QLatin1Char('\n') + tr("• %n pinned comparison(s)", nullptr, static_cast<int>(saved.pinned.size()));
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved work?"), text,
                                QMessageBox::Yes | QMessageBox::No, window_);
    box->setObjectName(QStringLiteral("restoreDialog"));
    box->button(QMessageBox::Yes)->setText(tr("Restore"));
    box->button(QMessageBox::No)->setText(tr("Discard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, saved](int result) {
        if (result == QMessageBox::Yes) {
            restore(saved);
        } else {
            QFile::remove(autosavePath());
        }
    });
    box->open();
    return box;
}

void Autosave::restore(const Saved& saved)
{
    ScenarioDocument* doc = window_->document();
    if (!saved.modified && !saved.filePath.isEmpty()) {
        doc->reset(saved.scenario, saved.filePath);
    } else {
        doc->push(new LoadScenarioCommand(doc, saved.scenario, tr("Restore autosaved scenario")));
    }
    const Catalog& catalog = window_->catalogStore()->catalog();
    for (const auto& s : saved.pinned) {
        auto planned = plan(s, catalog);
        if (!planned.ok()) continue;  // the catalog changed since; the column cannot be computed
        PlanSnapshot snap;
        snap.scenario = s;
        snap.plan = planned.value();
        window_->compareModel()->pin(snap, catalog);
    }
}

// ---- termination signals ----------------------------------------------------

namespace {

int g_signalFds[2] = {-1, -1};

extern "C" void onTerminationSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
    errno = saved;
}

const int kWatchedSignals[] = {SIGTERM, SIGINT, SIGHUP};

}  // namespace

TerminationWatcher::TerminationWatcher(QObject* parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0) return;
    notifier_ = new QSocketNotifier(static_cast<qintptr>(g_signalFds[1]), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_signalFds[1], &byte, 1) == 1) emit terminationRequested(static_cast<int>(byte));
    });
    struct sigaction action {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : kWatchedSignals) ::sigaction(s, &action, nullptr);
}

TerminationWatcher::~TerminationWatcher()
{
    for (int s : kWatchedSignals) std::signal(s, SIG_DFL);
    delete notifier_;
    for (int& fd : g_signalFds) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
}

void saveOnTermination(MainWindow* window, Autosave* autosave)
{
    window->saveSession();
    if (window->document()->isModified()) {
        autosave->keepForNextStart();
    } else {
        autosave->finishCleanly();
    }
}

// ---- corrupt settings ---------------------------------------------------------

namespace {

QString backupName(const QString& file)
{
    return file + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".bak");
}

// Why a stored last scenario cannot be used, or empty.
QString lastScenarioProblem(const QSettings& settings)
{
    const QString key = QStringLiteral("session/lastScenario");
    if (!settings.contains(key)) return {};
    const QVariant v = settings.value(key);
    if (v.typeId() != QMetaType::QString) return QCoreApplication::translate("Settings", "the last scenario is not text");
    const QString text = v.toString();
    if (text.isEmpty()) return {};
    if (static_cast<std::size_t>(text.size()) > kMaxPlanFileBytes) {
        return QCoreApplication::translate("Settings", "the last scenario is too large");
    }
    auto doc = parse_json_text(text.toStdString(), "session/lastScenario");
    if (!doc.ok()) return QString::fromStdString(doc.error().describe());
    auto scenario = scenario_from_json(doc.value());
    if (!scenario.ok()) return QString::fromStdString(scenario.error().describe());
    return {};
}

}  // namespace

QString recoverCorruptSettings()
{
    QString problem;
    QString file;
    {
        QSettings settings;
        file = settings.fileName();
        if (settings.status() == QSettings::FormatError) {
            problem = QCoreApplication::translate("Settings", "the file cannot be parsed");
        } else if (settings.status() == QSettings::AccessError) {
            problem = QCoreApplication::translate("Settings", "the file cannot be read");
        } else {
            problem = lastScenarioProblem(settings);
        }
    }
    if (problem.isEmpty()) return {};
    const QString backup = backupName(file);
    const bool moved = QFileInfo::exists(file) && QFile::rename(file, backup);
    QSettings settings;
    settings.sync();  // forget what was cached from the moved file
    if (!moved) settings.clear();
    if (!moved) {
        return QCoreApplication::translate("Settings",
                                           "The stored settings could not be loaded (%1) and could not be moved aside; "
                                           "DeepPlan starts with its defaults.")
            .arg(problem);
    }
    return QCoreApplication::translate("Settings",
                                       "The stored settings could not be loaded (%1). They were moved to %2 and "
                                       "DeepPlan starts with its defaults.")
        .arg(problem, backup);
}

}  // namespace deepplan::gui
