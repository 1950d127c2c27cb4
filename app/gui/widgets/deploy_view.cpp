#include "widgets/deploy_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

#include "catalog_store.h"
#include "plan_controller.h"

namespace deepplan::gui {

DeployView::DeployView(PlanController* controller, CatalogStore* catalog, QWidget* parent)
    : QWidget(parent), controller_(controller), catalog_(catalog)
{
    setObjectName(QStringLiteral("deployView"));
    format_ = new QComboBox;
    format_->setObjectName(QStringLiteral("deployFormat"));
    format_->addItem(tr("Shell scripts"), QStringLiteral("sh"));
    format_->addItem(tr("docker compose"), QStringLiteral("compose"));
    format_->addItem(tr("Kubernetes"), QStringLiteral("k8s"));
    hosts_ = new QLineEdit;
    hosts_->setObjectName(QStringLiteral("deployHosts"));
    hosts_->setPlaceholderText(tr("machine addresses, comma-separated (default NODE0_ADDR, …)"));
    saveAs_ = new QPushButton(tr("Save as…"));
    saveAs_->setObjectName(QStringLiteral("deploySaveAs"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Format:")));
    top->addWidget(format_);
    top->addWidget(new QLabel(tr("Hosts:")));
    top->addWidget(hosts_, 1);
    top->addWidget(saveAs_);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("deployFiles"));
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("deployStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);

    connect(controller_, &PlanController::planChanged, this, &DeployView::refresh);
    connect(format_, &QComboBox::currentIndexChanged, this, &DeployView::refresh);
    connect(hosts_, &QLineEdit::textChanged, this, &DeployView::refresh);
    connect(saveAs_, &QPushButton::clicked, this, &DeployView::saveAs);
    refresh();
}

void DeployView::refresh()
{
    files_.clear();
    const int keep = tabs_->currentIndex();
    while (tabs_->count() > 0) {
        QWidget* w = tabs_->widget(0);
        tabs_->removeTab(0);
        delete w;  // now, so that no stale page (same object names) outlives the refresh
    }
    const auto snap = controller_->current();
    if (!snap || !snap->plan) {
        status_->setText(snap ? tr("No plan: %1").arg(QString::fromStdString(snap->error.describe())) : tr("No plan yet."));
        saveAs_->setEnabled(false);
        return;
    }
    DeployOptions options;
    options.format = deploy_format_from_string(format_->currentData().toString().toStdString()).value_or(DeployFormat::Shell);
    const QString hosts = hosts_->text().trimmed();
    if (!hosts.isEmpty()) {
        for (const QString& h : hosts.split(QLatin1Char(','))) options.hosts.push_back(h.trimmed().toStdString());
    }
    auto d = make_deployment(snap->scenario, *snap->plan, catalog_->catalog(), options);
    if (!d) {
        status_->setText(tr("Nothing to deploy: %1").arg(QString::fromStdString(d.error().describe())));
        saveAs_->setEnabled(false);
        return;
    }
    files_ = d.value().files;
    QStringList lines;
    lines << tr("%1 %2, flags checked against release %3; weights: %4")
                 .arg(QString::fromStdString(d.value().engine))
                 .arg(d.value().machines == 1 ? tr("on 1 machine") : tr("on %1 machines").arg(d.value().machines))
                 .arg(QString::fromStdString(d.value().release.release))
                 .arg(d.value().repo.empty() ? tr("no repository in the catalog") : QString::fromStdString(d.value().repo));
    for (const auto& n : d.value().notes) lines << QString::fromStdString(n);
    status_->setText(lines.join(QLatin1Char('\n')));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto& f : files_) {
        const QString name = QString::fromStdString(f.name);
        auto* page = new QWidget;
        auto* text = new QPlainTextEdit(QString::fromStdString(f.content));
        text->setObjectName(QStringLiteral("deployText_") + name);
        text->setReadOnly(true);
        text->setFont(mono);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto* copy = new QPushButton(tr("Copy"));
        copy->setObjectName(QStringLiteral("deployCopy_") + name);
        const QString content = text->toPlainText();
        connect(copy, &QPushButton::clicked, this, [content] { QApplication::clipboard()->setText(content); });
        auto* pl = new QVBoxLayout(page);
        pl->addWidget(text, 1);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(copy);
        pl->addLayout(row);
        QString title = name;
        if (f.machine >= 0) title = tr("Machine %1: %2").arg(f.machine).arg(name);
        tabs_->addTab(page, title);
    }
    if (keep >= 0 && keep < tabs_->count()) tabs_->setCurrentIndex(keep);
    saveAs_->setEnabled(!files_.empty());
}

std::optional<QString> DeployView::saveTo(const QString& dir) const
{
    if (!QDir().mkpath(dir)) return tr("The folder %1 could not be created.").arg(dir);
    for (const auto& f : files_) {
        const QString path = QDir(dir).filePath(QString::fromStdString(f.name));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) return tr("%1 could not be written: %2").arg(path, out.errorString());
        out.write(f.content.data(), static_cast<qint64>(f.content.size()));
        if (!out.commit()) return tr("%1 could not be written: %2").arg(path, out.errorString());
        if (f.executable) {
            QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        }
    }
    return std::nullopt;
}

void DeployView::saveAs()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save launch files into"));
    if (dir.isEmpty()) return;
    if (auto err = saveTo(dir)) status_->setText(*err);
    else status_->setText(tr("Saved %n file(s) to %1.", nullptr, static_cast<int>(files_.size())).arg(dir));
}

}  // namespace deepplan::gui
