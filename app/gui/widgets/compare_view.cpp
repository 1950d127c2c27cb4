#include "widgets/compare_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/compare_model.h"

namespace deepplan::gui {

CompareView::CompareView(CompareModel* model, QWidget* parent) : QWidget(parent), model_(model)
{
    setObjectName(QStringLiteral("compareView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* pin = new QToolButton(this);
    pin->setObjectName(QStringLiteral("pinButton"));
    pin->setText(tr("Pin current"));
    pin->setToolTip(tr("Keep the current scenario and its figures as a column here."));
    unpin_ = new QToolButton(this);
    unpin_->setObjectName(QStringLiteral("unpinButton"));
    unpin_->setText(tr("Unpin"));
    unpin_->setToolTip(tr("Remove the selected column."));
    restore_ = new QToolButton(this);
    restore_->setObjectName(QStringLiteral("restoreButton"));
    restore_->setText(tr("Edit this one"));
    restore_->setToolTip(tr("Load the selected pinned scenario into the editor (undoable)."));
    auto* hint = new QLabel(tr("Highlighted rows differ between the pinned scenarios."), this);
    hint->setWordWrap(true);
    bar->addWidget(pin);
    bar->addWidget(unpin_);
    bar->addWidget(restore_);
    bar->addWidget(hint, 1);
    layout->addLayout(bar);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("compareTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectColumns);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->setWordWrap(true);
    layout->addWidget(table_, 1);

    connect(pin, &QToolButton::clicked, this, &CompareView::pinRequested);
    connect(unpin_, &QToolButton::clicked, this, &CompareView::unpinRequested);
    connect(restore_, &QToolButton::clicked, this, &CompareView::restoreRequested);
    connect(model_, &QAbstractItemModel::columnsInserted, this, &CompareView::updateButtons);
    connect(model_, &QAbstractItemModel::columnsRemoved, this, &CompareView::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &CompareView::updateButtons);
    updateButtons();
}

int CompareView::selectedColumn() const
{
    const QModelIndex i = table_->currentIndex();
    if (i.isValid()) return i.column();
    return model_->pinnedCount() - 1;
}

void CompareView::updateButtons()
{
    unpin_->setEnabled(model_->pinnedCount() > 0);
    restore_->setEnabled(model_->pinnedCount() > 0);
}

}  // namespace deepplan::gui
