#include "tableview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    // Right-clicking the header shows or hides columns; the layout is remembered (HeaderState).
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) {
                if (!model())
                    return;
                auto *menu = new QMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                QHeaderView *header = horizontalHeader();
                for (int column = 0; column < model()->columnCount(); ++column) {
                    QAction *action =
                        menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!header->isSectionHidden(column));
                    // The first column always stays, so the rows can still be told apart.
                    action->setEnabled(column > 0);
                    connect(action, &QAction::toggled, header,
                            [header, column](bool on) { header->setSectionHidden(column, !on); });
                }
                menu->popup(horizontalHeader()->mapToGlobal(position));
            });
    connect(this, &QAbstractItemView::doubleClicked, this, &TableView::activatedRow);
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid() && event->modifiers() == Qt::NoModifier) {
        emit activatedRow(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}
