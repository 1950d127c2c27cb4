#pragma once
// File ▸ Import model…: a Hugging Face config.json or a GGUF file becomes a
// model (and variant) in the user catalog, which is reloaded at once.

#include <optional>

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

namespace deepplan::gui {

class CatalogStore;

class ModelImporter {
    Q_DECLARE_TR_FUNCTIONS(ModelImporter)
public:
    struct Imported {
        QString model;    ///< catalog id of the model
        QString variant;  ///< catalog id of its variant
        QString summary;  ///< one line for the status bar, with the checks
    };
    /// Imports `path` (config.json or *.gguf, by its name) into the store's
    /// user catalog and reloads the store. `error` gets the reason on failure.
    [[nodiscard]] static std::optional<Imported> importFile(const QString& path, CatalogStore* store, QString* error);
    /// Adds a plan file's embedded catalog entries (kind -> entries) to the
    /// store's user catalog, dependencies first, and reloads it.
    [[nodiscard]] static bool adoptDefinitions(const nlohmann::json& definitions, CatalogStore* store, QString* error);
};

}  // namespace deepplan::gui
