#pragma once
// Preferences: the economics new scenarios start with.

#include <QDialog>

namespace deepplan::gui {

class EconomicsForm;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    [[nodiscard]] EconomicsForm* economicsForm() const { return form_; }
    /// Stores the form's economics as the defaults (what OK does).
    void save();

private:
    EconomicsForm* form_ = nullptr;
};

}  // namespace deepplan::gui
