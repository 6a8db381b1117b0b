#include "samplenames.h"

namespace SampleNames {
namespace {

// --- people -------------------------------------------------------------------------------

constexpr GivenName zhGiven[] = {
    {u"伟", "wei", false},      {u"芳", "fang", true},      {u"娜", "na", true},
    {u"秀英", "xiuying", true}, {u"敏", "min", true},       {u"静", "jing", true},
    {u"强", "qiang", false},    {u"磊", "lei", false},      {u"军", "jun", false},
    {u"洋", "yang", false},     {u"艳", "yan", true},       {u"杰", "jie", false},
    {u"涛", "tao", false},      {u"明", "ming", false},     {u"超", "chao", false},
    {u"秀兰", "xiulan", true},  {u"霞", "xia", true},       {u"刚", "gang", false},
    {u"子涵", "zihan", false},  {u"欣怡", "xinyi", true},   {u"浩然", "haoran", false},
    {u"梓萱", "zixuan", true},  {u"宇轩", "yuxuan", false}, {u"雨桐", "yutong", true},
};
constexpr FamilyName zhFamily[] = {
    {u"王", nullptr, "wang"},  {u"李", nullptr, "li"},   {u"张", nullptr, "zhang"},
    {u"刘", nullptr, "liu"},   {u"陈", nullptr, "chen"}, {u"杨", nullptr, "yang"},
    {u"黄", nullptr, "huang"}, {u"赵", nullptr, "zhao"}, {u"吴", nullptr, "wu"},
    {u"周", nullptr, "zhou"},  {u"徐", nullptr, "xu"},   {u"孙", nullptr, "sun"},
    {u"马", nullptr, "ma"},    {u"朱", nullptr, "zhu"},  {u"胡", nullptr, "hu"},
    {u"郭", nullptr, "guo"},   {u"何", nullptr, "he"},   {u"高", nullptr, "gao"},
    {u"林", nullptr, "lin"},   {u"罗", nullptr, "luo"},  {u"郑", nullptr, "zheng"},
    {u"梁", nullptr, "liang"}, {u"谢", nullptr, "xie"},  {u"欧阳", nullptr, "ouyang"},
};

constexpr GivenName enGiven[] = {
    {u"James", "james", false},     {u"Mary", "mary", true},
    {u"John", "john", false},       {u"Patricia", "patricia", true},
    {u"Robert", "robert", false},   {u"Jennifer", "jennifer", true},
    {u"Michael", "michael", false}, {u"Linda", "linda", true},
    {u"David", "david", false},     {u"Elizabeth", "elizabeth", true},
    {u"William", "william", false}, {u"Susan", "susan", true},
    {u"Richard", "richard", false}, {u"Jessica", "jessica", true},
    {u"Thomas", "thomas", false},   {u"Sarah", "sarah", true},
    {u"Daniel", "daniel", false},   {u"Emily", "emily", true},
    {u"Oliver", "oliver", false},   {u"Amelia", "amelia", true},
    {u"Noah", "noah", false},       {u"Olivia", "olivia", true},
};
constexpr FamilyName enFamily[] = {
    {u"Smith", nullptr, "smith"},       {u"Johnson", nullptr, "johnson"},
    {u"Williams", nullptr, "williams"}, {u"Brown", nullptr, "brown"},
    {u"Jones", nullptr, "jones"},       {u"Miller", nullptr, "miller"},
    {u"Davis", nullptr, "davis"},       {u"Wilson", nullptr, "wilson"},
    {u"Anderson", nullptr, "anderson"}, {u"Taylor", nullptr, "taylor"},
    {u"Moore", nullptr, "moore"},       {u"Jackson", nullptr, "jackson"},
    {u"Martin", nullptr, "martin"},     {u"Lee", nullptr, "lee"},
    {u"Thompson", nullptr, "thompson"}, {u"White", nullptr, "white"},
    {u"Harris", nullptr, "harris"},     {u"Clark", nullptr, "clark"},
    {u"O'Brien", nullptr, "obrien"},    {u"Smith-Jones", nullptr, "smithjones"},
    {u"Walker", nullptr, "walker"},     {u"Wright", nullptr, "wright"},
};

constexpr GivenName trGiven[] = {
    {u"Ayşe", "ayse", true},        {u"Fatma", "fatma", true},      {u"Emine", "emine", true},
    {u"Zeynep", "zeynep", true},    {u"Elif", "elif", true},        {u"Özlem", "ozlem", true},
    {u"Gülşen", "gulsen", true},    {u"Şule", "sule", true},        {u"Ilgın", "ilgin", true},
    {u"Mehmet", "mehmet", false},   {u"Mustafa", "mustafa", false}, {u"Ahmet", "ahmet", false},
    {u"Hüseyin", "huseyin", false}, {u"İbrahim", "ibrahim", false}, {u"Murat", "murat", false},
    {u"Ömer", "omer", false},       {u"Çağlar", "caglar", false},   {u"Doğan", "dogan", false},
};
constexpr FamilyName trFamily[] = {
    {u"Yılmaz", nullptr, "yilmaz"},     {u"Kaya", nullptr, "kaya"},
    {u"Demir", nullptr, "demir"},       {u"Şahin", nullptr, "sahin"},
    {u"Çelik", nullptr, "celik"},       {u"Yıldız", nullptr, "yildiz"},
    {u"Yıldırım", nullptr, "yildirim"}, {u"Öztürk", nullptr, "ozturk"},
    {u"Aydın", nullptr, "aydin"},       {u"Özdemir", nullptr, "ozdemir"},
    {u"Arslan", nullptr, "arslan"},     {u"Kılıç", nullptr, "kilic"},
    {u"Çetin", nullptr, "cetin"},       {u"Koç", nullptr, "koc"},
    {u"Şimşek", nullptr, "simsek"},     {u"Güneş", nullptr, "gunes"},
    {u"Erdoğan", nullptr, "erdogan"},   {u"Ağaoğlu", nullptr, "agaoglu"},
};

constexpr GivenName ibGiven[] = {
    {u"José", "jose", false},       {u"María", "maria", true},
    {u"Jesús", "jesus", false},     {u"Lucía", "lucia", true},
    {u"Sofía", "sofia", true},      {u"Martín", "martin", false},
    {u"Álvaro", "alvaro", false},   {u"Inés", "ines", true},
    {u"Raúl", "raul", false},       {u"Begoña", "begona", true},
    {u"Iñaki", "inaki", false},     {u"Ángela", "angela", true},
    {u"João", "joao", false},       {u"Conceição", "conceicao", true},
    {u"Gonçalo", "goncalo", false}, {u"Sebastián", "sebastian", false},
    {u"Mónica", "monica", true},    {u"Andrés", "andres", false},
};
constexpr FamilyName ibFamily[] = {
    {u"García", nullptr, "garcia"},       {u"Fernández", nullptr, "fernandez"},
    {u"González", nullptr, "gonzalez"},   {u"Rodríguez", nullptr, "rodriguez"},
    {u"López", nullptr, "lopez"},         {u"Martínez", nullptr, "martinez"},
    {u"Sánchez", nullptr, "sanchez"},     {u"Pérez", nullptr, "perez"},
    {u"Álvarez", nullptr, "alvarez"},     {u"Muñoz", nullptr, "munoz"},
    {u"Jiménez", nullptr, "jimenez"},     {u"Ibáñez", nullptr, "ibanez"},
    {u"Gonçalves", nullptr, "goncalves"}, {u"Araújo", nullptr, "araujo"},
    {u"Magalhães", nullptr, "magalhaes"}, {u"Peña", nullptr, "pena"},
    {u"de la Cruz", nullptr, "delacruz"},
};

// Central and northern Europe: German, French, Nordic, Polish and Czech spellings.
constexpr GivenName euGiven[] = {
    {u"François", "francois", false},
    {u"Jürgen", "juergen", false},
    {u"Zoë", "zoe", true},
    {u"Hélène", "helene", true},
    {u"Jérôme", "jerome", false},
    {u"Chloé", "chloe", true},
    {u"Björn", "bjorn", false},
    {u"Günther", "guenther", false},
    {u"Renée", "renee", true},
    {u"Noël", "noel", false},
    {u"Élodie", "elodie", true},
    {u"Søren", "soren", false},
    {u"Åsa", "asa", true},
    {u"Łukasz", "lukasz", false},
    {u"Małgorzata", "malgorzata", true},
    {u"Jiří", "jiri", false},
    {u"Anneliese", "anneliese", true},
    {u"Klaus", "klaus", false},
};
constexpr FamilyName euFamily[] = {
    {u"Müller", nullptr, "mueller"},
    {u"Schröder", nullptr, "schroeder"},
    {u"Weiß", nullptr, "weiss"},
    {u"Dubois", nullptr, "dubois"},
    {u"Lefèvre", nullptr, "lefevre"},
    {u"Bélanger", nullptr, "belanger"},
    {u"Østergaard", nullptr, "ostergaard"},
    {u"Nyström", nullptr, "nystrom"},
    {u"Kowalski", u"Kowalska", "kowalski"},
    {u"Wiśniewski", u"Wiśniewska", "wisniewski"},
    {u"Dvořák", u"Dvořáková", "dvorak"},
    {u"Novák", u"Nováková", "novak"},
    {u"Fischer", nullptr, "fischer"},
    {u"Girard", nullptr, "girard"},
};

constexpr GivenName ruGiven[] = {
    {u"Александр", "aleksandr", false},
    {u"Дмитрий", "dmitry", false},
    {u"Сергей", "sergey", false},
    {u"Андрей", "andrey", false},
    {u"Алексей", "aleksey", false},
    {u"Иван", "ivan", false},
    {u"Михаил", "mikhail", false},
    {u"Олександр", "oleksandr", false},
    {u"Анна", "anna", true},
    {u"Мария", "maria", true},
    {u"Елена", "elena", true},
    {u"Ольга", "olga", true},
    {u"Наталья", "natalya", true},
    {u"Татьяна", "tatyana", true},
    {u"Екатерина", "ekaterina", true},
    {u"Ірина", "iryna", true},
};
constexpr FamilyName ruFamily[] = {
    {u"Иванов", u"Иванова", "ivanov"},        {u"Смирнов", u"Смирнова", "smirnov"},
    {u"Кузнецов", u"Кузнецова", "kuznetsov"}, {u"Попов", u"Попова", "popov"},
    {u"Соколов", u"Соколова", "sokolov"},     {u"Лебедев", u"Лебедева", "lebedev"},
    {u"Козлов", u"Козлова", "kozlov"},        {u"Новиков", u"Новикова", "novikov"},
    {u"Морозов", u"Морозова", "morozov"},     {u"Волков", u"Волкова", "volkov"},
    {u"Шевченко", nullptr, "shevchenko"},     {u"Ковальчук", nullptr, "kovalchuk"},
    {u"Бондаренко", nullptr, "bondarenko"},
};

constexpr GivenName jaGiven[] = {
    {u"翔太", "shota", false},   {u"大輝", "daiki", false}, {u"蓮", "ren", false},
    {u"陽翔", "haruto", false},  {u"健太", "kenta", false}, {u"拓也", "takuya", false},
    {u"ゆうき", "yuuki", false}, {u"花子", "hanako", true}, {u"陽菜", "hina", true},
    {u"結衣", "yui", true},      {u"美咲", "misaki", true}, {u"さくら", "sakura", true},
    {u"葵", "aoi", true},        {u"ミカ", "mika", true},
};
constexpr FamilyName jaFamily[] = {
    {u"佐藤", nullptr, "sato"},     {u"鈴木", nullptr, "suzuki"},   {u"高橋", nullptr, "takahashi"},
    {u"田中", nullptr, "tanaka"},   {u"渡辺", nullptr, "watanabe"}, {u"伊藤", nullptr, "ito"},
    {u"山本", nullptr, "yamamoto"}, {u"中村", nullptr, "nakamura"}, {u"小林", nullptr, "kobayashi"},
    {u"加藤", nullptr, "kato"},     {u"吉田", nullptr, "yoshida"},  {u"山田", nullptr, "yamada"},
};

constexpr GivenName arGiven[] = {
    {u"محمد", "mohammed", false}, {u"أحمد", "ahmed", false},  {u"علي", "ali", false},
    {u"عمر", "omar", false},      {u"خالد", "khaled", false}, {u"يوسف", "youssef", false},
    {u"حسن", "hassan", false},    {u"فاطمة", "fatima", true}, {u"مريم", "maryam", true},
    {u"ليلى", "layla", true},     {u"نور", "nour", true},     {u"سارة", "sara", true},
    {u"زينب", "zainab", true},
};
constexpr FamilyName arFamily[] = {
    {u"الحسن", nullptr, "alhassan"},  {u"العلي", nullptr, "alali"},
    {u"منصور", nullptr, "mansour"},   {u"حداد", nullptr, "haddad"},
    {u"خوري", nullptr, "khoury"},     {u"الشامي", nullptr, "alshami"},
    {u"السيد", nullptr, "alsayed"},   {u"عبدالله", nullptr, "abdullah"},
    {u"النجار", nullptr, "alnajjar"}, {u"الخطيب", nullptr, "alkhatib"},
};

constexpr GivenName elGiven[] = {
    {u"Γιώργος", "giorgos", false},   {u"Νίκος", "nikos", false},
    {u"Δημήτρης", "dimitris", false}, {u"Κωνσταντίνος", "konstantinos", false},
    {u"Γιάννης", "giannis", false},   {u"Μαρία", "maria", true},
    {u"Ελένη", "eleni", true},        {u"Κατερίνα", "katerina", true},
    {u"Σοφία", "sofia", true},        {u"Δέσποινα", "despoina", true},
};
constexpr FamilyName elFamily[] = {
    {u"Παπαδόπουλος", u"Παπαδοπούλου", "papadopoulos"},
    {u"Παπαδάκης", u"Παπαδάκη", "papadakis"},
    {u"Βλάχος", u"Βλάχου", "vlachos"},
    {u"Γεωργίου", nullptr, "georgiou"},
    {u"Οικονόμου", nullptr, "oikonomou"},
    {u"Νικολάου", nullptr, "nikolaou"},
    {u"Αντωνίου", nullptr, "antoniou"},
};

constexpr GivenName koGiven[] = {
    {u"민준", "minjun", false}, {u"서준", "seojun", false}, {u"도윤", "doyun", false},
    {u"지호", "jiho", false},   {u"서연", "seoyeon", true}, {u"지우", "jiwoo", true},
    {u"하은", "haeun", true},   {u"수빈", "subin", true},
};
constexpr FamilyName koFamily[] = {
    {u"김", nullptr, "kim"},  {u"이", nullptr, "lee"},  {u"박", nullptr, "park"},
    {u"최", nullptr, "choi"}, {u"정", nullptr, "jung"}, {u"강", nullptr, "kang"},
    {u"조", nullptr, "cho"},  {u"윤", nullptr, "yoon"},
};

constexpr GivenName hiGiven[] = {
    {u"अमित", "amit", false},   {u"राहुल", "rahul", false},    {u"विजय", "vijay", false},
    {u"अर्जुन", "arjun", false},  {u"प्रिया", "priya", true},    {u"अनीता", "anita", true},
    {u"सुनीता", "sunita", true}, {u"दीपिका", "deepika", true},
};
constexpr FamilyName hiFamily[] = {
    {u"शर्मा", nullptr, "sharma"}, {u"वर्मा", nullptr, "verma"}, {u"पटेल", nullptr, "patel"},
    {u"गुप्ता", nullptr, "gupta"},  {u"सिंह", nullptr, "singh"},  {u"कुमार", nullptr, "kumar"},
    {u"जोशी", nullptr, "joshi"},
};

constexpr GivenName viGiven[] = {
    {u"Văn An", "vanan", false},    {u"Thị Lan", "thilan", true},
    {u"Minh Anh", "minhanh", true}, {u"Quốc Bảo", "quocbao", false},
    {u"Thu Hà", "thuha", true},     {u"Đức Thắng", "ducthang", false},
    {u"Ngọc Ánh", "ngocanh", true}, {u"Hoàng Long", "hoanglong", false},
};
constexpr FamilyName viFamily[] = {
    {u"Nguyễn", nullptr, "nguyen"}, {u"Trần", nullptr, "tran"},   {u"Lê", nullptr, "le"},
    {u"Phạm", nullptr, "pham"},     {u"Hoàng", nullptr, "hoang"}, {u"Huỳnh", nullptr, "huynh"},
    {u"Phan", nullptr, "phan"},     {u"Vũ", nullptr, "vu"},       {u"Đặng", nullptr, "dang"},
};

constexpr Culture cultureList[] = {
    {"zh", 24, true, false, "+86", "138", "139", zhGiven, zhFamily},
    {"en", 20, false, true, "+1", "555", "556", enGiven, enFamily},
    {"tr", 10, false, true, "+90", "532", "533", trGiven, trFamily},
    {"ib", 8, false, true, "+34", "612", "613", ibGiven, ibFamily},
    {"eu", 8, false, true, "+49", "151", "152", euGiven, euFamily},
    {"ru", 7, false, true, "+7", "912", "913", ruGiven, ruFamily},
    {"ja", 6, true, false, "+81", "090", "080", jaGiven, jaFamily},
    {"ar", 5, false, true, "+971", "050", "055", arGiven, arFamily},
    {"el", 4, false, true, "+30", "690", "691", elGiven, elFamily},
    {"ko", 3, true, false, "+82", "010", "011", koGiven, koFamily},
    {"hi", 3, false, true, "+91", "981", "982", hiGiven, hiFamily},
    {"vi", 2, true, true, "+84", "090", "091", viGiven, viFamily},
};

// --- departments --------------------------------------------------------------------------

constexpr const char16_t *enStems[] = {
    u"Engineering",     u"Sales",
    u"Marketing",       u"Finance",
    u"Human Resources", u"Legal",
    u"Operations",      u"Customer Support",
    u"Research",        u"Product Management",
    u"Design",          u"Quality Assurance",
    u"Procurement",     u"Logistics",
    u"IT Services",     u"Security",
    u"Facilities",      u"Data Science",
};
constexpr const char16_t *enCities[] = {u"London", u"New York", u"Toronto", u"Sydney", u"Dublin"};
constexpr const char16_t *enQualifiers[] = {u"North",  u"South",  u"East",     u"West",
                                            u"Team A", u"Team B", u"Platform", u"Enterprise"};

constexpr const char16_t *zhStems[] = {
    u"研发部", u"销售部",     u"市场部", u"财务部",   u"人力资源部", u"法务部",
    u"运营部", u"客服中心",   u"产品部", u"设计部",   u"质量管理部", u"采购部",
    u"物流部", u"信息技术部", u"行政部", u"数据中心",
};
constexpr const char16_t *zhCities[] = {u"北京", u"上海", u"深圳", u"杭州", u"成都", u"广州"};
constexpr const char16_t *zhQualifiers[] = {u"一组",   u"二组",   u"三组",
                                            u"华东区", u"华南区", u"华北区"};

constexpr const char16_t *trStems[] = {
    u"Satış",       u"Pazarlama",  u"Muhasebe",       u"Finans",   u"İnsan Kaynakları",
    u"Hukuk",       u"Ar-Ge",      u"Üretim",         u"Lojistik", u"Müşteri Hizmetleri",
    u"Bilgi İşlem", u"Satın Alma", u"Kalite Güvence",
};
constexpr const char16_t *trCities[] = {u"İstanbul", u"Ankara", u"İzmir", u"Bursa", u"Eskişehir"};
constexpr const char16_t *trQualifiers[] = {u"Kuzey", u"Güney", u"Doğu", u"Batı", u"Ege Bölgesi"};

constexpr const char16_t *ruStems[] = {
    u"Финансы",           u"Бухгалтерия",  u"Отдел продаж", u"Разработка",       u"Логистика",
    u"Юридический отдел", u"Отдел кадров", u"Маркетинг",    u"Служба поддержки",
};
constexpr const char16_t *ruCities[] = {u"Москва", u"Санкт-Петербург", u"Новосибирск", u"Казань"};
constexpr const char16_t *ruQualifiers[] = {u"Север", u"Юг", u"Группа А", u"Группа Б"};

constexpr const char16_t *frStems[] = {
    u"Ventes",         u"Comptabilité", u"Ressources humaines", u"Recherche et développement",
    u"Service client", u"Achats",       u"Juridique",           u"Qualité",
};
constexpr const char16_t *frCities[] = {u"Paris", u"Lyon", u"Montréal", u"Genève", u"Québec"};
constexpr const char16_t *frQualifiers[] = {u"Nord", u"Sud", u"Équipe A", u"Équipe B"};

constexpr const char16_t *esStems[] = {
    u"Ventas",  u"Contabilidad", u"Atención al cliente", u"Recursos Humanos",
    u"Compras", u"Ingeniería",   u"Logística",           u"Jurídico",
};
constexpr const char16_t *esCities[] = {u"Madrid", u"Barcelona", u"Ciudad de México", u"Bogotá",
                                        u"Málaga"};
constexpr const char16_t *esQualifiers[] = {u"Norte", u"Sur", u"Equipo A", u"Equipo B"};

constexpr const char16_t *deStems[] = {
    u"Vertrieb",          u"Buchhaltung", u"Entwicklung",     u"Qualitätssicherung",
    u"Personalabteilung", u"Einkauf",     u"Rechtsabteilung", u"Kundendienst",
};
constexpr const char16_t *deCities[] = {u"Berlin", u"München", u"Zürich", u"Wien", u"Köln"};
constexpr const char16_t *deQualifiers[] = {u"Nord", u"Süd", u"Team Ost", u"Team West"};

constexpr const char16_t *arStems[] = {
    u"مبيعات",          u"المالية",      u"الموارد البشرية", u"التسويق",
    u"تقنية المعلومات", u"خدمة العملاء", u"المشتريات",
};
constexpr const char16_t *arCities[] = {u"دبي", u"الرياض", u"القاهرة", u"عمّان"};
constexpr const char16_t *arQualifiers[] = {u"الشمال", u"الجنوب", u"الفريق الأول"};

constexpr const char16_t *jaStems[] = {
    u"営業部", u"開発部",     u"経理部",         u"総務部",
    u"人事部", u"品質保証部", u"情報システム部", u"購買部",
};
constexpr const char16_t *jaCities[] = {u"東京", u"大阪", u"名古屋", u"福岡"};
constexpr const char16_t *jaQualifiers[] = {u"第一課", u"第二課", u"第三課"};

constexpr const char16_t *elStems[] = {
    u"Πωλήσεις", u"Λογιστήριο", u"Ανθρώπινο Δυναμικό", u"Μάρκετινγκ", u"Έρευνα και Ανάπτυξη",
};
constexpr const char16_t *elCities[] = {u"Αθήνα", u"Θεσσαλονίκη", u"Πάτρα"};
constexpr const char16_t *elQualifiers[] = {u"Βορρά", u"Νότου", u"Ομάδα Α"};

constexpr const char16_t *ptStems[] = {
    u"Vendas",     u"Logística", u"Recursos Humanos", u"Contabilidade", u"Atendimento ao Cliente",
    u"Engenharia", u"Compras",
};
constexpr const char16_t *ptCities[] = {u"São Paulo", u"Lisboa", u"Porto", u"Rio de Janeiro",
                                        u"Belo Horizonte"};
constexpr const char16_t *ptQualifiers[] = {u"Norte", u"Sul", u"Equipe A"};

constexpr const char16_t *koStems[] = {u"영업부", u"개발팀",   u"인사팀",
                                       u"재무팀", u"마케팅팀", u"고객지원팀"};
constexpr const char16_t *koCities[] = {u"서울", u"부산", u"인천"};
constexpr const char16_t *koQualifiers[] = {u"1팀", u"2팀", u"3팀"};

constexpr DepartmentLanguage languageList[] = {
    {"en", false, true, enStems, enCities, enQualifiers},
    {"zh", true, false, zhStems, zhCities, zhQualifiers},
    {"tr", false, true, trStems, trCities, trQualifiers},
    {"ru", false, true, ruStems, ruCities, ruQualifiers},
    {"fr", false, true, frStems, frCities, frQualifiers},
    {"es", false, true, esStems, esCities, esQualifiers},
    {"de", false, true, deStems, deCities, deQualifiers},
    {"ar", false, true, arStems, arCities, arQualifiers},
    {"ja", true, false, jaStems, jaCities, jaQualifiers},
    {"el", false, true, elStems, elCities, elQualifiers},
    {"pt", false, true, ptStems, ptCities, ptQualifiers},
    {"ko", true, true, koStems, koCities, koQualifiers},
};

// --- job titles ---------------------------------------------------------------------------

constexpr const char16_t *jobTitleList[] = {
    u"Engineer",
    u"Senior Engineer",
    u"Software Developer",
    u"Accountant",
    u"Sales Representative",
    u"Analyst",
    u"Designer",
    u"Recruiter",
    u"Support Specialist",
    u"工程师",
    u"高级工程师",
    u"会计",
    u"销售代表",
    u"产品经理",
    u"设计师",
    u"Mühendis",
    u"Yazılım Geliştirici",
    u"Muhasebeci",
    u"Satış Temsilcisi",
    u"Инженер",
    u"Бухгалтер",
    u"Менеджер по продажам",
    u"Ingénieur",
    u"Comptable",
    u"Ingeniero",
    u"Contable",
    u"Entwickler",
    u"Sachbearbeiterin",
    u"مهندس",
    u"محاسب",
    u"エンジニア",
    u"営業担当",
    u"Μηχανικός",
    u"Λογιστής",
    u"엔지니어",
    u"Engenheiro",
};
constexpr const char16_t *managerTitleList[] = {
    u"Head of Department",
    u"Director",
    u"Team Lead",
    u"部门经理",
    u"总监",
    u"Müdür",
    u"Ekip Lideri",
    u"Руководитель отдела",
    u"Directeur",
    u"Jefe de equipo",
    u"Abteilungsleiter",
    u"مدير",
    u"部長",
    u"Διευθυντής",
    u"팀장",
};

} // namespace

std::span<const Culture> cultures()
{
    return cultureList;
}

std::span<const DepartmentLanguage> departmentLanguages()
{
    return languageList;
}

std::span<const char16_t *const> jobTitles()
{
    return jobTitleList;
}

std::span<const char16_t *const> managerTitles()
{
    return managerTitleList;
}

} // namespace SampleNames
