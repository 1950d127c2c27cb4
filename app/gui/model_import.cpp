#include "model_import.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "catalog_store.h"
#include "deepplan/model_import.hpp"
#include "user_catalog.h"

namespace deepplan::gui {

namespace {

QString readSmall(const QString& path, QString* error)
{
    QFileInfo info(path);
    if (!info.isFile()) {
        *error = ModelImporter::tr("%1 is not a regular file.").arg(path);
        return {};
    }
    if (info.size() > (4 << 20)) {
        *error = ModelImporter::tr("%1 is too large for a config.json.").arg(path);
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ModelImporter::tr("%1 could not be read: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

}  // namespace

std::optional<ModelImporter::Imported> ModelImporter::importFile(const QString& path, CatalogStore* store, QString* error)
{
    const QFileInfo info(path);
    Result<ImportedModel> result = Error{"", ""};
    if (info.suffix().compare(QStringLiteral("gguf"), Qt::CaseInsensitive) == 0) {
        auto header = read_gguf_file(info.absoluteFilePath().toStdString());
        if (!header) {
            *error = QString::fromStdString(header.error().describe());
            return std::nullopt;
        }
        std::string base = info.completeBaseName().toStdString();
        const auto it = header.value().metadata.find("general.name");
        if (it != header.value().metadata.end() && it->second.is_string() && !it->second.get<std::string>().empty()) {
            base = it->second.get<std::string>();
        }
        const std::string id = catalog_id_from(base);
        result = import_gguf(header.value(), id, id + "-gguf");
    } else {
        QString readError;
        const QString text = readSmall(path, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return std::nullopt;
        }
        std::optional<double> total;
        const QString index = info.absoluteDir().filePath(QStringLiteral("model.safetensors.index.json"));
        if (QFileInfo(index).isFile()) {
            QString ignored;
            const auto j = nlohmann::json::parse(readSmall(index, &ignored).toStdString(), nullptr, false);
            if (j.is_object() && j.contains("metadata") && j["metadata"].is_object() && j["metadata"].contains("total_size") &&
                j["metadata"]["total_size"].is_number()) {
                total = j["metadata"]["total_size"].get<double>();
            }
        }
        const auto cfg = nlohmann::json::parse(text.toStdString(), nullptr, false);
        std::string base = info.absoluteDir().dirName().toStdString();
        if (cfg.is_object() && cfg.contains("_name_or_path") && cfg["_name_or_path"].is_string()) {
            base = QFileInfo(QString::fromStdString(cfg["_name_or_path"].get<std::string>())).fileName().toStdString();
        }
        result = import_hf_config(text.toStdString(), catalog_id_from(base), total);
    }
    if (!result) {
        *error = QString::fromStdString(result.error().describe());
        return std::nullopt;
    }
    ImportedModel m = result.value();
    const Catalog& current = store->catalog();
    if (current.model(m.arch.id) && current.overridden.end() == std::find(current.overridden.begin(), current.overridden.end(), "models/" + m.arch.id)) {
        // A built-in id: keep the built-in entry, import under a new id.
        m.arch.id += "-imported";
        if (m.format) {
            m.format->id = m.arch.id + (m.format->family == "gguf" ? "-gguf" : "-" + m.format->id.substr(m.format->id.rfind('-') + 1));
            m.format->models = {m.arch.id};
            for (auto& p : m.format->published) p.model = m.arch.id;
        }
    }
    if (auto err = UserCatalog::addEntry(store->userDir(), current, "models", model_to_json(m.arch))) {
        *error = *err;
        return std::nullopt;
    }
    if (m.format) {
        Catalog withModel = current;
        if (auto e = merge_catalog_json(withModel, "models",
                                        nlohmann::json{{"kind", "models"}, {"entries", nlohmann::json::array({model_to_json(m.arch)})}}, true)) {
            *error = QString::fromStdString(e->describe());
            return std::nullopt;
        }
        if (auto err = UserCatalog::addEntry(store->userDir(), withModel, "formats", format_to_json(*m.format))) {
            *error = *err;
            return std::nullopt;
        }
    }
    if (!store->reload()) {
        *error = store->lastError();
        return std::nullopt;
    }
    Imported out;
    out.model = QString::fromStdString(m.arch.id);
    out.variant = m.format ? QString::fromStdString(m.format->id) : QString();
    QStringList notes;
    for (const auto& n : m.notes) notes << QString::fromStdString(n);
    out.summary = tr("Imported %1 (%2 B parameters)%3")
                      .arg(out.model)
                      .arg(m.params / 1e9, 0, 'f', 2)
                      .arg(notes.isEmpty() ? QString() : QStringLiteral("; ") + notes.join(QStringLiteral("; ")));
    return out;
}

bool ModelImporter::adoptDefinitions(const nlohmann::json& definitions, CatalogStore* store, QString* error)
{
    for (const char* kind : {"models", "formats", "devices", "links", "systems"}) {
        if (!definitions.contains(kind) || !definitions.at(kind).is_array()) continue;
        for (const auto& entry : definitions.at(kind)) {
            if (auto err = UserCatalog::addEntry(store->userDir(), store->catalog(), kind, entry)) {
                *error = *err;
                return false;
            }
        }
        if (!store->reload()) {
            *error = store->lastError();
            return false;
        }
    }
    return true;
}

}  // namespace deepplan::gui
