#pragma once

#include "store/databaseconfig.h"

#include <QAbstractTableModel>

// The members of one department with their owner and main-department marks, fetched lazily in
// pages (a department can have thousands of members).
class DepartmentMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Username, Email, Owner, Main, ColumnCount };
    static constexpr int PageSize = 500;

    struct Member
    {
        qint64 userId = 0;
        QString nickname;
        QString username;
        QString email;
        bool isOwner = false;
        bool isMain = false;
        bool managedBySource = false;
    };

    explicit DepartmentMemberModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void setDepartment(qint64 departmentId);
    qint64 departmentId() const { return m_departmentId; }
    bool isLoading() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    DatabaseConfig m_database;
    qint64 m_departmentId = 0;
    QList<Member> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    quint64 m_generation = 0;
};
