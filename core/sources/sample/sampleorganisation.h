#pragma once

#include "sync/userdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

// Options of the built-in `sample` source (the source's options JSON, minus sourceName).
struct SampleOptions
{
    int users = 200; // base headcount
    int departments = 20; // total departments (>= 1)
    int depth = 3; // max tree depth (1 = only roots)
    int seed = 1; // which organisation
    int mutation = 0; // 0..100: percent of the base users changed since the base snapshot
    int pageSize = 1000; // records per page (>= 1)
    QString sourceName; // copied into every UserData.sourceName

    static constexpr int MaxUsers = 5'000'000;
    static constexpr int MaxDepartments = 100'000;
    static constexpr int MaxDepth = 20;
    static constexpr int MaxPageSize = 50'000;

    // Reads users, departments, depth, seed, mutation, pageSize (numbers, or numeric strings as a
    // settings form may store them), clamped to the ranges above; a missing or non-numeric key
    // keeps its default. sourceName is not part of the options JSON.
    static SampleOptions fromJson(const QJsonObject &options);
    QJsonObject toJson() const;
    // The same options with every number clamped to its range.
    SampleOptions normalized() const;

    bool operator==(const SampleOptions &) const = default;
};

// A deterministic fictional organisation: a department tree and its people, generated page by
// page. Every page is computed from (options, page index) alone — no page needs an earlier one and
// memory does not grow with the headcount; only O(departments) small integers are precomputed.
//
// Department pages list the departments in a seeded shuffle (so children often come before their
// parents, as with real sources), arranged so that at least one child precedes its parent.
// User pages list uids u0000001… in order: the base users (leavers as {uid, isDeleted: true}),
// then the new hires.
//
// Mutation p: a base user changes when a seeded hash of (seed, uid) falls below p %, so the changed
// set of a smaller p is a subset of a larger one's. Changed users are split evenly into Renamed
// (family name, e.g. after marriage; login unchanged), Moved (new main department and new extra
// memberships), Left (delete record) and ContactChanged (a non-empty subset of e-mail domain,
// phone operator and job title). Unchanged base users serialise byte-identically for every p.
// New hires: round(users · p / 400) users after the base range. Departments: about p/10 % are
// renamed and as many non-root ones moved (at least one each when p >= 10 and departments >= 5);
// a department only ever moves under a department of a shallower level, so no cycle can appear
// and the depth limit still holds.
class SampleOrganisation
{
public:
    enum class UserChange { None, Renamed, Moved, Left, ContactChanged };

    explicit SampleOrganisation(const SampleOptions &options);

    const SampleOptions &options() const { return m_options; }

    int departmentPageCount() const { return pages(departmentRecordCount()); }
    int userPageCount() const { return pages(userRecordCount()); }
    qint64 departmentRecordCount() const { return m_options.departments; }
    // Records in the user pages: base users (leavers included, as delete records) plus new hires.
    qint64 userRecordCount() const { return m_options.users + m_newHires; }
    qint64 newHireCount() const { return m_newHires; }

    UserData departmentPage(int index) const; // dataType "department"; empty when out of range
    UserData userPage(int index) const; // dataType "user", matchKey "email"

    // Single records: department 0 … departments-1 (uid d00001 …), user number 1 …
    // userRecordCount() (uid u0000001 …). Pages are made of exactly these.
    QJsonObject departmentRecord(int department) const;
    QJsonObject userRecord(qint64 number) const;
    // What the mutation did to a base user; None for unchanged users and new hires.
    UserChange userChange(qint64 number) const;

private:
    struct Person;

    int pages(qint64 records) const
    {
        return int((records + m_options.pageSize - 1) / m_options.pageSize);
    }
    quint64 draw(int stream, quint64 index, quint64 salt = 0) const;
    void buildTree();
    void buildOrder();
    void applyDepartmentChanges();
    int stemOf(int department, int generation) const;
    QString departmentTitle(int department, int generation) const;
    Person person(qint64 number) const;
    int pickDepartment(qint64 number, quint64 salt) const;
    QJsonArray memberships(qint64 number, bool moved, bool owner) const;
    QString phone(const char *phoneCountry, const char *phoneOperator, qint64 number) const;

    SampleOptions m_options;
    quint64 m_seedKey = 0;
    qint64 m_newHires = 0;
    // Per department (index = uid number - 1); the tree is breadth-first, so levels are ranges.
    QList<int> m_levelStart; // first department of each level, plus the total at the end
    QList<int> m_baseParent; // -1 for roots
    QList<int> m_parent; // after the mutation's moves
    QList<int> m_sort; // position among its siblings, from 1
    QList<quint8> m_level;
    QList<quint8> m_language; // index into SampleNames::departmentLanguages()
    QList<bool> m_renamed;
    QList<int> m_order; // page position -> department
    QJsonObject m_userTemplate, m_mainTemplate, m_extraTemplate;
};
