#include "widgets/eliding_combo_box.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace deepplan::gui {

ElidingComboBox::ElidingComboBox(QWidget* parent) : QComboBox(parent)
{
    connect(this, &QComboBox::currentIndexChanged, this, &ElidingComboBox::updateToolTip);
}

void ElidingComboBox::setBaseToolTip(const QString& tip)
{
    baseTip_ = tip;
    updateToolTip();
}

int ElidingComboBox::textWidth() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    // A little less than the edit field: the style pads the text inside it.
    return style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this).width() - 2;
}

bool ElidingComboBox::isElided() const
{
    return !currentText().isEmpty() && fontMetrics().horizontalAdvance(currentText()) > textWidth();
}

void ElidingComboBox::paintEvent(QPaintEvent* event)
{
    if (isEditable() || !isElided()) {
        QComboBox::paintEvent(event);
        return;
    }
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, textWidth());
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::resizeEvent(QResizeEvent* event)
{
    QComboBox::resizeEvent(event);
    updateToolTip();
}

void ElidingComboBox::updateToolTip()
{
    if (isElided()) setToolTip(baseTip_.isEmpty() ? currentText() : currentText() + QStringLiteral("\n\n") + baseTip_);
    else setToolTip(baseTip_);
}

}  // namespace deepplan::gui
