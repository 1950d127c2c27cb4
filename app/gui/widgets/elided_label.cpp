#include "widgets/elided_label.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>

namespace deepplan::gui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setWordWrap(false);
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : ElidedLabel(parent) { setText(text); }

void ElidedLabel::setText(const QString& text)
{
    shorter_.clear();
    QLabel::setText(text);
    updateToolTip();
}

void ElidedLabel::setText(const QString& text, const QStringList& shorter)
{
    shorter_ = shorter;
    shorter_.removeAll(text);
    QLabel::setText(text);
    updateGeometry();
    updateToolTip();
    update();
}

void ElidedLabel::setBaseToolTip(const QString& tip)
{
    baseTip_ = tip;
    updateToolTip();
}

void ElidedLabel::setMinimumFontScale(qreal scale)
{
    minScale_ = std::clamp(scale, 0.3, 1.0);
    updateToolTip();
    update();
}

void ElidedLabel::setMaximumLines(int lines)
{
    maxLines_ = std::max(1, lines);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(maxLines_ > 1);
    setSizePolicy(policy);
    updateGeometry();
    updateToolTip();
    update();
}

QStringList ElidedLabel::wrapped(const QString& all, const QFont& font, qreal width) const
{
    if (maxLines_ <= 1 || width <= 0) return {all};
    QTextLayout layout(all, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines_ - 1) {  // the last line takes the rest
            lines << all.mid(line.textStart()).trimmed();
            break;
        }
        lines << all.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty()) lines << QString();
    return lines;
}

namespace {

bool allFit(const QStringList& lines, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    return std::all_of(lines.begin(), lines.end(), [&](const QString& l) { return metrics.horizontalAdvance(l) <= width; });
}

}  // namespace

QFont ElidedLabel::fontFor(const QString& shown, int width) const
{
    QFont f = font();
    if (width <= 0 || QFontMetricsF(f).horizontalAdvance(shown) <= width) return f;
    const qreal full = f.pointSizeF();
    // One line in a slightly smaller font first, then more lines in the label's own.
    if (minScale_ < 1.0 && full > 0) {
        for (qreal points = full - 0.5; points >= full * minScale_ - 1e-9; points -= 0.5) {
            f.setPointSizeF(points);
            if (QFontMetricsF(f).horizontalAdvance(shown) <= width) return f;
        }
    }
    f = font();
    if (maxLines_ > 1 && allFit(wrapped(shown, f, width), f, width)) return f;
    if (minScale_ >= 1.0 || full <= 0) return f;
    f.setPointSizeF(full * minScale_);
    return f;
}

bool ElidedLabel::fitsAt(const QString& shown, int width) const
{
    if (width <= 0) return true;
    const QFont f = fontFor(shown, width);
    return allFit(wrapped(shown, f, width), f, width);
}

QString ElidedLabel::formAt(int width) const
{
    if (shorter_.isEmpty() || width <= 0 || fitsAt(text(), width)) return text();
    for (const QString& form : shorter_) {
        if (fitsAt(form, width)) return form;
    }
    return shorter_.last();
}

QString ElidedLabel::shownText() const { return formAt(contentsRect().width()); }

QFont ElidedLabel::shownFont() const
{
    const int width = contentsRect().width();
    return fontFor(formAt(width), width);
}

int ElidedLabel::linesAt(int width) const
{
    if (maxLines_ <= 1) return 1;
    const QMargins m = contentsMargins();
    const int w = width - m.left() - m.right();
    const QString shown = formAt(w);
    const QFont f = font();
    if (QFontMetricsF(f).horizontalAdvance(shown) <= w) return 1;
    if (minScale_ < 1.0 && f.pointSizeF() > 0) {
        QFont small = f;
        small.setPointSizeF(f.pointSizeF() * minScale_);
        if (QFontMetricsF(small).horizontalAdvance(shown) <= w) return 1;
    }
    return static_cast<int>(wrapped(shown, f, w).size());
}

bool ElidedLabel::isElided() const
{
    const int width = contentsRect().width();
    if (width <= 0) return false;
    return !fitsAt(formAt(width), width);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const int few = fontMetrics().horizontalAdvance(QStringLiteral("MMM…"));
    const QMargins m = contentsMargins();
    return {std::min(full.width(), few + m.left() + m.right()), full.height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QSize hint = QLabel::sizeHint();
    if (maxLines_ <= 1) return hint;
    return {hint.width(), heightForWidth(width() > 0 ? width() : hint.width())};
}

bool ElidedLabel::hasHeightForWidth() const { return maxLines_ > 1; }

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return linesAt(width) * fontMetrics().lineSpacing() + m.top() + m.bottom();
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    const QRect r = contentsRect();
    const QString shown = formAt(r.width());
    const QFont shownIn = fontFor(shown, r.width());
    if (shown == text() && shownIn == font() && !isElided() && (maxLines_ <= 1 || linesAt(width()) <= 1)) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    painter.setFont(shownIn);
    QStyleOption option;
    option.initFrom(this);
    const QFontMetrics metrics(shownIn);
    const QStringList lines = wrapped(shown, shownIn, r.width());
    const int align = lines.size() > 1 ? static_cast<int>(Qt::AlignLeft | Qt::AlignTop)
                                       : static_cast<int>(alignment().toInt());
    QRect lineRect = r;
    if (lines.size() > 1) lineRect.setHeight(metrics.lineSpacing());
    for (const QString& line : lines) {
        const QString cut = metrics.elidedText(line, Qt::ElideRight, r.width());
        style()->drawItemText(&painter, lineRect, align, option.palette, isEnabled(), cut, foregroundRole());
        lineRect.translate(0, metrics.lineSpacing());
    }
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    if (isElided() || shownText() != text())
        setToolTip(baseTip_.isEmpty() ? text() : text() + QStringLiteral("\n\n") + baseTip_);
    else setToolTip(baseTip_);
}

}  // namespace deepplan::gui
