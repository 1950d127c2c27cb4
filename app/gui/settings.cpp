#include "settings.h"

namespace deepplan::gui {

Settings::Entry Settings::entry(Key key)
{
    switch (key) {
    case Key::WindowGeometry: return {"window/geometry", QByteArray()};
    case Key::WindowState: return {"window/state", QByteArray()};
    case Key::SplitterState: return {"window/splitter", QByteArray()};
    case Key::LastScenario: return {"session/lastScenario", QString()};
    case Key::RestoreLastScenario: return {"preferences/restoreLastScenario", true};
    case Key::RecentFiles: return {"session/recentFiles", QStringList()};
    case Key::MaxRecentFiles: return {"preferences/maxRecentFiles", 8};
    case Key::LastDirectory: return {"session/lastDirectory", QString()};
    }
    return {"", QVariant()};
}

QVariant Settings::value(Key key)
{
    const Entry e = entry(key);
    return QSettings().value(QString::fromLatin1(e.name), e.fallback);
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(QString::fromLatin1(entry(key).name), value);
}

QStringList Settings::recentFiles() { return value(Key::RecentFiles).toStringList(); }

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    const int max = std::max(1, value(Key::MaxRecentFiles).toInt());
    while (files.size() > max) files.removeLast();
    setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    setValue(Key::RecentFiles, files);
}

}  // namespace deepplan::gui
