#include "sampleorganisation.h"

#include "samplenames.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace {

// Independent hash streams: each field draws from its own, so adding a field never shifts the
// values of the others. Append only.
// clang-format off
enum Stream : int {
    RootCount = 1, Parent, RootLanguage, KeepLanguage, ChildLanguage, Stem, TitleVariant, TitleWord,
    Order, DepartmentRename, DepartmentMove, DepartmentMoveTarget, Culture, Given, Family,
    MainDepartment, MainDepartmentAlt, ExtraCount, ExtraDepartment, ExtraForm, Owner, JobTitle,
    Domain, Change, ChangeKind, NewFamily, MovedDepartment, ContactMask, NewJobTitle, PhoneOffset
};
// clang-format on

// splitmix64 (Steele, Lea, Flood): fast, well mixed, and identical on every platform, unlike
// QRandomGenerator::global() or std::hash.
constexpr quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A uniform-enough index in [0, count) (count > 0; the modulo bias is irrelevant here).
int below(quint64 hash, qsizetype count)
{
    return int(hash % quint64(count));
}

// A number, or a numeric string as a settings form may store it; anything else keeps the default.
int readNumber(const QJsonObject &object, const QString &key, int fallback, int low, int high)
{
    const QJsonValue value = object.value(key);
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
    if (!ok || std::isnan(number))
        return fallback;
    // Clamp as a double first: converting an out-of-range double to int is undefined.
    return int(std::clamp(number, double(low), double(high)));
}

// Short ASCII strings (uids, logins, phones) formatted on the stack: one allocation per string
// instead of one per piece, which matters at a million users.
template<typename... Args>
QString ascii(const char *format, Args... arguments)
{
    char buffer[128];
    const int size = std::snprintf(buffer, sizeof buffer, format, arguments...);
    return QString::fromLatin1(buffer, std::clamp(size, 0, int(sizeof buffer) - 1));
}

QString padded(char prefix, qint64 value, int width)
{
    return ascii("%c%0*lld", prefix, width, static_cast<long long>(value));
}

QString joined(QStringView first, QStringView second, bool spaced)
{
    QString result;
    result.reserve(first.size() + second.size() + 1);
    result.append(first);
    if (spaced)
        result.append(u' ');
    return result.append(second);
}

// Example domains only (RFC 2606): they can never reach a real mailbox.
constexpr const char *ComDomain = "example.com";
constexpr const char *NetDomain = "example.net";
constexpr const char *OrgDomain = "example.org";

} // namespace

// ---- SampleOptions -----------------------------------------------------------------------

SampleOptions SampleOptions::fromJson(const QJsonObject &options)
{
    SampleOptions result;
    result.users = readNumber(options, QStringLiteral("users"), result.users, 0, MaxUsers);
    result.departments =
        readNumber(options, QStringLiteral("departments"), result.departments, 1, MaxDepartments);
    result.depth = readNumber(options, QStringLiteral("depth"), result.depth, 1, MaxDepth);
    result.seed = readNumber(options, QStringLiteral("seed"), result.seed,
                             std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    result.mutation = readNumber(options, QStringLiteral("mutation"), result.mutation, 0, 100);
    result.pageSize =
        readNumber(options, QStringLiteral("pageSize"), result.pageSize, 1, MaxPageSize);
    return result;
}

QJsonObject SampleOptions::toJson() const
{
    return {{QStringLiteral("users"), users},       {QStringLiteral("departments"), departments},
            {QStringLiteral("depth"), depth},       {QStringLiteral("seed"), seed},
            {QStringLiteral("mutation"), mutation}, {QStringLiteral("pageSize"), pageSize}};
}

SampleOptions SampleOptions::normalized() const
{
    SampleOptions result = *this;
    result.users = std::clamp(users, 0, MaxUsers);
    result.departments = std::clamp(departments, 1, MaxDepartments);
    result.depth = std::clamp(depth, 1, MaxDepth);
    result.mutation = std::clamp(mutation, 0, 100);
    result.pageSize = std::clamp(pageSize, 1, MaxPageSize);
    return result;
}

// ---- construction: the department tree ---------------------------------------------------

struct SampleOrganisation::Person
{
    const SampleNames::Culture *culture;
    const SampleNames::GivenName *given;
    int family;
};

SampleOrganisation::SampleOrganisation(const SampleOptions &options)
    : m_options(options.normalized())
    , m_seedKey(splitmix64(quint64(qint64(m_options.seed))))
    , m_newHires((qint64(m_options.users) * m_options.mutation + 200) / 400)
{
    buildTree();
    buildOrder();
    applyDepartmentChanges();
    // Record skeletons with every key in place: QJsonObject::insert of a new key allocates a
    // container for the key, replacing the value of an existing one does not, which makes a user
    // page about 1.7x faster. The placeholders are numbers, so no stale string bytes remain.
    for (const char *key : {"uid", "nickname", "username", "email", "phone", "departments", "title",
                            "employeeNumber"})
        m_userTemplate.insert(QLatin1String(key), 0);
    m_mainTemplate = {{QStringLiteral("uid"), 0},
                      {QStringLiteral("isMain"), true},
                      {QStringLiteral("isOwner"), false}};
    m_extraTemplate = {{QStringLiteral("uid"), 0}, {QStringLiteral("isMain"), false}};
}

quint64 SampleOrganisation::draw(int stream, quint64 index, quint64 salt) const
{
    return splitmix64(splitmix64(splitmix64(m_seedKey + quint64(stream)) + salt) + index);
}

namespace {

// Level sizes grow by a common factor b >= 1.5 chosen so that `levels` levels below the roots
// hold the remaining departments; a small organisation then simply uses fewer levels.
double branchingFactor(int roots, int remaining, int levels)
{
    const auto capacity = [&](double factor) {
        double size = roots, sum = 0;
        for (int level = 0; level < levels && sum < remaining; ++level) {
            size *= factor;
            sum += size;
        }
        return sum;
    };
    double low = 1.5, high = std::max(2.0, double(remaining));
    if (capacity(low) >= remaining)
        return low;
    for (int i = 0; i < 64; ++i) { // fixed steps of + and *: the same result on every machine
        const double middle = (low + high) / 2;
        (capacity(middle) >= remaining ? high : low) = middle;
    }
    return high;
}

} // namespace

void SampleOrganisation::buildTree()
{
    const int total = m_options.departments;
    const int maxDepth = m_options.depth;
    const int languages = int(SampleNames::departmentLanguages().size());
    const int roots = maxDepth == 1 ? total : std::min(total, 1 + below(draw(RootCount, 0), 3));

    m_levelStart = {0, roots};
    int remaining = total - roots;
    const double factor = remaining > 0 ? branchingFactor(roots, remaining, maxDepth - 1) : 1.0;
    for (int level = 2, previous = roots; remaining > 0; ++level) {
        const int size = level == maxDepth
            ? remaining
            : std::max(1, int(std::llround(std::min(previous * factor, double(remaining)))));
        m_levelStart.append(m_levelStart.last() + size);
        remaining -= size;
        previous = size;
    }

    m_baseParent.resize(total);
    m_sort.resize(total);
    m_level.resize(total);
    m_language.resize(total);
    QList<int> children(total, 0);
    for (int level = 0; level + 1 < m_levelStart.size(); ++level) {
        for (int i = m_levelStart[level]; i < m_levelStart[level + 1]; ++i) {
            m_level[i] = quint8(level);
            if (level == 0) {
                m_baseParent[i] = -1;
                m_sort[i] = i + 1;
                m_language[i] = quint8(below(draw(RootLanguage, i), languages));
                continue;
            }
            // Parents are drawn from the level above, so some departments get several children
            // and some none, as in a real organisation.
            const int first = m_levelStart[level - 1];
            const int parent = first + below(draw(Parent, i), m_levelStart[level] - first);
            m_baseParent[i] = parent;
            m_sort[i] = ++children[parent];
            // Most teams speak their parent's language: a subtree reads like one subsidiary.
            m_language[i] = below(draw(KeepLanguage, i), 5) != 0
                ? m_language[parent]
                : quint8(below(draw(ChildLanguage, i), languages));
        }
    }
}

// Emission order: a seeded Fisher–Yates shuffle. Real sources do not sort parents first, and the
// engine must resolve parentUid regardless; the last department (on the deepest level) is swapped
// in front of its parent if the shuffle happened to put it behind.
void SampleOrganisation::buildOrder()
{
    const int total = m_options.departments;
    m_order.resize(total);
    std::iota(m_order.begin(), m_order.end(), 0);
    for (int i = total - 1; i > 0; --i)
        std::swap(m_order[i], m_order[below(draw(Order, i), i + 1)]);
    const int last = total - 1;
    const int parent = m_baseParent[last];
    if (parent < 0)
        return;
    const auto childAt = std::find(m_order.begin(), m_order.end(), last);
    const auto parentAt = std::find(m_order.begin(), m_order.end(), parent);
    if (childAt > parentAt)
        std::iter_swap(childAt, parentAt);
}

void SampleOrganisation::applyDepartmentChanges()
{
    const int total = m_options.departments;
    const int p = m_options.mutation;
    m_parent = m_baseParent;
    m_renamed = QList<bool>(total, false);
    if (p == 0)
        return;
    const bool atLeastOne = p >= 10 && total >= 5;
    const quint64 threshold = quint64(p) * 100; // out of 100,000: p/10 %

    // Departments whose hash falls below p/10 % change; when none does but one must, the eligible
    // department with the lowest hash does.
    const auto choose = [&](int stream, const auto &eligible, const auto &change) {
        int fallback = -1;
        quint64 fallbackKey = std::numeric_limits<quint64>::max();
        bool any = false;
        for (int i = 0; i < total; ++i) {
            if (!eligible(i))
                continue;
            const quint64 key = draw(stream, i) % 100'000;
            if (key < threshold)
                change(i), any = true;
            if (key < fallbackKey)
                fallbackKey = key, fallback = i;
        }
        if (!any && atLeastOne && fallback >= 0)
            change(fallback);
    };
    choose(
        DepartmentRename, [](int) { return true; }, [&](int i) { m_renamed[i] = true; });

    // The new parent is on a shallower level than the department (preferably the level right
    // above, when it has a second department), so levels strictly decrease along every parent
    // chain: no cycles, and no department gets deeper than it was. A department whose only
    // shallower department is its parent cannot move.
    const auto movable = [&](int i) {
        return m_level[i] > 0 && m_levelStart[m_level[i]] >= 2;
    };
    choose(DepartmentMove, movable, [&](int i) {
        const int level = m_level[i];
        const int above = m_levelStart[level - 1], end = m_levelStart[level];
        const int first = end - above >= 2 ? above : 0;
        int target = first + below(draw(DepartmentMoveTarget, i), end - first - 1);
        if (target >= m_baseParent[i])
            ++target;
        m_parent[i] = target;
    });
}

// ---- departments -------------------------------------------------------------------------

int SampleOrganisation::stemOf(int department, int generation) const
{
    const auto &language = SampleNames::departmentLanguages()[m_language[department]];
    return below(draw(Stem, department, generation), qsizetype(language.stems.size()));
}

// Titles: a stem ("Satış"), optionally with a city ("Satış İzmir", "上海销售部"), a qualifier
// ("Engineering Team A") or, below a parent, the parent's stem and a qualifier ("销售部华东区"
// under "销售部"). Duplicates under different parents happen, as in real organisations.
QString SampleOrganisation::departmentTitle(int department, int generation) const
{
    const auto languages = SampleNames::departmentLanguages();
    const auto &language = languages[m_language[department]];
    const QStringView stem = language.stems[stemOf(department, generation)];
    const int parent = m_baseParent[department];
    const quint64 word = draw(TitleWord, department, generation);
    switch (below(draw(TitleVariant, department, generation), parent < 0 ? 2 : 4)) {
    case 1: {
        const QStringView city = language.cities[below(word, qsizetype(language.cities.size()))];
        return language.cityFirst ? joined(city, stem, language.spaced)
                                  : joined(stem, city, language.spaced);
    }
    case 2:
        return joined(stem, language.qualifiers[below(word, qsizetype(language.qualifiers.size()))],
                      language.spaced);
    case 3: {
        const auto &above = languages[m_language[parent]];
        return joined(above.stems[stemOf(parent, 0)],
                      above.qualifiers[below(word, qsizetype(above.qualifiers.size()))],
                      above.spaced);
    }
    default:
        return stem.toString();
    }
}

QJsonObject SampleOrganisation::departmentRecord(int department) const
{
    if (department < 0 || department >= m_options.departments)
        return {};
    QString title = departmentTitle(department, 0);
    if (m_renamed[department]) {
        const QString before = title;
        for (int generation = 1; title == before && generation < 16; ++generation)
            title = departmentTitle(department, generation);
        if (title == before) // vanishingly rare; a rename must still change the title
            title += QStringLiteral(" (new)");
    }
    QJsonObject record{{QStringLiteral("uid"), padded('d', department + 1, 5)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("sort"), m_sort[department]}};
    if (m_parent[department] >= 0)
        record.insert(QStringLiteral("parentUid"), padded('d', m_parent[department] + 1, 5));
    return record;
}

UserData SampleOrganisation::departmentPage(int index) const
{
    UserData page;
    page.dataType = UserData::Department;
    page.sourceName = m_options.sourceName;
    const qint64 first = qint64(index) * m_options.pageSize;
    if (index < 0 || first >= departmentRecordCount())
        return page;
    const qint64 end = std::min(first + m_options.pageSize, departmentRecordCount());
    page.records.reserve(end - first);
    for (qint64 position = first; position < end; ++position)
        page.records.append(departmentRecord(m_order[position]));
    return page;
}

// ---- users -------------------------------------------------------------------------------

SampleOrganisation::UserChange SampleOrganisation::userChange(qint64 number) const
{
    if (number < 1 || number > m_options.users || m_options.mutation == 0)
        return UserChange::None;
    if (draw(Change, number) % 10'000 >= quint64(m_options.mutation) * 100)
        return UserChange::None;
    return UserChange(1 + below(draw(ChangeKind, number), 4));
}

SampleOrganisation::Person SampleOrganisation::person(qint64 number) const
{
    const auto cultures = SampleNames::cultures();
    int roll = below(draw(Culture, number), 100);
    const SampleNames::Culture *culture = &cultures.back();
    for (const SampleNames::Culture &candidate : cultures) {
        if (roll < candidate.weight) {
            culture = &candidate;
            break;
        }
        roll -= candidate.weight;
    }
    return {culture, &culture->given[below(draw(Given, number), qsizetype(culture->given.size()))],
            below(draw(Family, number), qsizetype(culture->family.size()))};
}

// The larger of two uniform draws: deeper departments (later in breadth-first order) get more
// people, as teams at the leaves usually do.
int SampleOrganisation::pickDepartment(qint64 number, quint64 salt) const
{
    const int total = m_options.departments;
    return std::max(below(draw(MainDepartment, number, salt), total),
                    below(draw(MainDepartmentAlt, number, salt), total));
}

// Main department first as {uid, isMain, isOwner}, then 0–2 distinct extra memberships, half as
// plain uid strings and half as {uid, isMain: false}: sources send both forms.
QJsonArray SampleOrganisation::memberships(qint64 number, bool moved, bool owner) const
{
    const int total = m_options.departments;
    const quint64 salt = moved ? 1 : 0;
    int main = pickDepartment(number, 0);
    if (moved && total > 1) {
        const int base = main;
        main = pickDepartment(number, 1);
        if (main == base)
            main = (base + 1 + below(draw(MovedDepartment, number), total - 1)) % total;
    }
    const QLatin1String uidKey("uid");
    QJsonObject mainEntry = m_mainTemplate;
    mainEntry.insert(uidKey, padded('d', main + 1, 5));
    if (owner)
        mainEntry.insert(QLatin1String("isOwner"), true);
    QJsonArray result{mainEntry};
    const int roll = below(draw(ExtraCount, number, salt), 100);
    const int extras = std::min(roll < 70 ? 0 : roll < 92 ? 1 : 2, total - 1);
    int chosen[3] = {main, -1, -1};
    for (int k = 0; k < extras; ++k) {
        int department = below(draw(ExtraDepartment, number, salt * 4 + k), total);
        while (std::find(chosen, chosen + k + 1, department) != chosen + k + 1)
            department = (department + 1) % total;
        chosen[k + 1] = department;
        const QString uid = padded('d', department + 1, 5);
        if (draw(ExtraForm, number, salt * 4 + k) % 2 == 0) {
            result.append(uid);
        } else {
            QJsonObject entry = m_extraTemplate;
            entry.insert(uidKey, uid);
            result.append(entry);
        }
    }
    return result;
}

// "+86 138 1234 5678". The eight digits are a bijection of the user number on [0, 10^8) (affine
// map, swap of the halves, affine map), so every user — base or hire, numbers < 10^8 — has
// different digits that do not look sequential; a changed phone differs in the operator.
QString SampleOrganisation::phone(const char *phoneCountry, const char *phoneOperator,
                                  qint64 number) const
{
    constexpr quint64 Modulus = 100'000'000, Half = 10'000;
    quint64 digits = (quint64(number) * 61'803'399 + draw(PhoneOffset, 0) % Modulus) % Modulus;
    digits = (digits % Half) * Half + digits / Half;
    digits = (digits * 38'196'601 + draw(PhoneOffset, 1) % Modulus) % Modulus;
    return ascii("%s %s %04llu %04llu", phoneCountry, phoneOperator,
                 static_cast<unsigned long long>(digits / Half),
                 static_cast<unsigned long long>(digits % Half));
}

QJsonObject SampleOrganisation::userRecord(qint64 number) const
{
    if (number < 1 || number > userRecordCount())
        return {};
    const UserChange change = userChange(number);
    const QString uid = padded('u', number, 7);
    if (change == UserChange::Left)
        return {{QStringLiteral("uid"), uid}, {QStringLiteral("isDeleted"), true}};

    const Person who = person(number);
    const SampleNames::Culture &culture = *who.culture;
    // The login comes from the original name and the (unique) user number, so it never collides
    // and survives a rename; the ASCII name parts have no digits, so it is unambiguous.
    const char *givenAscii = who.given->ascii, *familyAscii = culture.family[who.family].ascii;
    const char *first = culture.familyFirst ? familyAscii : givenAscii;
    const char *second = culture.familyFirst ? givenAscii : familyAscii;
    const char *separator = culture.familyFirst ? "" : ".";
    const auto n = static_cast<long long>(number);
    const QString login = ascii("%s%s%s%lld", first, separator, second, n);

    int family = who.family;
    if (change == UserChange::Renamed) {
        const int count = int(culture.family.size());
        family = (family + 1 + below(draw(NewFamily, number), count - 1)) % count;
    }
    const SampleNames::FamilyName &familyName = culture.family[family];
    const QStringView familyText =
        who.given->female && familyName.female ? familyName.female : familyName.text;
    const QStringView givenText(who.given->text);
    const QString nickname = culture.familyFirst ? joined(familyText, givenText, culture.spaced)
                                                 : joined(givenText, familyText, culture.spaced);

    const bool owner = draw(Owner, number) % 25 == 0;
    const auto titles = owner ? SampleNames::managerTitles() : SampleNames::jobTitles();
    int title = below(draw(JobTitle, number), qsizetype(titles.size()));
    const char *domain = draw(Domain, number) % 10 == 0 ? NetDomain : ComDomain;
    const char *phoneOperator = culture.phoneOperator;
    if (change == UserChange::ContactChanged) {
        const int mask = 1 + below(draw(ContactMask, number), 7); // a non-empty subset
        if (mask & 1)
            domain = OrgDomain;
        if (mask & 2)
            phoneOperator = culture.phoneOperatorAlt;
        if (mask & 4) {
            const int count = int(titles.size());
            title = (title + 1 + below(draw(NewJobTitle, number), count - 1)) % count;
        }
    }
    // With a single department there is nowhere to move to: the move changes the ownership.
    const bool moved = change == UserChange::Moved;
    const bool isOwner = moved && m_options.departments == 1 ? !owner : owner;

    QJsonObject record = m_userTemplate;
    record.insert(QLatin1String("uid"), uid);
    record.insert(QLatin1String("nickname"), nickname);
    record.insert(QLatin1String("username"), login);
    record.insert(QLatin1String("email"),
                  ascii("%s%s%s%lld@%s", first, separator, second, n, domain));
    record.insert(QLatin1String("phone"), phone(culture.phoneCountry, phoneOperator, number));
    record.insert(QLatin1String("departments"), memberships(number, moved, isOwner));
    record.insert(QLatin1String("title"), QStringView(titles[title]).toString());
    record.insert(QLatin1String("employeeNumber"), padded('E', number, 7));
    return record;
}

UserData SampleOrganisation::userPage(int index) const
{
    UserData page;
    page.dataType = UserData::User;
    page.matchKey = QStringLiteral("email");
    page.sourceName = m_options.sourceName;
    const qint64 first = qint64(index) * m_options.pageSize;
    if (index < 0 || first >= userRecordCount())
        return page;
    const qint64 end = std::min(first + m_options.pageSize, userRecordCount());
    page.records.reserve(end - first);
    for (qint64 position = first; position < end; ++position)
        page.records.append(userRecord(position + 1));
    return page;
}
