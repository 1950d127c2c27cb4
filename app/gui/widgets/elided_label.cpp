#include "widgets/elided_label.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOption>

namespace deepplan::gui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setWordWrap(false);
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : ElidedLabel(parent) { setText(text); }

void ElidedLabel::setText(const QString& text)
{
    QLabel::setText(text);
    updateToolTip();
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

QFont ElidedLabel::shownFont() const
{
    QFont f = font();
    const int width = contentsRect().width();
    if (width <= 0 || minScale_ >= 1.0 || QFontMetricsF(f).horizontalAdvance(text()) <= width) return f;
    const qreal full = f.pointSizeF();
    if (full <= 0) return f;
    for (qreal points = full - 0.5; points >= full * minScale_ - 1e-9; points -= 0.5) {
        f.setPointSizeF(points);
        if (QFontMetricsF(f).horizontalAdvance(text()) <= width) return f;
    }
    f.setPointSizeF(full * minScale_);
    return f;
}

bool ElidedLabel::isElided() const
{
    const QRect r = contentsRect();
    return r.width() > 0 && QFontMetricsF(shownFont()).horizontalAdvance(text()) > r.width();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const int few = fontMetrics().horizontalAdvance(QStringLiteral("MMM…"));
    const QMargins m = contentsMargins();
    return {std::min(full.width(), few + m.left() + m.right()), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    const QFont shownIn = shownFont();
    if (shownIn == font() && !isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    painter.setFont(shownIn);
    QStyleOption option;
    option.initFrom(this);
    const QRect r = contentsRect();
    const QString shown = QFontMetrics(shownIn).elidedText(text(), Qt::ElideRight, r.width());
    style()->drawItemText(&painter, r, static_cast<int>(alignment().toInt()), option.palette, isEnabled(), shown, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    if (isElided()) setToolTip(baseTip_.isEmpty() ? text() : text() + QStringLiteral("\n\n") + baseTip_);
    else setToolTip(baseTip_);
}

}  // namespace deepplan::gui
