#include "PdfTextRepair.h"
#include "PagedDocumentRenderer.h"

#include <QFontDatabase>

#include <gtest/gtest.h>

namespace od {
namespace {

// A ToUnicode map as QPdfWriter writes it for Noto Sans CJK: glyphs shared by a radical and an
// everyday character come out as the radical (⽯ U+2F6F for 石, ⻔ U+2ED4 for 门).
const QByteArray QtStyleCMap = QByteArrayLiteral("stream\n"
                                                 "begincmap\n"
                                                 "2 beginbfrange\n"
                                                 "<0001> <0003> [<4E0A> <2F6F> <0041> ]\n"
                                                 "<2F6F> <2F6F> <2ED4>\n"
                                                 "endbfrange\n"
                                                 "1 beginbfchar\n"
                                                 "<0004> <2F08>\n"
                                                 "endbfchar\n"
                                                 "endcmap\n"
                                                 "endstream\n");

class PdfTextRepairTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC")))
            GTEST_SKIP() << "Noto Sans CJK SC (fonts-noto-cjk) is not installed";
    }
};

TEST_F(PdfTextRepairTest, RadicalsBecomeTheCharactersThatShareTheirGlyph)
{
    const QByteArray repaired = PdfTextRepair::repaired(QtStyleCMap, QStringLiteral("Noto Sans CJK SC"));
    EXPECT_TRUE(repaired.contains("[<4E0A> <77F3> <0041> ]")) << repaired.constData(); // 石
    EXPECT_TRUE(repaired.contains("<2F6F> <2F6F> <95E8>")) << repaired.constData(); // 门; the glyph id stays
    EXPECT_TRUE(repaired.contains("<0004> <4EBA>")) << repaired.constData();        // 人
    EXPECT_EQ(repaired.size(), QtStyleCMap.size()) << "offsets in the PDF must not move";
}

TEST_F(PdfTextRepairTest, TextOutsideToUnicodeMapsIsUntouched)
{
    const QByteArray content = QByteArrayLiteral("stream\n<2F6F> <2ED4> Tj\nendstream\n");
    EXPECT_EQ(PdfTextRepair::repaired(content, QStringLiteral("Noto Sans CJK SC")), content);
}

} // namespace
} // namespace od
