#include "models/pool_table_model.h"

#include <QColor>

#include "catalog_store.h"
#include "commands/set_pool_group_command.h"
#include "scenario_document.h"

namespace deepplan::gui {

PoolTableModel::PoolTableModel(ScenarioDocument* document, CatalogStore* catalog, QObject* parent)
    : QAbstractTableModel(parent), document_(document), catalog_(catalog),
      rows_(static_cast<int>(document->scenario().pool.groups.size()))
{
    connect(document_, &ScenarioDocument::changed, this, &PoolTableModel::documentChanged);
    connect(catalog_, &CatalogStore::catalogChanged, this, &PoolTableModel::documentChanged);
}

void PoolTableModel::documentChanged()
{
    const int rows = static_cast<int>(document_->scenario().pool.groups.size());
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
    } else if (rows_ > 0) {
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
    }
}

int PoolTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_; }

int PoolTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const NodeGroup* PoolTableModel::groupFromIndex(const QModelIndex& index) const
{
    const auto& groups = document_->scenario().pool.groups;
    if (!index.isValid() || index.row() < 0 || index.row() >= static_cast<int>(groups.size())) return nullptr;
    return &groups[static_cast<std::size_t>(index.row())];
}

QVariant PoolTableModel::data(const QModelIndex& index, int role) const
{
    const NodeGroup* g = groupFromIndex(index);
    if (g == nullptr) return {};
    const Catalog& c = catalog_->catalog();
    const deepplan::System* sys = c.system(g->system);

    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Count: return g->count;
        case System: return QString::fromStdString(g->system);
        case Accelerator: return QString::fromStdString(g->accelerator);
        case AcceleratorCount:
            return g->accelerator.empty() ? (sys != nullptr ? sys->accelerator_count : 0) : g->accelerator_count;
        case Link: return QString::fromStdString(g->link);
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const bool tip = role == Qt::ToolTipRole;
        switch (index.column()) {
        case Count: return tip ? headerData(Count, Qt::Horizontal, role) : QVariant(g->count);
        case System: {
            const QString name = sys != nullptr ? QString::fromStdString(sys->name) : QString::fromStdString(g->system);
            return tip ? tr("%1 (%2)").arg(name, QString::fromStdString(g->system)) : name;
        }
        case Accelerator: {
            const std::string id = g->accelerator.empty() && sys != nullptr ? sys->accelerator : g->accelerator;
            if (id.empty()) return tr("none");
            const Device* d = c.device(id);
            const QString name = d != nullptr ? QString::fromStdString(d->name) : QString::fromStdString(id);
            if (tip) return g->accelerator.empty() ? tr("The system's own: %1").arg(name) : name;
            return g->accelerator.empty() ? tr("built in") : name;
        }
        case AcceleratorCount:
            if (tip) return headerData(AcceleratorCount, Qt::Horizontal, role);
            return g->accelerator.empty() ? (sys != nullptr ? sys->accelerator_count : 0) : g->accelerator_count;
        case Link: {
            const std::string id = g->link.empty() && sys != nullptr ? sys->network_link : g->link;
            if (id.empty()) return tr("none");
            const deepplan::Link* l = c.link(id);
            const QString name = l != nullptr ? QString::fromStdString(l->name) : QString::fromStdString(id);
            if (tip) return g->link.empty() ? tr("Default: %1").arg(name) : name;
            return QString::fromStdString(id);
        }
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        const bool inherited = (index.column() == Accelerator || index.column() == AcceleratorCount)
                                   ? g->accelerator.empty()
                                   : index.column() == Link && g->link.empty();
        if (inherited) return QVariant::fromValue(QColor(Qt::darkGray));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Count || index.column() == AcceleratorCount)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Count: return tr("Machines");
        case System: return tr("System");
        case Accelerator: return tr("Accelerator");
        case AcceleratorCount: return tr("Per node");
        case Link: return tr("Link");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Count: return tr("How many machines of this system the group has.");
        case System: return tr("The machine: its accelerators, host CPU and RAM, and internal link.");
        case Accelerator: return tr("Replace the system's own accelerators by another device, or keep them (built in).");
        case AcceleratorCount: return tr("Accelerators in each machine of the group.");
        case Link: return tr("How the machines of this group are joined to the rest of the pool.");
        default: return {};
        }
    }
    return {};
}

Qt::ItemFlags PoolTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool PoolTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const NodeGroup* current = groupFromIndex(index);
    if (current == nullptr || role != Qt::EditRole) return false;
    NodeGroup g = *current;
    const Catalog& c = catalog_->catalog();
    switch (index.column()) {
    case Count:
        if (value.toInt() < 1) {
            emit editRefused(tr("A group needs at least one machine, so %1 was not taken and the count stays %2. "
                                "To drop the group, select it and press Remove.")
                                 .arg(value.toInt())
                                 .arg(current->count));
            return false;
        }
        g.count = value.toInt();
        break;
    case System:
        g.system = value.toString().toStdString();
        g.link.clear();  // the new system's own default link
        break;
    case Accelerator:
        g.accelerator = value.toString().toStdString();
        if (g.accelerator.empty()) {
            g.accelerator_count = -1;
        } else if (g.accelerator_count < 1) {
            const deepplan::System* sys = c.system(g.system);
            g.accelerator_count = sys != nullptr && sys->accelerator_count > 0 ? sys->accelerator_count : 1;
        }
        break;
    case AcceleratorCount: {
        const int n = value.toInt();
        if (n < 1) {
            emit editRefused(tr("A machine with an accelerator has at least one, so %1 was not taken. For a machine "
                                "without, choose “none” in the Accelerator column.")
                                 .arg(n));
            return false;
        }
        const deepplan::System* sys = c.system(g.system);
        if (g.accelerator.empty()) {
            // A different count of the system's own accelerator becomes an explicit override.
            if (sys == nullptr || sys->accelerator.empty() || n == sys->accelerator_count) return false;
            g.accelerator = sys->accelerator;
        }
        g.accelerator_count = n;
        break;
    }
    case Link: g.link = value.toString().toStdString(); break;
    default: return false;
    }
    return document_->push(new SetPoolGroupCommand(document_, index.row(), g));
}

std::vector<PoolTableModel::Choice> PoolTableModel::choices(int column) const
{
    const Catalog& c = catalog_->catalog();
    std::vector<Choice> out;
    switch (column) {
    case System:
        for (const auto& [id, s] : c.systems) out.push_back({QString::fromStdString(id), QString::fromStdString(s.name)});
        break;
    case Accelerator:
        out.push_back({QString(), tr("Built in")});
        for (const auto& [id, d] : c.devices) {
            if (d.device_class == DeviceClass::Cpu) continue;
            out.push_back({QString::fromStdString(id), QString::fromStdString(d.name)});
        }
        break;
    case Link:
        out.push_back({QString(), tr("Default")});
        for (const auto& [id, l] : c.links) {
            if (l.kind != LinkKind::Network) continue;
            out.push_back({QString::fromStdString(id), QString::fromStdString(l.name)});
        }
        break;
    default: break;
    }
    return out;
}

}  // namespace deepplan::gui
