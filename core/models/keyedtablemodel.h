#pragma once

#include "rowdiff.h"

#include <QAbstractTableModel>

// A table model whose rows have stable keys: replacing its rows with a reloaded list turns into
// removes, inserts and updates (RowDiff), so views keep the selection and scroll position.
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf)
    {
        using Key = decltype(keyOf(fresh.constFirst()));
        QList<Key> oldKeys;
        QList<Key> newKeys;
        oldKeys.reserve(rows.size());
        newKeys.reserve(fresh.size());
        for (const Row &row : std::as_const(rows))
            oldKeys << keyOf(row);
        for (const Row &row : fresh)
            newKeys << keyOf(row);
        const RowDiff::Plan plan = RowDiff::plan(oldKeys, newKeys);
        if (plan.reset) {
            beginResetModel();
            rows = fresh;
            endResetModel();
            return;
        }
        for (const RowDiff::Step &step : plan.steps) {
            switch (step.kind) {
            case RowDiff::Step::Kind::Remove:
                beginRemoveRows({}, step.row, step.row);
                rows.removeAt(step.row);
                endRemoveRows();
                break;
            case RowDiff::Step::Kind::Insert:
                beginInsertRows({}, step.row, step.row);
                rows.insert(step.row, fresh.at(step.from));
                endInsertRows();
                break;
            case RowDiff::Step::Kind::Update:
                rows[step.row] = fresh.at(step.from);
                break;
            }
        }
        if (!rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    }
};
