#include "DemoCustomers.h"

#include <QSet>

namespace od {

namespace {

struct City
{
    const char* name;    // as it starts a company name
    const char* address; // province + city as written in an address
    const char* districts[3];
    const char* areaCode;
    int weight;
};

// Weighted toward Shanghai, Jiangsu, Zhejiang and Guangdong, where most customers of a Wenzhou
// valve maker are.
constexpr City kCities[] = {
    {"上海", "上海市", {"浦东新区", "闵行区", "嘉定区"}, "021", 10},
    {"苏州", "江苏省苏州市", {"工业园区", "吴中区", "相城区"}, "0512", 6},
    {"无锡", "江苏省无锡市", {"新吴区", "惠山区", "锡山区"}, "0510", 4},
    {"南京", "江苏省南京市", {"江宁区", "浦口区", "六合区"}, "025", 4},
    {"江苏", "江苏省常州市", {"武进区", "新北区", "金坛区"}, "0519", 3},
    {"杭州", "浙江省杭州市", {"萧山区", "余杭区", "滨江区"}, "0571", 6},
    {"宁波", "浙江省宁波市", {"北仑区", "鄞州区", "镇海区"}, "0574", 5},
    {"浙江", "浙江省绍兴市", {"柯桥区", "上虞区", "越城区"}, "0575", 3},
    {"广州", "广东省广州市", {"黄埔区", "番禺区", "南沙区"}, "020", 5},
    {"深圳", "广东省深圳市", {"宝安区", "龙岗区", "光明区"}, "0755", 4},
    {"佛山", "广东省佛山市", {"顺德区", "南海区", "三水区"}, "0757", 3},
    {"广东", "广东省东莞市", {"松山湖", "长安镇", "虎门镇"}, "0769", 3},
    {"天津", "天津市", {"滨海新区", "西青区", "津南区"}, "022", 3},
    {"青岛", "山东省青岛市", {"黄岛区", "城阳区", "即墨区"}, "0532", 3},
    {"山东", "山东省淄博市", {"张店区", "临淄区", "周村区"}, "0533", 2},
    {"武汉", "湖北省武汉市", {"东西湖区", "江夏区", "汉阳区"}, "027", 2},
    {"成都", "四川省成都市", {"双流区", "新都区", "龙泉驿区"}, "028", 2},
    {"合肥", "安徽省合肥市", {"包河区", "蜀山区", "肥西县"}, "0551", 2},
};

struct Brand
{
    const char* name;
    const char* pinyin;
};

constexpr Brand kBrands[] = {
    {"宏达", "hongda"},    {"恒通", "hengtong"},   {"华源", "huayuan"},    {"鑫隆", "xinlong"},
    {"金泰", "jintai"},    {"永盛", "yongsheng"},  {"中联", "zhonglian"},  {"远航", "yuanhang"},
    {"海天", "haitian"},   {"东方", "dongfang"},   {"新华", "xinhua"},     {"利民", "limin"},
    {"瑞丰", "ruifeng"},   {"博远", "boyuan"},     {"嘉禾", "jiahe"},      {"天成", "tiancheng"},
    {"信诚", "xincheng"},  {"聚能", "juneng"},     {"汇通", "huitong"},    {"广源", "guangyuan"},
    {"振华", "zhenhua"},   {"大禹", "dayu"},       {"三江", "sanjiang"},   {"金鼎", "jinding"},
    {"华宇", "huayu"},     {"安泰", "antai"},      {"昌盛", "changsheng"}, {"德隆", "delong"},
    {"凯越", "kaiyue"},    {"蓝天", "lantian"},    {"绿源", "lvyuan"},     {"盛世", "shengshi"},
    {"通达", "tongda"},    {"华港", "huagang"},    {"兴业", "xingye"},     {"宝丰", "baofeng"},
    {"泰和", "taihe"},     {"万通", "wantong"},    {"鼎盛", "dingsheng"},  {"华海", "huahai"},
    {"亿丰", "yifeng"},    {"永安", "yongan"},     {"金桥", "jinqiao"},    {"中诚", "zhongcheng"},
    {"天润", "tianrun"},   {"长江", "changjiang"}, {"伟业", "weiye"},      {"精工", "jinggong"},
    {"百川", "baichuan"},  {"润泽", "runze"},      {"清源", "qingyuan"},   {"碧水", "bishui"},
    {"沃德", "wode"},      {"凯盛", "kaisheng"},   {"正源", "zhengyuan"},  {"恒昌", "hengchang"},
    {"东升", "dongsheng"}, {"华瑞", "huarui"},     {"联合", "lianhe"},     {"汇川", "huichuan"},
    {"明德", "mingde"},    {"佳禾", "jiahe2"},     {"同创", "tongchuang"}, {"立信", "lixin"},
};

struct Trade
{
    const char* words; // what follows the brand in the company name
    const char* abbreviation;
    DemoIndustry industry;
};

constexpr Trade kTrades[] = {
    {"水务工程", "water", DemoIndustry::Water},       {"市政工程", "szgc", DemoIndustry::Water},
    {"环保科技", "hb", DemoIndustry::Water},          {"化工", "chem", DemoIndustry::Chemical},
    {"石化工程", "petro", DemoIndustry::Chemical},    {"化工设备", "chemeq", DemoIndustry::Chemical},
    {"热力", "heat", DemoIndustry::Heating},          {"热电", "power", DemoIndustry::Heating},
    {"能源科技", "energy", DemoIndustry::Heating},    {"消防工程", "fire", DemoIndustry::FireProtection},
    {"消防设备", "xf", DemoIndustry::FireProtection}, {"机电安装", "jd", DemoIndustry::Building},
    {"建设安装", "js", DemoIndustry::Building},       {"暖通空调", "hvac", DemoIndustry::Building},
    {"制药", "pharm", DemoIndustry::Pharma},          {"食品", "food", DemoIndustry::Pharma},
};

constexpr const char* kSurnames[] = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "吴", "周",
                                     "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
constexpr const char* kGivenNames[] = {
    "伟", "娜", "敏",   "静",   "磊",   "军",   "勇",   "艳", "杰",   "涛",   "明",   "超",   "丽",   "华",
    "平", "刚", "建国", "志强", "海燕", "晓东", "文斌", "鹏", "玉兰", "国庆", "春梅", "立新", "建华", "红霞"};
constexpr const char* kRoads[] = {"工业园路", "创业路",   "科技大道", "兴业路",     "长江路",
                                  "黄河路",   "建设路",   "新华路",   "开发区大道", "纬三路",
                                  "经二路",   "滨海大道", "环城东路"};
constexpr const char* kMailboxes[] = {"caigou", "purchase", "sales", "info", "gongcheng"};
constexpr const char* kNotes[] = {"",
                                  "",
                                  "",
                                  "",
                                  "需开具增值税专用发票",
                                  "月结客户",
                                  "重点客户，交期优先",
                                  "送货需提前预约",
                                  "合同需盖骑缝章"};

constexpr qint64 kCreditLimitsYuan[] = {0,       100'000,   200'000,   300'000,   500'000,
                                        800'000, 1'000'000, 1'500'000, 2'000'000, 3'000'000};
constexpr int kCreditLimitWeights[] = {1, 2, 3, 3, 4, 3, 3, 2, 2, 1};
constexpr int kPaymentTerms[] = {0, 30, 45, 60, 90};
constexpr int kPaymentTermWeights[] = {1, 5, 2, 3, 1};

template <typename T, size_t N> const T& pickFrom(DemoRandom& random, const T (&items)[N])
{
    return items[size_t(random.between(0, qint64(N) - 1))];
}

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

QList<DemoCustomer> DemoCustomers::make(DemoRandom& random, int count, int salespeople)
{
    int cityWeights[std::size(kCities)];
    for (size_t i = 0; i < std::size(kCities); ++i)
        cityWeights[i] = kCities[i].weight;

    // Each brand once, in a seed-dependent order, so names never repeat.
    QList<int> brandOrder;
    for (int i = 0; i < int(std::size(kBrands)); ++i)
        brandOrder << i;
    for (int i = int(brandOrder.size()) - 1; i > 0; --i)
        brandOrder.swapItemsAt(i, int(random.between(0, i)));

    QList<DemoCustomer> out;
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        const City& city = kCities[random.weighted(cityWeights)];
        const Brand& brand = kBrands[brandOrder[i % brandOrder.size()]];
        const Trade& trade = pickFrom(random, kTrades);
        const char* suffix = random.chance(150) ? "股份有限公司" : "有限公司";
        QString name = u(city.name) + u(brand.name) + u(trade.words) + u(suffix);
        if (names.contains(name)) // only when count exceeds the brands
            name = u(city.name) + u(brand.name) + u(trade.words) + QString::number(i) + u(suffix);
        names.insert(name);

        DemoCustomer c;
        c.customer.code = QStringLiteral("C%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.customer.name = name;
        const QString surname = u(pickFrom(random, kSurnames));
        c.customer.contact = random.chance(200) ? surname + (random.chance(500) ? u("经理") : u("工"))
                                                : surname + u(pickFrom(random, kGivenNames));
        if (random.chance(600)) {
            static const char* prefixes[] = {"138", "139", "137", "135", "150", "158", "186", "189", "177"};
            c.customer.phone =
                u(pickFrom(random, prefixes)) +
                QStringLiteral("%1").arg(random.between(0, 99'999'999), 8, 10, QLatin1Char('0'));
        } else {
            c.customer.phone =
                u(city.areaCode) + u("-") + QString::number(random.between(50'000'000, 89'999'999));
        }
        c.customer.email = u(pickFrom(random, kMailboxes)) + u("@") + u(brand.pinyin) +
                           u(trade.abbreviation) + (random.chance(500) ? u(".com") : u(".com.cn"));
        c.customer.address = u(city.address) + u(city.districts[random.between(0, 2)]) +
                             u(pickFrom(random, kRoads)) + QString::number(random.between(1, 1999)) + u("号");
        c.customer.creditLimit =
            Money::fromMinor(kCreditLimitsYuan[random.weighted(kCreditLimitWeights)] * 100);
        c.customer.paymentTermsDays = kPaymentTerms[random.weighted(kPaymentTermWeights)];
        c.customer.notes = u(pickFrom(random, kNotes));
        c.industry = trade.industry;
        c.ownerIndex = salespeople > 0 ? i % salespeople : 0;
        // A long tail: the first few accounts in random order carry most of the business.
        c.weight = int(random.between(1, 3)) * (random.chance(150) ? 12 : random.chance(300) ? 4 : 1);
        out << c;
    }
    return out;
}

std::array<int, DemoCategoryCount> DemoCustomers::categoryWeights(DemoIndustry industry)
{
    // Gate, globe, ball, butterfly, check, control, pump, fitting.
    switch (industry) {
    case DemoIndustry::Water:
        return {8, 1, 2, 10, 6, 2, 6, 8};
    case DemoIndustry::Chemical:
        return {5, 4, 10, 2, 3, 3, 4, 6};
    case DemoIndustry::Heating:
        return {6, 8, 3, 3, 4, 6, 4, 6};
    case DemoIndustry::FireProtection:
        return {8, 1, 1, 8, 6, 1, 4, 6};
    case DemoIndustry::Building:
        return {6, 3, 5, 6, 4, 2, 5, 8};
    case DemoIndustry::Pharma:
        return {3, 3, 10, 2, 2, 3, 4, 6};
    }
    return {1, 1, 1, 1, 1, 1, 1, 1};
}

} // namespace od
