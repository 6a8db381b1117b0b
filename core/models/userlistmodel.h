#pragma once

#include "store/databaseconfig.h"
#include "store/directoryreader.h"
#include "userquery.h"
#include "usersearchindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

// The users directory for the Users page, windowed: rowCount() is the number of matching users,
// and only the pages the view actually shows are fetched, in the background, newest request
// first. A bounded cache keeps memory flat with 100,000 users or more. A reload (after a sync)
// keeps showing the old rows until the fresh ones arrive, so nothing flickers. Searches of a large
// directory are answered by a UserSearchIndex built in the background; until it is built, and
// whenever a task may have changed the users since, the database answers them.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Username, Email, Phone, Departments, Sources, Enabled, FixedColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 64;
    static constexpr int MaxInFlight = 2;
    // From this many users on the search index is built as soon as the page is loaded; below it,
    // at the first search (a scan of a small table is quick, and the index costs memory).
    static constexpr qint64 DefaultIndexThreshold = 20000;

    explicit UserListModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    // Search across name, username, e-mail and phone; resets the rows once the count is known.
    void setSearch(const QString &search);
    QString search() const { return m_search; }
    // Custom fields shown as extra columns after the fixed ones.
    void setCustomColumns(const QStringList &keys);
    QStringList customColumns() const { return m_customColumns; }
    // Custom field keys seen so far in the loaded users, sorted.
    QStringList knownCustomKeys() const;
    void reload();

    // -1 until the first count arrives.
    qint64 totalCount() const { return m_loadedOnce ? m_count : -1; }
    bool isCounting() const { return m_counting; }
    bool isRowLoaded(int row) const;
    // The user of a loaded row, or nullptr.
    const DirectoryReader::UserEntry *entry(int row) const;
    int pagesInFlight() const { return int(m_inFlight.size()); }
    int cachedPages() const { return int(m_pages.size()); }
    void setSearchIndexThreshold(qint64 users) { m_indexThreshold = users; }
    bool hasSearchIndex() const { return m_index != nullptr; }
    bool isBuildingSearchIndex() const { return m_indexBuilding; }
    // Whether the rows shown now came from the search index.
    bool rowsFromSearchIndex() const { return m_matchIds != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged();
    void customKeysChanged();
    void loadFailed(const QString &message);
    // A page of rows arrived (tests wait on it).
    void pageLoaded(int page);
    // A search index was built (or rebuilt); the next search uses it.
    void searchIndexReady();

private:
    struct Page
    {
        QList<DirectoryReader::UserEntry> rows;
        quint64 generation = 0;
        quint64 lastUse = 0;
    };
    struct Fresh
    {
        qint64 count = 0;
        QList<DirectoryReader::UserEntry> firstPage;
        std::shared_ptr<const QList<qint64>> ids; // the matches, when the index answered
        bool indexStale = false; // the index no longer describes the users and none is running
    };

    void startCount(bool reset);
    void applyCount(const Fresh &fresh, bool reset);
    void requestPage(int page) const;
    void pump();
    void storePage(int page, quint64 generation, const QList<DirectoryReader::UserEntry> &rows);
    void evict();
    void maybeBuildIndex(const Fresh &fresh, bool searched);
    QVariant fixedCell(const DirectoryReader::UserEntry &entry, int column, int role) const;

    DatabaseConfig m_database;
    QString m_search;
    UserQuery::Order m_order = UserQuery::Order::Id;
    bool m_descending = false;
    QStringList m_customColumns;
    QSet<QString> m_customKeys;

    qint64 m_count = 0;
    bool m_loadedOnce = false;
    bool m_counting = false;
    bool m_countAgain = false;
    bool m_resetPending = false;
    // An epoch is one search and order: pages of an older epoch are thrown away. A generation is
    // one reload within an epoch: pages of an older generation are still shown, then refreshed.
    quint64 m_epoch = 0;
    quint64 m_generation = 0;

    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable QList<int> m_wanted; // newest request last
    mutable bool m_pumpQueued = false;
    QSet<int> m_inFlight;

    std::shared_ptr<const UserSearchIndex> m_index;
    std::shared_ptr<const QList<qint64>> m_matchIds; // of the rows shown, when from the index
    qint64 m_indexThreshold = DefaultIndexThreshold;
    bool m_indexBuilding = false;
    quint64 m_indexDatabase = 0; // counts setDatabase(): a build for another store is dropped
};
