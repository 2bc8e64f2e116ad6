#include "DemoCatalog.h"

#include <QtGlobal>

namespace od {

namespace {

using C = DemoCategory;

struct ProductRow
{
    const char* sku;
    const char* name;
    const char* spec;
    const char* unit;
    const char* price; // yuan, up to four decimals
    int leadTimeDays;
    bool requiresSpec;
    DemoCategory category;
    int maxQuantity;
};

// Models and prices as a mid-sized maker in Wenzhou lists them (ex-works, before 13% VAT).
constexpr ProductRow kProducts[] = {
    // Gate valves, cast steel WCB, PN16 and PN25; stainless 304.
    {"Z41H-16C-DN50", "铸钢法兰闸阀", "Z41H-16C DN50 PN16 阀体WCB 密封面堆焊硬质合金", "台", "680.00", 15,
     false, C::GateValve, 20},
    {"Z41H-16C-DN80", "铸钢法兰闸阀", "Z41H-16C DN80 PN16 阀体WCB 密封面堆焊硬质合金", "台", "980.00", 15,
     false, C::GateValve, 16},
    {"Z41H-16C-DN100", "铸钢法兰闸阀", "Z41H-16C DN100 PN16 阀体WCB 密封面堆焊硬质合金", "台", "1280.00", 15,
     false, C::GateValve, 12},
    {"Z41H-16C-DN150", "铸钢法兰闸阀", "Z41H-16C DN150 PN16 阀体WCB 密封面堆焊硬质合金", "台", "2350.00", 18,
     false, C::GateValve, 10},
    {"Z41H-16C-DN200", "铸钢法兰闸阀", "Z41H-16C DN200 PN16 阀体WCB 密封面堆焊硬质合金", "台", "3680.00", 20,
     false, C::GateValve, 8},
    {"Z41H-16C-DN300", "铸钢法兰闸阀", "Z41H-16C DN300 PN16 阀体WCB 密封面堆焊硬质合金", "台", "7850.00", 25,
     false, C::GateValve, 4},
    {"Z41H-25-DN100", "高压铸钢闸阀", "Z41H-25 DN100 PN25 阀体WCB", "台", "1728.00", 20, false, C::GateValve,
     8},
    {"Z41H-25-DN150", "高压铸钢闸阀", "Z41H-25 DN150 PN25 阀体WCB", "台", "3172.50", 22, false, C::GateValve,
     6},
    {"Z41H-25-DN200", "高压铸钢闸阀", "Z41H-25 DN200 PN25 阀体WCB", "台", "4968.00", 25, false, C::GateValve,
     4},
    {"Z41W-16P-DN50", "不锈钢法兰闸阀", "Z41W-16P DN50 PN16 阀体CF8(304)", "台", "1768.00", 25, false,
     C::GateValve, 10},
    {"Z41W-16P-DN80", "不锈钢法兰闸阀", "Z41W-16P DN80 PN16 阀体CF8(304)", "台", "2548.00", 25, false,
     C::GateValve, 8},
    {"Z41W-16P-DN100", "不锈钢法兰闸阀", "Z41W-16P DN100 PN16 阀体CF8(304)", "台", "3328.00", 28, false,
     C::GateValve, 6},
    // Globe valves.
    {"J41H-16C-DN25", "铸钢法兰截止阀", "J41H-16C DN25 PN16 阀体WCB", "台", "320.00", 12, false,
     C::GlobeValve, 20},
    {"J41H-16C-DN50", "铸钢法兰截止阀", "J41H-16C DN50 PN16 阀体WCB", "台", "620.00", 12, false,
     C::GlobeValve, 16},
    {"J41H-16C-DN80", "铸钢法兰截止阀", "J41H-16C DN80 PN16 阀体WCB", "台", "1050.00", 15, false,
     C::GlobeValve, 10},
    {"J41H-16C-DN100", "铸钢法兰截止阀", "J41H-16C DN100 PN16 阀体WCB", "台", "1420.00", 15, false,
     C::GlobeValve, 8},
    {"J41W-16P-DN32", "不锈钢截止阀", "J41W-16P DN32 PN16 阀体CF8(304)", "台", "865.50", 20, false,
     C::GlobeValve, 12},
    {"J41W-16P-DN50", "不锈钢截止阀", "J41W-16P DN50 PN16 阀体CF8(304)", "台", "1285.00", 20, false,
     C::GlobeValve, 10},
    // Ball valves.
    {"Q41F-16C-DN25", "铸钢法兰球阀", "Q41F-16C DN25 PN16 阀体WCB 密封PTFE", "台", "210.00", 10, false,
     C::BallValve, 30},
    {"Q41F-16C-DN50", "铸钢法兰球阀", "Q41F-16C DN50 PN16 阀体WCB 密封PTFE", "台", "460.00", 10, false,
     C::BallValve, 24},
    {"Q41F-16C-DN80", "铸钢法兰球阀", "Q41F-16C DN80 PN16 阀体WCB 密封PTFE", "台", "860.00", 12, false,
     C::BallValve, 16},
    {"Q41F-16C-DN100", "铸钢法兰球阀", "Q41F-16C DN100 PN16 阀体WCB 密封PTFE", "台", "1180.00", 12, false,
     C::BallValve, 12},
    {"Q41F-16C-DN150", "铸钢法兰球阀", "Q41F-16C DN150 PN16 阀体WCB 密封PTFE", "台", "2650.00", 18, false,
     C::BallValve, 6},
    {"Q41F-16P-DN25", "不锈钢法兰球阀", "Q41F-16P DN25 PN16 阀体CF8(304) 密封PTFE", "台", "380.00", 12, false,
     C::BallValve, 30},
    {"Q41F-16P-DN50", "不锈钢法兰球阀", "Q41F-16P DN50 PN16 阀体CF8(304) 密封PTFE", "台", "820.00", 12, false,
     C::BallValve, 20},
    {"Q41F-16R-DN50", "316L不锈钢球阀", "Q41F-16R DN50 PN16 阀体CF3M(316L) 密封PTFE", "台", "1150.00", 30,
     true, C::BallValve, 12},
    // Butterfly valves, ductile iron.
    {"D71X-16-DN100", "对夹式软密封蝶阀", "D71X-16 DN100 PN16 阀体球墨铸铁QT450 阀板不锈钢 EPDM衬里", "台",
     "280.00", 10, false, C::ButterflyValve, 30},
    {"D71X-16-DN150", "对夹式软密封蝶阀", "D71X-16 DN150 PN16 阀体球墨铸铁QT450 阀板不锈钢 EPDM衬里", "台",
     "420.00", 10, false, C::ButterflyValve, 24},
    {"D71X-16-DN200", "对夹式软密封蝶阀", "D71X-16 DN200 PN16 阀体球墨铸铁QT450 阀板不锈钢 EPDM衬里", "台",
     "620.00", 12, false, C::ButterflyValve, 16},
    {"D71X-16-DN300", "对夹式软密封蝶阀", "D71X-16 DN300 PN16 阀体球墨铸铁QT450 阀板不锈钢 EPDM衬里", "台",
     "1380.00", 15, false, C::ButterflyValve, 8},
    {"D371X-16Q-DN200", "涡轮法兰蝶阀", "D371X-16Q DN200 PN16 球墨铸铁 蜗轮传动", "台", "1150.00", 15, false,
     C::ButterflyValve, 10},
    {"D371X-16Q-DN300", "涡轮法兰蝶阀", "D371X-16Q DN300 PN16 球墨铸铁 蜗轮传动", "台", "2180.00", 18, false,
     C::ButterflyValve, 6},
    {"D371X-16Q-DN400", "涡轮法兰蝶阀", "D371X-16Q DN400 PN16 球墨铸铁 蜗轮传动", "台", "3860.00", 25, false,
     C::ButterflyValve, 4},
    // Check valves.
    {"H44H-16C-DN50", "旋启式止回阀", "H44H-16C DN50 PN16 阀体WCB", "台", "560.00", 12, false, C::CheckValve,
     16},
    {"H44H-16C-DN100", "旋启式止回阀", "H44H-16C DN100 PN16 阀体WCB", "台", "1150.00", 15, false,
     C::CheckValve, 10},
    {"H44H-16C-DN150", "旋启式止回阀", "H44H-16C DN150 PN16 阀体WCB", "台", "2100.00", 18, false,
     C::CheckValve, 6},
    {"H77X-16-DN100", "对夹双瓣止回阀", "H77X-16 DN100 PN16 球墨铸铁 EPDM密封", "台", "380.00", 10, false,
     C::CheckValve, 20},
    {"H77X-16-DN200", "对夹双瓣止回阀", "H77X-16 DN200 PN16 球墨铸铁 EPDM密封", "台", "920.00", 12, false,
     C::CheckValve, 10},
    // Safety, pressure-reducing and motorised valves: made to the customer's settings.
    {"A42Y-16C-DN25", "弹簧全启式安全阀", "A42Y-16C DN25 PN16 阀体WCB", "台", "650.00", 20, true,
     C::ControlValve, 6},
    {"A42Y-16C-DN50", "弹簧全启式安全阀", "A42Y-16C DN50 PN16 阀体WCB", "台", "1280.00", 20, true,
     C::ControlValve, 4},
    {"Y43H-16C-DN50", "先导活塞式减压阀", "Y43H-16C DN50 PN16 阀体WCB", "台", "1680.00", 25, true,
     C::ControlValve, 4},
    {"D971X-16-DN150", "电动对夹蝶阀", "D971X-16 DN150 PN16 球墨铸铁 配电动执行器", "台", "3980.00", 45, true,
     C::ControlValve, 6},
    {"Z941H-16C-DN200", "电动闸阀", "Z941H-16C DN200 PN16 阀体WCB 配电动装置", "台", "9850.00", 45, true,
     C::ControlValve, 3},
    // Pumps.
    {"IS50-32-160", "单级单吸清水离心泵", "IS50-32-160 流量12.5m³/h 扬程32m 电机3kW 泵体铸铁", "台",
     "2380.00", 20, true, C::Pump, 4},
    {"IS65-50-160", "单级单吸清水离心泵", "IS65-50-160 流量25m³/h 扬程32m 电机4kW 泵体铸铁", "台", "2860.00",
     20, true, C::Pump, 4},
    {"IS80-65-160", "单级单吸清水离心泵", "IS80-65-160 流量50m³/h 扬程32m 电机7.5kW 泵体铸铁", "台",
     "3450.00", 20, true, C::Pump, 4},
    {"IS100-80-160", "单级单吸清水离心泵", "IS100-80-160 流量100m³/h 扬程32m 电机15kW 泵体铸铁", "台",
     "4280.00", 25, true, C::Pump, 3},
    {"IS100-65-200", "单级单吸清水离心泵", "IS100-65-200 流量100m³/h 扬程50m 电机22kW 泵体铸铁", "台",
     "5680.00", 25, true, C::Pump, 3},
    {"IS125-100-250", "单级单吸清水离心泵", "IS125-100-250 流量200m³/h 扬程80m 电机75kW 泵体铸铁", "台",
     "9850.00", 35, true, C::Pump, 2},
    {"ISG50-160", "立式管道离心泵", "ISG50-160 流量12.5m³/h 扬程32m 电机3kW", "台", "1980.00", 15, false,
     C::Pump, 6},
    {"ISG65-160", "立式管道离心泵", "ISG65-160 流量25m³/h 扬程32m 电机4kW", "台", "2450.00", 15, false,
     C::Pump, 6},
    {"ISG80-160", "立式管道离心泵", "ISG80-160 流量50m³/h 扬程32m 电机7.5kW", "台", "3180.00", 18, false,
     C::Pump, 4},
    {"ISG100-200", "立式管道离心泵", "ISG100-200 流量100m³/h 扬程50m 电机22kW", "台", "5150.00", 20, false,
     C::Pump, 3},
    {"IHG50-160", "不锈钢化工管道泵", "IHG50-160 流量12.5m³/h 扬程32m 过流部件304", "台", "3850.00", 30, true,
     C::Pump, 4},
    {"IHG65-160", "不锈钢化工管道泵", "IHG65-160 流量25m³/h 扬程32m 过流部件304", "台", "5200.00", 30, true,
     C::Pump, 3},
    {"D25-30x5", "卧式多级离心泵", "D25-30×5 流量25m³/h 扬程150m 电机22kW", "台", "6800.00", 35, true,
     C::Pump, 2},
    {"D46-50x4", "卧式多级离心泵", "D46-50×4 流量46m³/h 扬程200m 电机45kW", "台", "12800.00", 40, true,
     C::Pump, 2},
    {"50WQ15-25-2.2", "潜水排污泵", "50WQ15-25-2.2 流量15m³/h 扬程25m 电机2.2kW", "台", "2850.00", 15, false,
     C::Pump, 4},
    {"100WQ80-15-5.5", "潜水排污泵", "100WQ80-15-5.5 流量80m³/h 扬程15m 电机5.5kW", "台", "6200.00", 20,
     false, C::Pump, 3},
    {"IH50-32-160-316L", "316L不锈钢化工离心泵", "IH50-32-160 流量12.5m³/h 扬程32m 过流部件316L", "台",
     "8600.00", 60, true, C::Pump, 2},
    // Flanges, pipe fittings and accessories.
    {"PL-DN50-PN16", "板式平焊法兰", "GB/T 9119 DN50 PN16 Q235B", "件", "38.50", 5, false, C::Fitting, 60},
    {"PL-DN100-PN16", "板式平焊法兰", "GB/T 9119 DN100 PN16 Q235B", "件", "68.25", 5, false, C::Fitting, 60},
    {"PL-DN150-PN16", "板式平焊法兰", "GB/T 9119 DN150 PN16 Q235B", "件", "112.80", 5, false, C::Fitting, 40},
    {"WN-DN100-PN16-304", "带颈对焊法兰", "GB/T 9115 DN100 PN16 304", "件", "265.00", 10, false, C::Fitting,
     30},
    {"WN-DN150-PN16-20", "带颈对焊法兰", "GB/T 9115 DN150 PN16 20#", "件", "198.50", 7, false, C::Fitting,
     30},
    {"BL-DN100-PN16", "法兰盲板", "GB/T 9123 DN100 PN16 Q235B", "件", "96.00", 5, false, C::Fitting, 20},
    {"EL90-DN50-20", "90°无缝弯头", "GB/T 12459 DN50 Sch40 20#", "个", "12.6850", 3, false, C::Fitting, 100},
    {"EL90-DN100-20", "90°无缝弯头", "GB/T 12459 DN100 Sch40 20#", "个", "35.80", 3, false, C::Fitting, 80},
    {"EL90-DN150-304", "90°不锈钢弯头", "GB/T 12459 DN150 Sch10S 304", "个", "186.00", 7, false, C::Fitting,
     40},
    {"TEE-DN50-304", "不锈钢等径三通", "GB/T 12459 DN50 Sch10S 304", "个", "48.35", 7, false, C::Fitting, 60},
    {"TEE-DN100-304", "不锈钢等径三通", "GB/T 12459 DN100 Sch10S 304", "个", "152.00", 7, false, C::Fitting,
     40},
    {"RED-DN100x80-20", "同心异径管", "GB/T 12459 DN100×DN80 Sch40 20#", "个", "28.75", 3, false, C::Fitting,
     60},
    {"SWG-DN100-PN16", "金属缠绕垫片", "DN100 PN16 304+柔性石墨", "个", "18.4525", 3, false, C::Fitting, 200},
    {"GL41H-16C-DN50", "Y型过滤器", "GL41H-16C DN50 PN16 阀体WCB 滤网304 40目", "台", "420.00", 10, false,
     C::Fitting, 12},
    {"GL41H-16C-DN100", "Y型过滤器", "GL41H-16C DN100 PN16 阀体WCB 滤网304 40目", "台", "880.00", 12, false,
     C::Fitting, 8},
    {"KXT-DN100-PN16", "可曲挠橡胶软接头", "KXT DN100 PN16 EPDM 法兰连接", "个", "165.00", 5, false,
     C::Fitting, 30},
    {"BOLT-M16x70", "双头螺栓螺母", "M16×70 8.8级 镀锌 每套含两只螺母", "套", "4.2875", 3, false, C::Fitting,
     400},
    {"Y100-1.6MPa", "压力表", "Y-100 0~1.6MPa 径向 M20×1.5", "个", "38.65", 3, false, C::Fitting, 30},
    {"DZW20-380V", "阀门电动执行器", "DZW20 380V 开关型 输出转矩200N·m", "套", "2680.00", 30, true,
     C::Fitting, 4},
    {"MS104-35", "泵用机械密封", "104-35 碳化硅/石墨 氟橡胶", "套", "486.50", 10, false, C::Fitting, 10},
};

} // namespace

CompanyProfile DemoCatalog::company()
{
    CompanyProfile c;
    c.name = QStringLiteral("温州瓯江阀门泵业有限公司");
    c.address = QStringLiteral("浙江省温州市永嘉县瓯北街道阀门工业园区纬八路8号");
    c.phone = QStringLiteral("0577-67381234");
    c.taxId = QStringLiteral("91330324MA2L3K8Y6R");
    c.bankAccount = QStringLiteral("中国工商银行永嘉瓯北支行 1203 2811 0900 1234 567");
    c.terms = QStringLiteral(
        "预付30%，发货前付清余款；交货地点：买方指定地点（运费由卖方承担）；质保期：验收后18个月。");
    return c;
}

QList<User> DemoCatalog::users()
{
    const auto user = [](const char* name, const char* display, Role role) {
        User u;
        u.name = QString::fromUtf8(name);
        u.displayName = QString::fromUtf8(display);
        u.role = role;
        return u;
    };
    return {
        user("admin", "管理员", Role::Administrator), user("wang", "王芳", Role::Salesperson),
        user("chen", "陈伟", Role::Salesperson),      user("liu", "刘洋", Role::Salesperson),
        user("zhou", "周婷", Role::Salesperson),      user("li", "李强", Role::Manager),
        user("zhao", "赵敏", Role::FinanceClerk),     user("sun", "孙磊", Role::ProductionPlanner),
        user("qian", "钱进", Role::LogisticsClerk),
    };
}

QList<DemoProduct> DemoCatalog::products()
{
    QList<DemoProduct> out;
    out.reserve(qsizetype(std::size(kProducts)));
    for (const ProductRow& row : kProducts) {
        DemoProduct p;
        p.product.sku = QString::fromUtf8(row.sku);
        p.product.name = QString::fromUtf8(row.name);
        p.product.spec = QString::fromUtf8(row.spec);
        p.product.unit = QString::fromUtf8(row.unit);
        const auto price = UnitPrice::parse(QString::fromLatin1(row.price));
        Q_ASSERT(price);
        p.product.unitPrice = price.value_or(UnitPrice());
        p.product.leadTimeDays = row.leadTimeDays;
        p.product.requiresSpec = row.requiresSpec;
        p.category = row.category;
        p.maxQuantity = row.maxQuantity;
        out << p;
    }
    return out;
}

QStringList DemoCatalog::specPhrases(DemoCategory category)
{
    static const QStringList valves = {
        QStringLiteral("法兰标准GB/T 9113，介质：热水 80℃"),
        QStringLiteral("介质：冷却循环水，常温，工作压力1.0MPa"),
        QStringLiteral("法兰钻孔按HG/T 20592 PN16，RF密封面"),
        QStringLiteral("出厂前逐台做水压试验，附试验报告"),
        QStringLiteral("需提供材质证明书和产品合格证"),
        QStringLiteral("手轮涂红色，阀体刷银灰漆"),
        QStringLiteral("阀杆加长500mm，埋地安装"),
        QStringLiteral("介质：导热油 260℃"),
        QStringLiteral("用于消防管网，需提供消防检测报告"),
        QStringLiteral("配对法兰、螺栓、垫片一起发货"),
        QStringLiteral("介质：循环水，含少量泥沙"),
        QStringLiteral("结构长度按GB/T 12221，现场替换旧阀"),
        QStringLiteral("介质：压缩空气 0.8MPa"),
        QStringLiteral("木箱包装，注明位号"),
        QStringLiteral("介质：饱和蒸汽 0.6MPa 165℃"),
    };
    static const QStringList globe = {
        QStringLiteral("介质：蒸汽 0.8MPa 180℃，法兰按HG/T 20592"),
        QStringLiteral("介质：饱和蒸汽 1.0MPa"),
        QStringLiteral("填料用柔性石墨，防泄漏"),
    };
    static const QStringList stainless = {
        QStringLiteral("介质：稀硫酸 20%，常温"),
        QStringLiteral("介质：氢氧化钠溶液 40℃"),
        QStringLiteral("酸洗钝化，内壁抛光"),
        QStringLiteral("食品级，卡箍连接另议"),
    };
    static const QStringList control = {
        QStringLiteral("整定压力1.0MPa，介质：蒸汽"),
        QStringLiteral("整定压力0.6MPa，介质：热水"),
        QStringLiteral("阀后压力0.35MPa，介质：自来水"),
        QStringLiteral("电动执行器380V，开关型，带手动操作"),
        QStringLiteral("执行器220V，4~20mA调节型，带阀位反馈"),
        QStringLiteral("执行器防护等级IP67，户外安装"),
        QStringLiteral("出厂按客户压力整定并铅封"),
    };
    static const QStringList pumps = {
        QStringLiteral("流量50m³/h，扬程32m，介质：清水 常温"),
        QStringLiteral("电机380V/50Hz，防护等级IP55"),
        QStringLiteral("配防爆电机 ExdIIBT4"),
        QStringLiteral("介质：含少量颗粒的污水"),
        QStringLiteral("需配公共底座和联轴器"),
        QStringLiteral("机械密封，介质温度90℃"),
        QStringLiteral("流量25m³/h，扬程150m，锅炉给水"),
        QStringLiteral("电机要求二级能效"),
        QStringLiteral("进出口法兰按GB/T 17241.6"),
        QStringLiteral("一用一备，要求同批次出厂"),
        QStringLiteral("介质：30%盐酸，常温，过流部件316L"),
        QStringLiteral("附性能曲线和试验报告"),
    };
    static const QStringList fittings = {
        QStringLiteral("壁厚Sch40，坡口按GB/T 985"),
        QStringLiteral("材质304，酸洗钝化"),
        QStringLiteral("需要材质证明书"),
        QStringLiteral("表面热镀锌"),
        QStringLiteral("按GB/T 12459，无缝"),
        QStringLiteral("分两批送货，先送一半"),
        QStringLiteral("与阀门配套，法兰孔位一致"),
        QStringLiteral("按图纸加工，图号HT-2024-017"),
    };
    switch (category) {
    case DemoCategory::GlobeValve:
        return valves + globe;
    case DemoCategory::BallValve:
        return valves + stainless;
    case DemoCategory::GateValve:
    case DemoCategory::ButterflyValve:
    case DemoCategory::CheckValve:
        return valves;
    case DemoCategory::ControlValve:
        return control;
    case DemoCategory::Pump:
        return pumps;
    case DemoCategory::Fitting:
        return fittings;
    }
    return valves;
}

QStringList DemoCatalog::orderNotes()
{
    return {
        QStringLiteral("客户要求分批发货，首批随合同生效后发出"),
        QStringLiteral("发票随货同行"),
        QStringLiteral("项目名称：厂区循环水改造工程"),
        QStringLiteral("加急，客户项目节点紧"),
        QStringLiteral("送货前一天电话联系现场收货人"),
        QStringLiteral("需开具13%增值税专用发票"),
        QStringLiteral("包装要求：木箱，防潮"),
        QStringLiteral("项目名称：市政供水管网改造"),
    };
}

QStringList DemoCatalog::confirmationRemarks()
{
    return {
        QStringLiteral("客户确认价格和交期"),         QStringLiteral("已回传盖章合同"),
        QStringLiteral("客户同意按承诺交期分批交货"), QStringLiteral("确认规格无误，按此生产"),
        QStringLiteral("电话确认，合同随后寄出"),     QString(),
    };
}

} // namespace od
