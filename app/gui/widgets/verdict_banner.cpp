#include "widgets/verdict_banner.h"
#include "core_text.h"

#include <QLabel>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>

#include "figure_format.h"
#include "widgets/elided_label.h"

namespace deepplan::gui {

namespace {

QString bullets(const std::vector<std::string>& lines)
{
    QStringList items;
    for (const auto& l : lines) items << QStringLiteral("• ") + CoreText::translate(l);
    return items.join(QLatin1Char('\n'));
}

}  // namespace

VerdictBanner::VerdictBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setToolTip(tr("Whether the model, with its KV cache and runtime overheads, fits in the pool's usable memory."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);

    // The verdict itself stays in view: at most two lines, never scrolled;
    // only the lines below it (reasons, smallest pool, warnings) scroll when
    // there are many of them.
    auto* title = new ElidedLabel(this);
    title->setMaximumLines(2);
    title_ = title;
    title_->setObjectName(QStringLiteral("verdictTitle"));
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setBold(true);
    title_->setFont(f);
    layout->addWidget(title_);

    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("verdictScroll"));
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    scroll_->viewport()->setAutoFillBackground(false);
    auto* body = new QWidget(scroll_);
    body->setObjectName(QStringLiteral("verdictBody"));
    body->setAutoFillBackground(false);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(4);
    scroll_->setWidget(body);
    layout->addWidget(scroll_, 1);

    details_ = new QLabel(this);
    details_->setObjectName(QStringLiteral("verdictDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(details_);

    minimum_ = new QLabel(this);
    minimum_->setObjectName(QStringLiteral("verdictMinimum"));
    minimum_->setWordWrap(true);
    minimum_->setToolTip(tr("The fewest machines of the first group's system on which this scenario fits (searched up to 64)."));
    bodyLayout->addWidget(minimum_);

    warnings_ = new QLabel(this);
    warnings_->setObjectName(QStringLiteral("verdictWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(warnings_);
    bodyLayout->addStretch(1);
    applyColors();
}

void VerdictBanner::setSnapshot(const PlanSnapshot& snap, const Catalog& catalog)
{
    const Scenario& s = snap.scenario;
    if (!snap.plan) {
        state_ = State::Error;
        title_->setText(tr("Cannot plan this scenario"));
        details_->setText(QString::fromStdString(snap.error.describe()));
        minimum_->clear();
        warnings_->clear();
    } else {
        const Plan& p = *snap.plan;
        state_ = p.fits ? State::Fits : State::DoesNotFit;
        const QString pool = FigureFormat::pool(s.pool, catalog);
        title_->setText(p.fits    ? tr("Fits on %1").arg(pool)
                        : p.tight ? tr("Does not fit — tight, %2 GB short — on %1").arg(pool, FigureFormat::number(p.short_gb))
                                  : tr("Does not fit on %1").arg(pool));
        // "… with no engine" reads wrong in German ("mit keine Engine"): its own sentence.
        QString details = p.engine.empty()
                              ? tr("%1: no engine runs it here").arg(FigureFormat::modelAndVariant(s, catalog))
                              : tr("%1 with %2").arg(FigureFormat::modelAndVariant(s, catalog), FigureFormat::engine(s, p, catalog));
        if (!p.layout.mode.empty()) details += tr(", %1").arg(CoreText::translate(p.layout.mode));
        if (!p.reasons.empty()) details += QLatin1Char('\n') + bullets(p.reasons);
        details_->setText(details);

        const std::string first = s.pool.groups.empty() ? std::string() : s.pool.groups.front().system;
        const System* sys = catalog.system(first);
        const QString sysName = sys != nullptr ? QString::fromStdString(sys->name) : QString::fromStdString(first);
        if (p.min_nodes) {
            minimum_->setText(tr("Smallest pool of this system that fits: %1 × %2").arg(*p.min_nodes).arg(sysName));
        } else {
            minimum_->setText(tr("No pool of up to 64 × %1 fits.").arg(sysName));
        }
        warnings_->setText(bullets(p.warnings));
    }
    warnings_->setVisible(!warnings_->text().isEmpty());
    minimum_->setVisible(!minimum_->text().isEmpty());
    applyColors();
}

void VerdictBanner::applyColors()
{
    // Re-styling costs a polish of every child: only when the state changes.
    if (styled_ && styledState_ == state_) return;
    styled_ = true;
    styledState_ = state_;
    QString background;
    QString border;
    QString text;
    switch (state_) {
    case State::Fits:
        background = QStringLiteral("#e3f4e8");
        border = QStringLiteral("#2e9e5b");
        text = QStringLiteral("#145a32");
        break;
    case State::DoesNotFit:
        background = QStringLiteral("#fbe4e4");
        border = QStringLiteral("#c62828");
        text = QStringLiteral("#7f1d1d");
        break;
    case State::Error:
        background = QStringLiteral("#fff3d6");
        border = QStringLiteral("#d48b00");
        text = QStringLiteral("#6b4500");
        break;
    }
    setStyleSheet(QStringLiteral("#verdictBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                 "#verdictBanner QLabel { color: %3; background: transparent; }"
                                 "#verdictBanner QScrollArea, #verdictBanner #verdictBody { background: transparent; }"
                                 "#verdictBanner #verdictWarnings { color: #8a5a00; }")
                      .arg(background, border, text));
    setProperty("verdict", state_ == State::Fits ? QStringLiteral("fits")
                           : state_ == State::DoesNotFit ? QStringLiteral("does-not-fit")
                                                         : QStringLiteral("error"));
}

}  // namespace deepplan::gui
