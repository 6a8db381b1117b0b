#pragma once

#include "store/apikey.h"
#include "store/databaseconfig.h"
#include "store/result.h"

#include <QAbstractTableModel>

#include <functional>

// The HTTP API keys for the settings page: listed, created (the token is handed out once) and
// revoked in the background.
class ApiKeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Prefix, Created, LastUsed, State, ColumnCount };

    explicit ApiKeyListModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void reload();
    bool isLoaded() const { return m_loaded; }
    const ApiKey &key(int row) const { return m_rows.at(row); }

    // `done` gets the token, shown to the administrator once and never stored in clear.
    void create(const QString &name, std::function<void(Result<QString>)> done);
    void revoke(const QString &name, std::function<void(StoreError)> done);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &message);
    // A key was created or revoked (the API server re-reads its keys).
    void keysChanged();

private:
    DatabaseConfig m_database;
    QList<ApiKey> m_rows;
    bool m_loaded = false;
};
