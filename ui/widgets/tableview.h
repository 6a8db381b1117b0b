#pragma once

#include <QTableView>

// The table every page uses: whole-row selection, no grid, alternating rows, a compact row
// height that fits a tag or a row of buttons, ellipsis in the middle for long ids.
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

signals:
    // Enter or double click on a row.
    void activatedRow(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
