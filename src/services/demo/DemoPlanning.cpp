#include "DemoPlanning.h"

namespace od {

namespace {

struct CentreRow
{
    const char* code;
    const char* name;
    const char* department;
    int shifts;
    int units;
    int efficiencyBp;
};

// Eight-hour shifts; machining and cutting run two shifts.
constexpr CentreRow kCentres[] = {
    {"CUT", "下料", "下料车间", 2, 2, 9000},
    {"WLD", "堆焊", "焊接车间", 2, 3, 8500},
    {"MCH", "机加工", "机加工车间", 2, 12, 8500},
    {"ASM", "装配", "装配车间", 1, 14, 9500},
    {"PT", "试压", "质检部", 2, 3, 9000},
    {"PNT", "喷漆", "涂装车间", 1, 3, 9000},
    {"PCK", "包装", "成品库", 1, 6, 10000},
    // A small machining centre that can take the 机加工 of valves, pumps and flanges from MCH (an
    // alternative work centre of those steps); nothing is planned on it at first.
    {"CNC", "数控加工中心", "机加工车间", 1, 2, 9500},
};

class Builder
{
public:
    explicit Builder(const DemoProduct& product) : m_priceYuan(product.product.unitPrice.raw() / 10'000) {}

    // A step on a work centre: setup hours, and run hours per unit of `base` plus `perThousandYuan`
    // for every thousand yuan of list price (both in thousandths of an hour).
    Builder& work(const char* name, const char* centre, qint64 setup, qint64 base, qint64 perThousandYuan,
                  int waitDays = 0)
    {
        RoutingStep step = next(name);
        step.workCentre = QString::fromLatin1(centre);
        step.setupHours = Hours::fromRaw(setup);
        step.runHoursPerUnit = Hours::fromRaw(base + m_priceYuan * perThousandYuan / 1000);
        step.waitDays = waitDays;
        m_steps << step;
        return *this;
    }
    // The last step can also be done on `centre` (an alternative work centre).
    Builder& alsoOn(const char* centre)
    {
        m_steps.last().alternatives << QString::fromLatin1(centre);
        return *this;
    }
    Builder& bought(const char* name, int leadDays)
    {
        RoutingStep step = next(name);
        step.purchaseLeadDays = leadDays;
        m_steps << step;
        return *this;
    }
    QList<RoutingStep> steps() const { return m_steps; }

private:
    RoutingStep next(const char* name) const
    {
        RoutingStep step;
        step.stepNo = int(m_steps.size() + 1) * 10; // room to insert a step later
        step.name = QString::fromUtf8(name);
        return step;
    }
    qint64 m_priceYuan;
    QList<RoutingStep> m_steps;
};

} // namespace

QList<WorkCentre> DemoPlanning::workCentres()
{
    QList<WorkCentre> out;
    for (const CentreRow& row : kCentres) {
        WorkCentre c;
        c.code = QString::fromLatin1(row.code);
        c.name = QString::fromUtf8(row.name);
        c.department = QString::fromUtf8(row.department);
        c.hoursPerShift = Hours::fromWhole(8);
        c.shifts = row.shifts;
        c.units = row.units;
        c.efficiency = BasisPoints::fromRaw(row.efficiencyBp);
        out << c;
    }
    return out;
}

QList<RoutingStep> DemoPlanning::routing(const DemoProduct& demo)
{
    const Product& p = demo.product;
    const bool stainless =
        p.name.contains(QStringLiteral("不锈钢")) || p.name.contains(QStringLiteral("316L"));
    // Hard-faced seats (the H of Z41H, J41H, H44H, GL41H) are welded before machining.
    const bool hardFaced = p.sku.contains(QStringLiteral("41H")) || p.sku.contains(QStringLiteral("44H"));
    Builder b(demo);
    switch (demo.category) {
    case DemoCategory::GateValve:
    case DemoCategory::GlobeValve:
    case DemoCategory::BallValve:
    case DemoCategory::ButterflyValve:
    case DemoCategory::CheckValve:
        b.bought("铸件采购", stainless ? 15 : demo.category == DemoCategory::ButterflyValve ? 7 : 10);
        if (hardFaced)
            b.work("密封面堆焊", "WLD", 500, 200, 250);
        b.work("机加工", "MCH", 1500, 300, 600)
            .alsoOn("CNC")
            .work("装配", "ASM", 500, 200, 300)
            .work("试压", "PT", 300, 100, 100);
        if (!stainless)
            b.work("喷漆", "PNT", 300, 50, 60, 1); // a day to dry
        b.work("包装", "PCK", 200, 50, 30);
        break;
    case DemoCategory::ControlValve:
        b.bought("铸件及执行机构采购", p.sku.startsWith(u'A') || p.sku.startsWith(u'Y') ? 12 : 20)
            .work("机加工", "MCH", 2000, 500, 500)
            .work("装配调试", "ASM", 1000, 800, 400)
            .work("试压及整定", "PT", 500, 300, 150)
            .work("喷漆", "PNT", 300, 80, 50, 1)
            .work("包装", "PCK", 200, 100, 30);
        break;
    case DemoCategory::Pump:
        b.bought("泵体铸件及电机采购", stainless ? 20 : 12)
            .work("机加工", "MCH", 2000, 800, 500)
            .alsoOn("CNC")
            .work("装配", "ASM", 1000, 1000, 350)
            .work("性能试验", "PT", 500, 500, 100);
        if (!stainless)
            b.work("喷漆", "PNT", 300, 100, 40, 1);
        b.work("包装", "PCK", 300, 150, 20);
        break;
    case DemoCategory::Fitting:
        if (p.sku.startsWith(QStringLiteral("PL-")) || p.sku.startsWith(QStringLiteral("WN-")) ||
            p.sku.startsWith(QStringLiteral("BL-"))) {
            b.work("下料", "CUT", 500, 30, 300).work("机加工", "MCH", 800, 80, 800).alsoOn("CNC");
            if (!p.sku.endsWith(QStringLiteral("304")))
                b.work("防锈喷漆", "PNT", 200, 10, 50, 1);
            b.work("包装", "PCK", 100, 5, 20);
        } else if (p.sku.startsWith(QStringLiteral("GL41H"))) {
            b.bought("铸件采购", 10)
                .work("机加工", "MCH", 1000, 300, 500)
                .work("装配", "ASM", 300, 200, 200)
                .work("试压", "PT", 300, 100, 100)
                .work("喷漆", "PNT", 300, 50, 60, 1)
                .work("包装", "PCK", 200, 50, 30);
        } else if (p.sku.startsWith(QStringLiteral("DZW"))) {
            b.bought("执行器外购", 25).work("通电调试", "ASM", 500, 1000, 0).work("包装", "PCK", 200, 100, 0);
        } else {
            // Elbows, tees, gaskets, bolts, gauges, joints and seals are bought in and checked.
            b.bought("外购", demo.product.leadTimeDays > 5 ? 7 : 3).work("检验包装", "PCK", 200, 5, 20);
        }
        break;
    }
    return b.steps();
}

} // namespace od
