#pragma once

#include <span>

// Word lists behind the built-in `sample` source. Everything here is fictional; the lists mix
// scripts on purpose (Han, Latin with diacritics, Turkish dotless i, Cyrillic, Greek, Arabic,
// Japanese kana, Hangul, Devanagari) so that every screen and every store is exercised with them.
// SampleOrganisation indexes these lists with seeded hashes, so any edit (even appending) changes
// the organisation every seed stands for; tst_sampleorganisation pins a fingerprint of one, so
// such a change is a deliberate one.
namespace SampleNames {

struct GivenName
{
    const char16_t *text;
    const char *ascii; // lowercase a–z only: the login is built from it
    bool female;
};

struct FamilyName
{
    const char16_t *text;
    const char16_t *female; // the female form (Иванова, Παπαδοπούλου), nullptr when the same
    const char *ascii; // lowercase a–z only
};

// A naming culture: how a full name is written and which phone plan its people have.
struct Culture
{
    const char *code;
    int weight; // share of the population, in percent (all weights sum to 100)
    bool familyFirst; // "张伟", "Nguyễn Văn An": family name first
    bool spaced; // a space between the two parts ("Ayşe Yılmaz"), none for "张伟"
    const char *phoneCountry;
    const char *phoneOperator;
    const char *phoneOperatorAlt; // after a phone change; never equal to phoneOperator
    std::span<const GivenName> given;
    std::span<const FamilyName> family;
};

// Department vocabulary of one language, so a subtree reads like one subsidiary.
struct DepartmentLanguage
{
    const char *code;
    bool cityFirst; // "上海销售部", "서울 영업부"
    bool spaced; // false for Chinese and Japanese
    std::span<const char16_t *const> stems;
    std::span<const char16_t *const> cities;
    std::span<const char16_t *const> qualifiers;
};

std::span<const Culture> cultures();
std::span<const DepartmentLanguage> departmentLanguages();
std::span<const char16_t *const> jobTitles();
std::span<const char16_t *const> managerTitles();

} // namespace SampleNames
