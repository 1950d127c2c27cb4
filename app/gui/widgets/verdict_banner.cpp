#include "widgets/verdict_banner.h"
#include "core_text.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QAbstractTextDocumentLayout>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
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

/// Where the lines of a word-wrapped label end, from its top, when it is
/// `width` wide and `height` tall: laid out as a QLabel lays out its text (a
/// text document without margin), each line as tall as its own glyphs need
/// (a Chinese line in a fallback font is taller than a Latin one).
QList<int> lineEnds(const QLabel* label, int width, int height)
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setPlainText(label->text());
    doc.setTextWidth(width);
    QList<qreal> ends;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) ends << top + layout->lineAt(i).y() + layout->lineAt(i).height();
    }
    QList<int> out;
    if (ends.isEmpty()) return {height};
    // The label's own height is the truth; the document's lines are scaled to it.
    const qreal scale = ends.last() > 0 ? height / ends.last() : 1.0;
    for (qreal end : ends) out << static_cast<int>(std::lround(end * scale));
    return out;
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
    // One line at least (not the scroll bar's own minimum, which would
    // squeeze the title on a short banner).
    scroll_->setMinimumHeight(fontMetrics().lineSpacing());
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
    minimum_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    minimum_->setToolTip(tr("The fewest machines of the first group's system on which this scenario fits (searched up to 64)."));
    bodyLayout->addWidget(minimum_);

    warnings_ = new QLabel(this);
    warnings_->setObjectName(QStringLiteral("verdictWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(warnings_);
    bodyLayout->addStretch(1);
    scroll_->viewport()->installEventFilter(this);
    applyColors();
}

void VerdictBanner::setHeightCap(int pixels)
{
    if (cap_ == pixels) return;
    cap_ = pixels;
    fitHeight();
}

void VerdictBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != event->size().width()) fitHeight();
}

bool VerdictBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->oldSize().width() != resize->size().width()) fitHeight();
    }
    return QFrame::eventFilter(watched, event);
}

void VerdictBanner::fitHeight()
{
    if (cap_ <= 0 || fitting_) return;
    fitting_ = true;
    const QMargins m = layout()->contentsMargins();
    // The frame as drawn (a style sheet's border may differ from frameWidth()).
    const int frame = height() > 0 ? height() - contentsRect().height() : frameWidth() * 2;
    const int titleHeight = title_->heightForWidth(title_->width() > 0 ? title_->width() : contentsRect().width() - m.left() - m.right());
    const int fixed = frame + m.top() + m.bottom() + titleHeight + layout()->spacing();
    const int room = cap_ - fixed;
    // Where the lines below the title end, at the viewport's width.
    const int width = scroll_->viewport()->width();
    const int spacing = scroll_->widget()->layout()->spacing();
    int y = 0;
    int snapped = 0;
    bool overflows = false;
    for (QLabel* label : {details_, minimum_, warnings_}) {
        if (label->isHidden() || label->text().isEmpty()) continue;
        const int h = label->heightForWidth(width) > 0 ? label->heightForWidth(width) : label->sizeHint().height();
        for (int end : lineEnds(label, width, h)) {
            if (y + end <= room) snapped = y + end;
            else overflows = true;
        }
        y += h + spacing;
    }
    // Everything fits: as tall as the lines (no empty band). Otherwise end on a whole line.
    // A scroll area shorter than its own minimum would squeeze the title.
    const int least = scroll_->minimumHeight();
    const int content = std::max(0, y - spacing);
    const int most = overflows && snapped > 0 ? fixed + std::max(snapped, least) : std::min(cap_, fixed + std::max(content, least));
    if (most != maximumHeight()) {
        setMaximumHeight(most);
        // A banner shrunk while hidden keeps its children where they were
        // unless its layout runs again.
        layout()->invalidate();
    }
    fitting_ = false;
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
        // A long pool (a PC's whole catalog name and its cards) is written
        // as its spec, and at last left out, rather than cut: the verdict
        // always shows whole, the tooltip has the whole title.
        // Non-breaking hyphens: "pc-ddr5-128g" wraps whole, not after "pc-".
        const QString spec = QString::fromStdString(to_spec(s.pool)).replace(QLatin1Char('-'), QChar(0x2011));
        const QString shortfall = FigureFormat::number(p.short_gb);
        const auto titleOn = [&](const QString& on) {
            return p.fits    ? tr("Fits on %1").arg(on)
                   : p.tight ? tr("Does not fit — tight, %2 GB short — on %1").arg(on, shortfall)
                             : tr("Does not fit on %1").arg(on);
        };
        const QString alone = p.fits    ? tr("Fits")
                              : p.tight ? tr("Does not fit — tight, %1 GB short").arg(shortfall)
                                        : tr("Does not fit");
        title_->setText(titleOn(pool), {titleOn(spec), alone});
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
    fitHeight();
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
