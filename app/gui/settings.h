#pragma once
// Every persistent setting in one typed table of keys and defaults over
// QSettings. Tests point QSettings at their own location.

#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace deepplan::gui {

class Settings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        SplitterState,
        LastScenario,          ///< scenario JSON text of the last session
        RestoreLastScenario,   ///< preference: start with the last scenario
        RecentFiles,
        MaxRecentFiles,        ///< preference
        LastDirectory,
    };

    /// The value of `key`, or its default.
    [[nodiscard]] static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);

    [[nodiscard]] static QStringList recentFiles();
    /// Puts `path` first in the recent files list, trimmed to MaxRecentFiles.
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);

private:
    struct Entry {
        const char* name;
        QVariant fallback;
    };
    [[nodiscard]] static Entry entry(Key key);
};

}  // namespace deepplan::gui
