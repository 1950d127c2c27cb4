#include "catalog_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace deepplan::gui {

CatalogStore::CatalogStore(std::filesystem::path builtinDir, QString userDir, QObject* parent)
    : QObject(parent), builtinDir_(std::move(builtinDir)), userDir_(std::move(userDir)),
      catalog_(std::make_shared<Catalog>())
{
    reload();
}

QString CatalogStore::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog");
}

std::filesystem::path CatalogStore::defaultBuiltinDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return default_resource_dir(std::filesystem::path(appDir.toStdString())) / "catalog";
}

bool CatalogStore::reload()
{
    lastError_.clear();
    std::vector<std::filesystem::path> users;
    if (!userDir_.isEmpty() && QDir(userDir_).exists()) users.emplace_back(userDir_.toStdString());

    auto loaded = load_catalog(builtinDir_, users);
    if (!loaded.ok() && !users.empty()) {
        lastError_ = tr("Your own hardware in %1 could not be read and is ignored: %2")
                         .arg(userDir_, QString::fromStdString(loaded.error().describe()));
        loaded = load_catalog(builtinDir_, {});
    }
    if (loaded.ok()) {
        catalog_ = std::make_shared<Catalog>(std::move(loaded).value());
        valid_ = true;
    } else {
        lastError_ = tr("The built-in catalog in %1 could not be read: %2")
                         .arg(QString::fromStdString(builtinDir_.string()),
                              QString::fromStdString(loaded.error().describe()));
        catalog_ = std::make_shared<Catalog>();
        valid_ = false;
    }
    emit catalogChanged();
    return lastError_.isEmpty();
}

}  // namespace deepplan::gui
