#include "user_catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "deepplan/json_text.hpp"
#include "deepplan/safe_file.hpp"

namespace deepplan::gui {

std::optional<QString> UserCatalog::addDevice(const QString& dir, const Catalog& current, const Device& device)
{
    return addEntry(dir, current, "devices", device_to_json(device));
}

std::optional<QString> UserCatalog::addSystem(const QString& dir, const Catalog& current, const System& system)
{
    return addEntry(dir, current, "systems", system_to_json(system));
}

std::optional<QString> UserCatalog::addEntry(const QString& dir, const Catalog& current, const char* kind,
                                             const nlohmann::json& entry)
{
    const QString kindName = QString::fromLatin1(kind);
    const QString path = dir + QStringLiteral("/") + kindName + QStringLiteral(".json");

    nlohmann::json doc = {{"kind", kind}, {"entries", nlohmann::json::array()}};
    if (QFileInfo::exists(path)) {
        // Bounded, and a FIFO or device refused without blocking.
        auto read = read_json_file(std::filesystem::path(QFile::encodeName(path).toStdString()), kMaxCatalogFileBytes);
        if (!read.ok()) {
            return tr("%1 could not be read (%2); fix or remove it first.")
                .arg(path, QString::fromStdString(read.error().message));
        }
        doc = std::move(read).value();
        if (!doc.is_object() || !doc.contains("entries") || !doc["entries"].is_array()) {
            return tr("%1 is not a catalog file; fix or remove it first.").arg(path);
        }
    }

    auto& entries = doc["entries"];
    bool replaced = false;
    for (auto& e : entries) {
        if (e.is_object() && e.value("id", std::string()) == entry.at("id").get<std::string>()) {
            e = entry;
            replaced = true;
        }
    }
    if (!replaced) entries.push_back(entry);

    // The core decides whether the entry is valid, before anything is written.
    Catalog trial = current;
    if (auto err = merge_catalog_json(trial, kind, doc, true)) {
        return QString::fromStdString(err->describe());
    }
    if (auto err = check_references(trial)) return QString::fromStdString(err->describe());

    if (!QDir().mkpath(dir)) return tr("The folder %1 could not be created.").arg(dir);
    const std::string text = doc.dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("%1 could not be written: %2").arg(path, file.errorString());
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) return tr("%1 could not be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

}  // namespace deepplan::gui
