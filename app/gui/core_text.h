#pragma once
// The core's user-visible English texts (verdict reasons, warnings, layout
// modes, assumption names and units, what a device holds) in the user's
// language. The core stays free of Qt and of languages: it writes plain
// English sentences with figures and names in them. Each sentence has a
// template here ("%1 of %2 layers run on the CPU …", QT_TRANSLATE_NOOP, so
// lupdate offers it to translators); a core text is matched against the
// templates, and the translated template is filled with the captured
// figures (localised) and names. tests/gui/tst_translation plans many
// scenarios and fails on any core text no template matches.

#include <string>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace deepplan::gui {

class CoreText {
    Q_DECLARE_TR_FUNCTIONS(CoreText)
public:
    /// The text in the current language; an unknown text is returned as it is.
    [[nodiscard]] static QString translate(const std::string& english);
    /// Whether a template matches the text.
    [[nodiscard]] static bool isKnown(const std::string& english);
    /// Every template, in English (for tests).
    [[nodiscard]] static QStringList templates();
    /// A unit as the core writes it, with the GUI's spelling ("us" → "µs").
    [[nodiscard]] static std::string normalise(const std::string& english);
};

}  // namespace deepplan::gui
