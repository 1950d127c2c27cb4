#include "dialogs/preferences_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "economics_defaults.h"
#include "widgets/economics_form.h"

namespace deepplan::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Economics of new scenarios"), this);
    auto* boxLayout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("File → New starts with these; each scenario keeps its own in the Cost tab."), box);
    note->setWordWrap(true);
    boxLayout->addWidget(note);
    form_ = new EconomicsForm(box);
    form_->setEconomics(EconomicsDefaults::load());
    boxLayout->addWidget(form_);
    layout->addWidget(box);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Back to the built-in economics."));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { form_->setEconomics(Economics{}); });
    layout->addWidget(buttons);
}

void PreferencesDialog::save() { EconomicsDefaults::save(form_->economics()); }

}  // namespace deepplan::gui
