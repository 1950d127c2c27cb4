#include "widgets/pool_editor.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "commands/add_pool_group_command.h"
#include "commands/remove_pool_group_command.h"
#include "models/pool_table_model.h"
#include "scenario_document.h"
#include "widgets/catalog_item_delegate.h"

namespace deepplan::gui {

namespace {

QToolButton* button(const QString& text, const QString& tip, const QString& name, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

}  // namespace

PoolEditor::PoolEditor(ScenarioDocument* document, CatalogStore* catalog, QMenu* presets, QWidget* parent)
    : QWidget(parent), document_(document), catalog_(catalog)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    model_ = new PoolTableModel(document_, catalog_, this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("poolTable"));
    table_->setModel(model_);
    table_->setItemDelegate(new CatalogItemDelegate(table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The machine's name gets the room there is (fitSystemColumn); the last column fills.
    table_->horizontalHeader()->setSectionResizeMode(PoolTableModel::System, QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setToolTip(tr("Groups of identical machines. Double-click a cell to change it."));
    // A few rows at least; more when there is room.
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() + 2 * table_->verticalHeader()->defaultSectionSize());
    // The machine's name gets the width: the short columns are sized to
    // their usual content (the link and accelerator ids), not to the longest.
    for (int column : {static_cast<int>(PoolTableModel::Accelerator), static_cast<int>(PoolTableModel::Link)}) {
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        const int usual = table_->fontMetrics().horizontalAdvance(QStringLiteral("ib-ndr400")) + 16;
        table_->horizontalHeader()->resizeSection(column, std::max(usual, table_->horizontalHeader()->sectionSizeHint(column)));
        if (column == PoolTableModel::Link) linkWidth_ = table_->horizontalHeader()->sectionSize(column);
    }
    table_->viewport()->installEventFilter(this);
    table_->installEventFilter(this);
    // The count column sizes itself to its contents later (and anew with
    // every translation): the name follows.
    connect(table_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != PoolTableModel::System) fitSystemColumn();
    });
    layout->addWidget(table_, 1);

    spec_ = new QLabel(this);
    spec_->setObjectName(QStringLiteral("poolSpecLabel"));
    spec_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    spec_->setToolTip(tr("The pool as the command line writes it (deepplan-cli plan --pool)."));
    layout->addWidget(spec_);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("poolMessageLabel"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #9a3412;"));
    message_->hide();
    layout->addWidget(message_);
    connect(model_, &PoolTableModel::editRefused, this, [this](const QString& why) {
        message_->setText(why);
        message_->show();
    });

    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("Add"), tr("Add a group of machines to the pool."), QStringLiteral("addGroupButton"), this);
    remove_ = button(tr("Remove"), tr("Remove the selected group (a pool keeps at least one)."),
                     QStringLiteral("removeGroupButton"), this);
    auto* duplicate = button(tr("Duplicate"), tr("Add a copy of the selected group."),
                             QStringLiteral("duplicateGroupButton"), this);
    auto* presetButton = button(tr("Presets"), tr("Load one of the ready-made scenarios."),
                                QStringLiteral("presetsButton"), this);
    presetButton->setMenu(presets);
    presetButton->setPopupMode(QToolButton::InstantPopup);
    auto* custom = button(tr("Custom hardware…"), tr("Define your own device or machine; it is saved in your catalog."),
                          QStringLiteral("customHardwareButton"), this);
    // Two rows, so that a narrow column (1024×700, German) holds them all.
    buttons->addWidget(add);
    buttons->addWidget(remove_);
    buttons->addWidget(duplicate);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* more = new QHBoxLayout;
    more->addWidget(presetButton);
    more->addWidget(custom);
    more->addStretch(1);
    layout->addLayout(more);

    connect(add, &QToolButton::clicked, this, &PoolEditor::addGroup);
    connect(remove_, &QToolButton::clicked, this, &PoolEditor::removeGroup);
    connect(duplicate, &QToolButton::clicked, this, &PoolEditor::duplicateGroup);
    connect(custom, &QToolButton::clicked, this, &PoolEditor::customHardwareRequested);
    connect(document_, &ScenarioDocument::changed, this, &PoolEditor::refresh);
    connect(catalog_, &CatalogStore::catalogChanged, this, &PoolEditor::refresh);
    refresh();
}

int PoolEditor::currentRow() const
{
    const QModelIndex i = table_->currentIndex();
    const int rows = model_->rowCount();
    return i.isValid() && i.row() < rows ? i.row() : rows - 1;
}

void PoolEditor::addGroup()
{
    const auto& groups = document_->scenario().pool.groups;
    NodeGroup g;
    if (!groups.empty()) {
        g.system = groups.back().system;
        g.link = groups.back().link;
    } else if (!catalog_->catalog().systems.empty()) {
        g.system = catalog_->catalog().systems.begin()->first;
    }
    document_->push(new AddPoolGroupCommand(document_, static_cast<int>(groups.size()), g));
    table_->selectRow(model_->rowCount() - 1);
}

void PoolEditor::removeGroup()
{
    document_->push(new RemovePoolGroupCommand(document_, currentRow()));
}

void PoolEditor::duplicateGroup()
{
    const int row = currentRow();
    const NodeGroup* g = model_->groupFromIndex(model_->index(row, 0));
    if (g == nullptr) return;
    document_->push(new AddPoolGroupCommand(document_, row + 1, *g));
    table_->selectRow(row + 1);
}

bool PoolEditor::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == table_->viewport() || watched == table_) && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        fitSystemColumn();
        // Once more when the scroll bars and the header have settled.
        QTimer::singleShot(0, this, &PoolEditor::fitSystemColumn);
    }
    return QWidget::eventFilter(watched, event);
}

void PoolEditor::fitSystemColumn()
{
    QHeaderView* header = table_->horizontalHeader();
    const int system = PoolTableModel::System;
    // The widest name, with the cell's margins (as ResizeToContents would size it).
    const int margins = 2 * (table_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table_) + 1) + 8;
    int whole = header->sectionSizeHint(system);
    for (int row = 0; row < model_->rowCount(); ++row) {
        const QString name = model_->index(row, system).data(Qt::DisplayRole).toString();
        whole = std::max(whole, table_->fontMetrics().horizontalAdvance(name) + margins);
    }
    int others = 0;
    for (int c = 0; c < PoolTableModel::ColumnCount; ++c) {
        if (c == system) continue;
        others += c == PoolTableModel::Link ? linkWidth_ : header->sectionSize(c);
    }
    const int room = table_->viewport()->width();
    const int least = table_->fontMetrics().horizontalAdvance(QStringLiteral("Mac Studio…")) + 8;
    // Too narrow for all: the name fills the view beside the count, so the
    // next column starts at the view's edge instead of showing half its title.
    const int width = whole + others <= room ? whole : std::max(least, room - header->sectionSize(PoolTableModel::Count));
    if (header->sectionSize(system) != width) header->resizeSection(system, width);
}

void PoolEditor::refresh()
{
    message_->hide();
    remove_->setEnabled(model_->rowCount() > 1);
    spec_->setText(tr("Pool: %1").arg(QString::fromStdString(to_spec(document_->scenario().pool))));
    fitSystemColumn();
}

}  // namespace deepplan::gui
