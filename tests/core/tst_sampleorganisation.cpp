// The built-in sample organisation: deterministic, complete, a valid tree, realistic users, a
// mutation that behaves like a later HR snapshot, and pages computable on their own.
#include "sources/sample/sampleorganisation.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <algorithm>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const UserData &page)
{
    return compact(page.toJson());
}

QList<QJsonObject> allDepartments(const SampleOrganisation &organisation)
{
    QList<QJsonObject> records;
    for (int i = 0; i < organisation.departmentPageCount(); ++i)
        records += organisation.departmentPage(i).records;
    return records;
}

QList<QJsonObject> allUsers(const SampleOrganisation &organisation)
{
    QList<QJsonObject> records;
    for (int i = 0; i < organisation.userPageCount(); ++i)
        records += organisation.userPage(i).records;
    return records;
}

QHash<QString, QJsonObject> byUid(const QList<QJsonObject> &records)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonObject &record : records)
        map.insert(record.value(QLatin1String("uid")).toString(), record);
    return map;
}

struct TreeCheck
{
    QString error;
    int maxDepth = 0;
    int maxChildren = 0;
    int roots = 0;
    int parents = 0; // departments with at least one child
};

// Walks every department up to its root: parents must exist and no walk may revisit a node.
TreeCheck checkTree(const QList<QJsonObject> &departments)
{
    TreeCheck check;
    QHash<QString, QString> parentOf;
    for (const QJsonObject &department : departments)
        parentOf.insert(department.value(QLatin1String("uid")).toString(),
                        department.value(QLatin1String("parentUid")).toString());
    QHash<QString, int> children;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        if (it.value().isEmpty()) {
            ++check.roots;
            continue;
        }
        if (!parentOf.contains(it.value())) {
            check.error = it.key() + QLatin1String(" has unknown parent ") + it.value();
            return check;
        }
        check.parents += children.value(it.value()) == 0;
        check.maxChildren = std::max(check.maxChildren, ++children[it.value()]);
        QSet<QString> seen{it.key()};
        int depth = 1;
        for (QString at = it.value(); !at.isEmpty(); at = parentOf.value(at), ++depth) {
            if (seen.contains(at)) {
                check.error = QLatin1String("cycle through ") + at;
                return check;
            }
            seen.insert(at);
        }
        check.maxDepth = std::max(check.maxDepth, depth);
    }
    if (check.roots > 0)
        check.maxDepth = std::max(check.maxDepth, 1);
    return check;
}

int uidNumber(const QJsonObject &record)
{
    return record.value(QLatin1String("uid")).toString().mid(1).toInt();
}

} // namespace

class TestSampleOrganisation : public QObject
{
    Q_OBJECT

private slots:
    void determinism()
    {
        SampleOptions options;
        options.users = 700;
        options.departments = 40;
        options.depth = 4;
        options.seed = 7;
        options.mutation = 20;
        options.pageSize = 150;
        options.sourceName = QStringLiteral("demo");
        const SampleOrganisation first(options), second(options);
        QCOMPARE(first.departmentPageCount(), second.departmentPageCount());
        QCOMPARE(first.userPageCount(), second.userPageCount());
        for (int i = 0; i < first.departmentPageCount(); ++i)
            QCOMPARE(compact(first.departmentPage(i)), compact(second.departmentPage(i)));
        for (int i = 0; i < first.userPageCount(); ++i)
            QCOMPARE(compact(first.userPage(i)), compact(second.userPage(i)));

        options.seed = 8;
        const SampleOrganisation other(options);
        QVERIFY(compact(other.departmentPage(0)) != compact(first.departmentPage(0)));
        QVERIFY(compact(other.userPage(0)) != compact(first.userPage(0)));
        // Not just a shuffle: the people themselves differ.
        int sameName = 0;
        for (int n = 1; n <= 700; ++n)
            sameName += first.userRecord(n).value(QLatin1String("nickname"))
                == other.userRecord(n).value(QLatin1String("nickname"));
        QVERIFY2(sameName < 100, qPrintable(QString::number(sameName)));
    }

    // The same options must give the same organisation on every machine and in every version:
    // benchmarks compare runs, and a demo database must not drift. Editing the generator or the
    // word lists changes this fingerprint; update it only when that is the intent.
    void fingerprintIsStable()
    {
        SampleOptions options;
        options.mutation = 10;
        options.pageSize = 100;
        const SampleOrganisation organisation(options);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < organisation.departmentPageCount(); ++i)
            hash.addData(compact(organisation.departmentPage(i)));
        for (int i = 0; i < organisation.userPageCount(); ++i)
            hash.addData(compact(organisation.userPage(i)));
        QCOMPARE(compact(organisation.userRecord(1)),
                 QByteArray(R"({"departments":[{"isMain":true,"isOwner":false,"uid":"d00010"},)"
                            R"("d00008"],"email":"malgorzata.dubois1@example.com",)"
                            R"("employeeNumber":"E0000001","nickname":"Małgorzata Dubois",)"
                            R"("phone":"+49 151 8885 3813","title":"Engenheiro","uid":"u0000001",)"
                            R"("username":"malgorzata.dubois1"})"));
        QCOMPARE(hash.result().toHex(),
                 QByteArray("d3e043caa7207ac572e1d8c15f8cc3d24f767b18a8b497c591951ec140eef2e8"));
    }

    void counts_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("departments");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("defaults") << 200 << 20 << 3 << 1000;
        QTest::newRow("uneven pages") << 1234 << 57 << 5 << 100;
        QTest::newRow("nobody") << 0 << 1 << 1 << 7;
        QTest::newRow("tiny pages") << 10 << 100 << 20 << 3;
        QTest::newRow("one department") << 1000 << 1 << 3 << 1000;
        QTest::newRow("exact pages") << 3000 << 500 << 6 << 500;
    }

    void counts()
    {
        QFETCH(int, users);
        QFETCH(int, departments);
        QFETCH(int, depth);
        QFETCH(int, pageSize);
        SampleOptions options;
        options.users = users;
        options.departments = departments;
        options.depth = depth;
        options.pageSize = pageSize;
        options.sourceName = QStringLiteral("sample");
        const SampleOrganisation organisation(options);

        QCOMPARE(organisation.departmentRecordCount(), qint64(departments));
        QCOMPARE(organisation.userRecordCount(), qint64(users));
        QCOMPARE(organisation.departmentPageCount(), (departments + pageSize - 1) / pageSize);
        QCOMPARE(organisation.userPageCount(), (users + pageSize - 1) / pageSize);

        QSet<QString> uids;
        for (int i = 0; i < organisation.departmentPageCount(); ++i) {
            const UserData page = organisation.departmentPage(i);
            QCOMPARE(page.dataType, UserData::Department);
            QCOMPARE(page.sourceName, QStringLiteral("sample"));
            QVERIFY(!page.records.isEmpty());
            QVERIFY(page.records.size() <= pageSize);
            for (const QJsonObject &record : page.records)
                uids.insert(record.value(QLatin1String("uid")).toString());
        }
        QCOMPARE(uids.size(), departments);
        uids.clear();
        for (int i = 0; i < organisation.userPageCount(); ++i) {
            const UserData page = organisation.userPage(i);
            QCOMPARE(page.dataType, UserData::User);
            QCOMPARE(page.matchKey, QStringLiteral("email"));
            QVERIFY(!page.records.isEmpty());
            QVERIFY(page.records.size() <= pageSize);
            for (const QJsonObject &record : page.records) {
                QVERIFY(!record.contains(QLatin1String("isDeleted"))); // mutation 0: no leavers
                uids.insert(record.value(QLatin1String("uid")).toString());
            }
        }
        QCOMPARE(uids.size(), users);
        QVERIFY(organisation.userPage(organisation.userPageCount()).records.isEmpty());
        QVERIFY(organisation.userPage(-1).records.isEmpty());
        QVERIFY(organisation.departmentPage(organisation.departmentPageCount()).records.isEmpty());
    }

    void tree_data()
    {
        QTest::addColumn<int>("departments");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("seed");
        QTest::newRow("defaults") << 20 << 3 << 1;
        QTest::newRow("wide") << 200 << 3 << 2;
        QTest::newRow("deep") << 1000 << 8 << 3;
        QTest::newRow("deeper than needed") << 12 << 20 << 4;
        QTest::newRow("roots only") << 50 << 1 << 5;
        QTest::newRow("largest") << 100000 << 6 << 6;
        for (int seed = 10; seed < 30; ++seed)
            QTest::addRow("seed %d", seed) << 30 << 4 << seed;
    }

    void tree()
    {
        QFETCH(int, departments);
        QFETCH(int, depth);
        QFETCH(int, seed);
        SampleOptions options;
        options.departments = departments;
        options.depth = depth;
        options.seed = seed;
        options.users = 0;
        options.pageSize = 997;
        const SampleOrganisation organisation(options);
        const QList<QJsonObject> records = allDepartments(organisation);
        QCOMPARE(records.size(), departments);

        const TreeCheck check = checkTree(records);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY(check.maxDepth <= depth);
        if (depth == 1) {
            QCOMPARE(check.roots, departments);
            return;
        }
        QVERIFY(check.roots >= 1 && check.roots <= 3);
        QVERIFY2(check.maxChildren > 1, "somebody must have siblings");
        QVERIFY2(check.maxChildren < departments - 1, "not everything under one department");
        QVERIFY2(check.parents >= std::max(2, departments / 20), "branching spread over parents");
        QVERIFY2(check.maxDepth > 1, "not only roots");
        QVERIFY2(check.maxDepth < departments, "not a single chain");

        // Emission order: at least one child comes before its parent.
        QHash<QString, int> position;
        for (int i = 0; i < records.size(); ++i)
            position.insert(records[i].value(QLatin1String("uid")).toString(), i);
        int childFirst = 0, nonRoots = 0;
        for (int i = 0; i < records.size(); ++i) {
            const QString parent = records[i].value(QLatin1String("parentUid")).toString();
            nonRoots += !parent.isEmpty();
            childFirst += !parent.isEmpty() && position.value(parent) > i;
            QVERIFY(!records[i].value(QLatin1String("title")).toString().isEmpty());
            QVERIFY(records[i].value(QLatin1String("sort")).isDouble());
        }
        QVERIFY(childFirst >= 1);
        if (departments >= 100) // a real shuffle, not one token out-of-order record
            QVERIFY2(childFirst > nonRoots / 4, qPrintable(QString::number(childFirst)));
    }

    void titlesAreVaried()
    {
        SampleOptions options;
        options.departments = 300;
        options.depth = 4;
        const QList<QJsonObject> records = allDepartments(SampleOrganisation(options));
        QSet<QString> titles;
        QSet<QChar::Script> scripts;
        for (const QJsonObject &record : records) {
            const QString title = record.value(QLatin1String("title")).toString();
            titles.insert(title);
            for (QChar c : title)
                if (c.unicode() > 0x7f && c.isLetter())
                    scripts.insert(c.script());
        }
        QVERIFY2(titles.size() > 150, qPrintable(QString::number(titles.size())));
        QVERIFY2(scripts.size() >= 3, qPrintable(QString::number(scripts.size())));
    }

    void users()
    {
        SampleOptions options;
        options.users = 5000;
        options.departments = 50;
        options.depth = 4;
        options.seed = 11;
        const SampleOrganisation organisation(options);
        const QSet<QString> departmentUids = [&] {
            QSet<QString> set;
            for (const QJsonObject &d : allDepartments(organisation))
                set.insert(d.value(QLatin1String("uid")).toString());
            return set;
        }();
        const QRegularExpression login(QStringLiteral("^[a-z]+(\\.[a-z]+)?[0-9]+$"));
        const QRegularExpression email(QStringLiteral("^[a-z.0-9]+@example\\.(com|org|net)$"));
        QSet<QString> usernames, emails, phones;
        QSet<QChar::Script> scripts;
        int owners = 0, asciiNames = 0, stringEntries = 0, objectExtras = 0, multi = 0;
        const QList<QJsonObject> records = allUsers(organisation);
        QCOMPARE(records.size(), 5000);
        for (const QJsonObject &user : records) {
            const QString name = user.value(QLatin1String("nickname")).toString();
            QVERIFY(!name.isEmpty());
            bool ascii = true;
            for (QChar c : name) {
                if (c.unicode() > 0x7f) {
                    ascii = false;
                    if (c.isLetter())
                        scripts.insert(c.script());
                }
            }
            asciiNames += ascii;
            const QString username = user.value(QLatin1String("username")).toString();
            QVERIFY2(login.match(username).hasMatch(), qPrintable(username));
            QVERIFY2(email.match(user.value(QLatin1String("email")).toString()).hasMatch(),
                     qPrintable(user.value(QLatin1String("email")).toString()));
            usernames.insert(username);
            emails.insert(user.value(QLatin1String("email")).toString());
            phones.insert(user.value(QLatin1String("phone")).toString());
            QVERIFY(!user.value(QLatin1String("title")).toString().isEmpty());
            QVERIFY(!user.value(QLatin1String("employeeNumber")).toString().isEmpty());

            const QJsonArray departments = user.value(QLatin1String("departments")).toArray();
            QVERIFY(departments.size() >= 1 && departments.size() <= 3);
            multi += departments.size() > 1;
            QSet<QString> distinct;
            int mains = 0;
            for (qsizetype i = 0; i < departments.size(); ++i) {
                const QJsonValue entry = departments[i];
                QString uid;
                if (entry.isString()) {
                    uid = entry.toString();
                    ++stringEntries;
                } else {
                    const QJsonObject object = entry.toObject();
                    uid = object.value(QLatin1String("uid")).toString();
                    const bool isMain = object.value(QLatin1String("isMain")).toBool();
                    mains += isMain;
                    QCOMPARE(isMain, i == 0); // the main department comes first
                    if (i == 0)
                        owners += object.value(QLatin1String("isOwner")).toBool();
                    else
                        ++objectExtras;
                }
                QVERIFY2(departmentUids.contains(uid), qPrintable(uid));
                distinct.insert(uid);
            }
            QCOMPARE(mains, 1);
            QCOMPARE(distinct.size(), departments.size());
        }
        QCOMPARE(usernames.size(), 5000);
        QCOMPARE(emails.size(), 5000);
        QCOMPARE(phones.size(), 5000);
        QVERIFY2(scripts.size() >= 3, qPrintable(QString::number(scripts.size())));
        QVERIFY(scripts.contains(QChar::Script_Han));
        QVERIFY(scripts.contains(QChar::Script_Latin)); // ş, ı, é …
        QVERIFY(scripts.contains(QChar::Script_Cyrillic));
        QVERIFY(asciiNames > 250 && asciiNames < 2500);
        QVERIFY2(owners > 100 && owners < 300, qPrintable(QString::number(owners))); // ~4 %
        QVERIFY(multi > 500 && multi < 3000);
        QVERIFY(stringEntries > 100);
        QVERIFY(objectExtras > 100);
    }

    void mutation()
    {
        SampleOptions options;
        options.users = 10000;
        options.departments = 200;
        options.depth = 4;
        options.seed = 3;
        const SampleOrganisation base(options);
        options.mutation = 10;
        const SampleOrganisation later(options);

        const QHash<QString, QJsonObject> before = byUid(allUsers(base));
        const QList<QJsonObject> after = allUsers(later);
        QCOMPARE(qint64(after.size()), later.userRecordCount());
        QSet<QString> baseUsernames, baseEmails, basePhones;
        for (const QJsonObject &user : before) {
            baseUsernames.insert(user.value(QLatin1String("username")).toString());
            baseEmails.insert(user.value(QLatin1String("email")).toString());
            basePhones.insert(user.value(QLatin1String("phone")).toString());
        }

        using Change = SampleOrganisation::UserChange;
        QMap<Change, int> kinds;
        int unchanged = 0, hires = 0;
        QSet<QString> usernames, emails, phones;
        for (const QJsonObject &user : after) {
            const QString uid = user.value(QLatin1String("uid")).toString();
            const int number = uidNumber(user);
            if (!user.value(QLatin1String("isDeleted")).toBool()) {
                usernames.insert(user.value(QLatin1String("username")).toString());
                emails.insert(user.value(QLatin1String("email")).toString());
                phones.insert(user.value(QLatin1String("phone")).toString());
            }
            if (number > 10000) {
                ++hires;
                QVERIFY(!before.contains(uid));
                QVERIFY(!baseUsernames.contains(user.value(QLatin1String("username")).toString()));
                QVERIFY(!baseEmails.contains(user.value(QLatin1String("email")).toString()));
                QVERIFY(!basePhones.contains(user.value(QLatin1String("phone")).toString()));
                continue;
            }
            const QJsonObject old = before.value(uid);
            if (compact(old) == compact(user)) {
                ++unchanged;
                QCOMPARE(later.userChange(number), Change::None);
                continue;
            }
            Change kind = Change::None;
            if (user.value(QLatin1String("isDeleted")).toBool()) {
                QCOMPARE(user.keys(),
                         QStringList({QStringLiteral("isDeleted"), QStringLiteral("uid")}));
                kind = Change::Left;
            } else {
                QStringList differing;
                for (const QString &key : old.keys())
                    if (old.value(key) != user.value(key))
                        differing << key;
                QCOMPARE(user.keys(), old.keys());
                if (differing == QStringList{QStringLiteral("nickname")})
                    kind = Change::Renamed;
                else if (differing == QStringList{QStringLiteral("departments")})
                    kind = Change::Moved;
                else if (std::all_of(differing.cbegin(), differing.cend(), [](const QString &k) {
                             return k == QLatin1String("email") || k == QLatin1String("phone")
                                 || k == QLatin1String("title");
                         }))
                    kind = Change::ContactChanged;
                QVERIFY2(kind != Change::None, qPrintable(differing.join(u',')));
            }
            QCOMPARE(later.userChange(number), kind);
            ++kinds[kind];
        }
        const int changed = 10000 - unchanged;
        QVERIFY2(changed >= 800 && changed <= 1200, qPrintable(QString::number(changed)));
        for (Change kind : {Change::Renamed, Change::Moved, Change::Left, Change::ContactChanged})
            QVERIFY2(kinds.value(kind) > changed / 8 && kinds.value(kind) < changed * 3 / 8,
                     qPrintable(QString::number(kinds.value(kind))));
        QVERIFY2(hires >= 200 && hires <= 300, qPrintable(QString::number(hires)));
        QCOMPARE(qint64(hires), later.newHireCount());
        const int present = after.size() - kinds.value(Change::Left);
        QCOMPARE(usernames.size(), present);
        QCOMPARE(emails.size(), present);
        QCOMPARE(phones.size(), present);

        // Departments: some renamed, some moved, still a tree within the depth.
        const QHash<QString, QJsonObject> oldDepartments = byUid(allDepartments(base));
        const QList<QJsonObject> newDepartments = allDepartments(later);
        const TreeCheck check = checkTree(newDepartments);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY(check.maxDepth <= 4);
        int renamed = 0, moved = 0;
        for (const QJsonObject &department : newDepartments) {
            const QJsonObject old =
                oldDepartments.value(department.value(QLatin1String("uid")).toString());
            renamed +=
                old.value(QLatin1String("title")) != department.value(QLatin1String("title"));
            moved += old.value(QLatin1String("parentUid"))
                != department.value(QLatin1String("parentUid"));
            QCOMPARE(old.contains(QLatin1String("parentUid")),
                     department.contains(QLatin1String("parentUid"))); // roots stay roots
            QCOMPARE(old.value(QLatin1String("sort")), department.value(QLatin1String("sort")));
        }
        QVERIFY(renamed >= 1 && renamed <= 10);
        QVERIFY(moved >= 1 && moved <= 10);
    }

    void smallOrganisationStillChangesDepartments()
    {
        for (int seed = 1; seed <= 20; ++seed) {
            SampleOptions options;
            options.departments = 5;
            options.seed = seed;
            options.users = 10;
            const QHash<QString, QJsonObject> before =
                byUid(allDepartments(SampleOrganisation(options)));
            options.mutation = 10;
            const QList<QJsonObject> after = allDepartments(SampleOrganisation(options));
            const TreeCheck check = checkTree(after);
            QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
            QVERIFY(check.maxDepth <= options.depth);
            int renamed = 0, moved = 0;
            for (const QJsonObject &department : after) {
                const QJsonObject old =
                    before.value(department.value(QLatin1String("uid")).toString());
                renamed +=
                    old.value(QLatin1String("title")) != department.value(QLatin1String("title"));
                moved += old.value(QLatin1String("parentUid"))
                    != department.value(QLatin1String("parentUid"));
            }
            QVERIFY2(renamed >= 1, qPrintable(QString::number(seed)));
            QVERIFY2(moved >= 1, qPrintable(QString::number(seed)));
        }
    }

    void pagesStandAlone()
    {
        SampleOptions options;
        options.users = 20000;
        options.mutation = 30;
        options.pageSize = 1000;
        QByteArray iterated;
        const int middle = 12;
        {
            const SampleOrganisation organisation(options);
            for (int i = 0; i < organisation.userPageCount(); ++i) {
                const UserData page = organisation.userPage(i);
                if (i == middle)
                    iterated = compact(page);
            }
        }
        QCOMPARE(compact(SampleOrganisation(options).userPage(middle)), iterated);

        // A million people: the page in the middle, directly, with nothing before it.
        options.users = 1'000'000;
        options.mutation = 0;
        QElapsedTimer timer;
        timer.start();
        const SampleOrganisation big(options);
        const qint64 constructed = timer.nsecsElapsed();
        QCOMPARE(big.userRecordCount(), qint64(1'000'000));
        QCOMPARE(big.userPageCount(), 1000);
        const UserData page = big.userPage(500);
        QCOMPARE(page.records.size(), 1000);
        QCOMPARE(page.records.first().value(QLatin1String("uid")).toString(),
                 QStringLiteral("u0500001"));
        QCOMPARE(page.records.last().value(QLatin1String("uid")).toString(),
                 QStringLiteral("u0501000"));
        QCOMPARE(big.userPage(999).records.last().value(QLatin1String("uid")).toString(),
                 QStringLiteral("u1000000"));
        qInfo("1,000,000-user organisation constructed in %.3f ms", constructed / 1e6);

        // Measured, not asserted: the time of one 1000-user page (median of 21).
        QList<qint64> times;
        for (int i = 0; i < 21; ++i) {
            timer.restart();
            const UserData measured = big.userPage(100 + i * 37);
            times << timer.nsecsElapsed();
            QCOMPARE(measured.records.size(), 1000);
        }
        std::sort(times.begin(), times.end());
        qInfo("one 1000-user page: median %.3f ms, min %.3f ms, max %.3f ms", times[10] / 1e6,
              times.first() / 1e6, times.last() / 1e6);
    }

    void options()
    {
        const SampleOptions defaults = SampleOptions::fromJson({});
        QCOMPARE(defaults, SampleOptions());
        QCOMPARE(SampleOptions::fromJson(defaults.toJson()), defaults);

        const SampleOptions parsed =
            SampleOptions::fromJson(QJsonObject{{QStringLiteral("users"), 1e9},
                                                {QStringLiteral("departments"), 0},
                                                {QStringLiteral("depth"), 50},
                                                {QStringLiteral("seed"), -42},
                                                {QStringLiteral("mutation"), 150},
                                                {QStringLiteral("pageSize"), QStringLiteral("250")},
                                                {QStringLiteral("unknown"), 3}});
        QCOMPARE(parsed.users, 5'000'000);
        QCOMPARE(parsed.departments, 1);
        QCOMPARE(parsed.depth, 20);
        QCOMPARE(parsed.seed, -42);
        QCOMPARE(parsed.mutation, 100);
        QCOMPARE(parsed.pageSize, 250);

        const SampleOptions odd = SampleOptions::fromJson(
            QJsonObject{{QStringLiteral("users"), -5},
                        {QStringLiteral("depth"), true},
                        {QStringLiteral("pageSize"), QStringLiteral("many")},
                        {QStringLiteral("mutation"), 12.9}});
        QCOMPARE(odd.users, 0);
        QCOMPARE(odd.depth, 3);
        QCOMPARE(odd.pageSize, 1000);
        QCOMPARE(odd.mutation, 12);

        // Options built in code are clamped too.
        SampleOptions raw;
        raw.departments = 0;
        raw.pageSize = 0;
        raw.users = -1;
        const SampleOrganisation organisation(raw);
        QCOMPARE(organisation.departmentRecordCount(), qint64(1));
        QCOMPARE(organisation.userRecordCount(), qint64(0));
        QCOMPARE(organisation.departmentPage(0).records.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSampleOrganisation)
#include "tst_sampleorganisation.moc"
