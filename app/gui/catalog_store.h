#pragma once
// The catalog the GUI plans with: the built-in catalog plus the per-user
// directory, reloaded when the user adds hardware.

#include <filesystem>
#include <memory>

#include <QObject>
#include <QString>

#include "deepplan/catalog.hpp"

namespace deepplan::gui {

/// Owns the loaded Catalog. A broken user directory is reported and ignored
/// (the built-in catalog stays usable); a broken built-in one leaves the
/// store empty and `isValid()` false.
class CatalogStore : public QObject {
    Q_OBJECT
public:
    /// `builtinDir` holds models.json, formats.json...; `userDir` may not exist.
    CatalogStore(std::filesystem::path builtinDir, QString userDir, QObject* parent = nullptr);

    /// `QStandardPaths::AppDataLocation` + "/catalog".
    [[nodiscard]] static QString defaultUserDir();
    /// `default_resource_dir(applicationDirPath) / "catalog"`.
    [[nodiscard]] static std::filesystem::path defaultBuiltinDir();

    [[nodiscard]] const Catalog& catalog() const { return *catalog_; }
    [[nodiscard]] bool isValid() const { return valid_; }
    [[nodiscard]] QString userDir() const { return userDir_; }
    /// The last load problem, empty when everything loaded.
    [[nodiscard]] QString lastError() const { return lastError_; }

    /// Reads both directories again; emits catalogChanged(). Returns false
    /// when something failed (see lastError()).
    bool reload();

signals:
    void catalogChanged();

private:
    std::filesystem::path builtinDir_;
    QString userDir_;
    std::shared_ptr<const Catalog> catalog_;
    bool valid_ = false;
    QString lastError_;
};

}  // namespace deepplan::gui
