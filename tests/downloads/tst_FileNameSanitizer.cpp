#include "downloads/FileNameSanitizer.h"

#include <QTest>

namespace {

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

const QString ChineseTitle = QString::fromUtf8("每日安全日报");

} // namespace

class TestFileNameSanitizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void invariants_data();
    void invariants();
    void reservedNames_data();
    void reservedNames();
    void truncateUtf8_data();
    void truncateUtf8();
    void proposedName_data();
    void proposedName();
};

void TestFileNameSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("plain") << QStringLiteral("report.pdf") << none << QStringLiteral("report.pdf");
    QTest::newRow("chinese kept") << QString::fromUtf8("每日安全日报_2026-11-28_1041.pdf") << none
                                  << QString::fromUtf8("每日安全日报_2026-11-28_1041.pdf");
    QTest::newRow("slash") << QStringLiteral("a/b.html") << none << QStringLiteral("a_b.html");
    QTest::newRow("backslash") << QStringLiteral("a\\b.html") << none << QStringLiteral("a_b.html");
    QTest::newRow("parent traversal") << QStringLiteral("../../etc/passwd") << none << QStringLiteral("_._etc_passwd");
    QTest::newRow("windows traversal") << QStringLiteral("..\\..\\x.pdf") << none << QStringLiteral("_._x.pdf");
    QTest::newRow("dot dot alone") << QStringLiteral("..") << none << QStringLiteral("report");
    QTest::newRow("single dot") << QStringLiteral(".") << none << QStringLiteral("report");
    QTest::newRow("dots inside collapse") << QStringLiteral("a...b.pdf") << none << QStringLiteral("a.b.pdf");
    QTest::newRow("hidden file dot") << QStringLiteral(".bashrc") << none << QStringLiteral("bashrc");
    QTest::newRow("forbidden set") << QStringLiteral("a<b>c:d\"e|f?g*h.pdf") << none
                                   << QStringLiteral("a_b_c_d_e_f_g_h.pdf");
    QTest::newRow("control chars") << QStringLiteral("a\tb\nc\rd\u0001e\u007Ff\u0085.pdf") << none
                                   << QStringLiteral("a_b_c_d_e_f_.pdf");
    QTest::newRow("NUL char") << QString::fromUtf16(u"a\0b.pdf", 7) << none << QStringLiteral("a_b.pdf");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("report.pdf. . ") << none << QStringLiteral("report.pdf");
    QTest::newRow("leading spaces") << QStringLiteral("   report.pdf") << none << QStringLiteral("report.pdf");
    QTest::newRow("CON") << QStringLiteral("CON") << none << QStringLiteral("_CON");
    QTest::newRow("con lower with ext") << QStringLiteral("con.pdf") << none << QStringLiteral("_con.pdf");
    QTest::newRow("Nul with two ext") << QStringLiteral("Nul.tar.gz") << none << QStringLiteral("_Nul.tar.gz");
    QTest::newRow("COM1") << QStringLiteral("COM1.html") << none << QStringLiteral("_COM1.html");
    QTest::newRow("lpt9") << QStringLiteral("lpt9") << none << QStringLiteral("_lpt9");
    QTest::newRow("AUX space before ext") << QStringLiteral("AUX .txt") << none << QStringLiteral("_AUX .txt");
    QTest::newRow("COM0") << QStringLiteral("COM0.pdf") << none << QStringLiteral("_COM0.pdf");
    QTest::newRow("lpt0") << QStringLiteral("lpt0") << none << QStringLiteral("_lpt0");
    QTest::newRow("CONIN$") << QStringLiteral("CONIN$.html") << none << QStringLiteral("_CONIN$.html");
    QTest::newRow("conout$") << QStringLiteral("conout$") << none << QStringLiteral("_conout$");
    QTest::newRow("COM10 is allowed") << QStringLiteral("COM10.pdf") << none << QStringLiteral("COM10.pdf");
    // The cut leaves "CON" + spaces, trimmed to "CON": reserved only after shortening.
    QTest::newRow("reserved after truncation") << QStringLiteral("CON") + repeated(QStringLiteral(" "), 250)
            + QStringLiteral("x.pdf") << none << QStringLiteral("_CON.pdf");
    QTest::newRow("zero-width removed") << QString::fromUtf8("re\u200Bp\u200Co\u200Dr\u2060t\uFEFF.pdf") << none
                                        << QStringLiteral("report.pdf");
    QTest::newRow("soft hyphen removed") << QString::fromUtf8("in\u00ADvoice.pdf") << none
                                         << QStringLiteral("invoice.pdf");
    QTest::newRow("CONSOLE is allowed") << QStringLiteral("CONSOLE.pdf") << none << QStringLiteral("CONSOLE.pdf");
    QTest::newRow("bidi override removed")
        << QString::fromUtf8("evil\u202Efdp.exe") << none << QStringLiteral("evilfdp.exe");
    QTest::newRow("NFD to NFC") << QString::fromUtf8("e\u0301.pdf") << none << QString::fromUtf8("\u00E9.pdf");
    QTest::newRow("empty uses fallback") << QString() << QStringLiteral("report_7.pdf")
                                         << QStringLiteral("report_7.pdf");
    QTest::newRow("only forbidden is underscores") << QStringLiteral("???") << none << QStringLiteral("___");
    QTest::newRow("only spaces uses fallback")
        << QStringLiteral("   ") << QStringLiteral("x/y.pdf") << QStringLiteral("x_y.pdf");
    QTest::newRow("bad fallback too") << QStringLiteral("..") << QStringLiteral(" . ") << QStringLiteral("report");
    QTest::newRow("long ascii keeps extension") << repeated(QStringLiteral("a"), 300) + QStringLiteral(".pdf") << none
                                                << repeated(QStringLiteral("a"), 196) + QStringLiteral(".pdf");
    // 3 bytes per character: 65 characters (195 bytes) + ".html" (5 bytes) = 200 bytes.
    QTest::newRow("long chinese keeps extension") << repeated(QString::fromUtf8("报"), 100)
            + QStringLiteral(".html") << none << repeated(QString::fromUtf8("报"), 65) + QStringLiteral(".html");
    // 4-byte characters (surrogate pairs in UTF-16): 49 fit in 196 bytes.
    QTest::newRow("long emoji not split")
        << repeated(QString::fromUtf8("\xF0\x9F\x93\x84"), 80) + QStringLiteral(".pdf") << none
        << repeated(QString::fromUtf8("\xF0\x9F\x93\x84"), 49) + QStringLiteral(".pdf");
    QTest::newRow("cut before trailing space") << repeated(QStringLiteral("a"), 195) + QStringLiteral(" bbbbbbbbbb.pdf")
                                               << none << repeated(QStringLiteral("a"), 195) + QStringLiteral(".pdf");
    QTest::newRow("long without extension")
        << repeated(QStringLiteral("b"), 250) << none << repeated(QStringLiteral("b"), 200);
}

void TestFileNameSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    QCOMPARE(FileNameSanitizer::sanitize(input, fallback), expected);
}

void TestFileNameSanitizer::invariants_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("traversal") << QStringLiteral("../..//..\\CON");
    QTest::newRow("reserved after cleanup") << QStringLiteral(" ./nul.pdf");
    QTest::newRow("reserved after trim") << QStringLiteral("..LPT1..");
    QTest::newRow("long with dots") << repeated(QStringLiteral("a."), 200);
    QTest::newRow("long reserved stem") << QStringLiteral("CON.") + repeated(QStringLiteral("x"), 300);
    QTest::newRow("mixed") << QString::fromUtf8("报告: <2026/11/28> | 第1版? *.pdf . ");
    QTest::newRow("all controls") << QString::fromUtf8("\x01\x02\x1F");
    // Found by fuzz_file_name: a grapheme joiner between combining marks of
    // different classes kept NFC from reordering them until it was dropped.
    QTest::newRow("joiner between combining marks") << (QStringLiteral("1") + QChar(0x0303) + QChar(0x034F)
                                                        + QChar(0x0303) + QChar(0x034E) + QStringLiteral(".pdf"));
}

// Whatever goes in, what comes out is one safe, short, non-empty name.
void TestFileNameSanitizer::invariants()
{
    QFETCH(QString, input);
    const QString name = FileNameSanitizer::sanitize(input);
    QVERIFY(!name.isEmpty());
    QVERIFY2(name.toUtf8().size() <= FileNameSanitizer::MaxBytes, qPrintable(name));
    QVERIFY(!name.contains(QLatin1String("..")));
    QVERIFY(!FileNameSanitizer::isReservedWindowsName(name));
    QVERIFY(!name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')));
    QVERIFY(!name.startsWith(QLatin1Char('.')));
    for (const QChar c : name) {
        QVERIFY2(c.unicode() >= 0x20 && !QStringLiteral("<>:\"/\\|?*").contains(c), qPrintable(name));
    }
    QCOMPARE(FileNameSanitizer::sanitize(name), name); // idempotent
}

void TestFileNameSanitizer::reservedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");
    const QStringList devices
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL") };
    for (const QString &device : devices) {
        QTest::newRow(qPrintable(device)) << device << true;
        QTest::newRow(qPrintable(device.toLower() + QStringLiteral(".pdf")))
            << device.toLower() + QStringLiteral(".pdf") << true;
    }
    for (int i = 1; i <= 9; ++i) {
        const QString com = QStringLiteral("COM%1").arg(i);
        const QString lpt = QStringLiteral("lpt%1.html").arg(i);
        QTest::newRow(qPrintable(com)) << com << true;
        QTest::newRow(qPrintable(lpt)) << lpt << true;
    }
    QTest::newRow("COM superscript 1") << QString::fromUtf8("COM\u00B9.txt") << true;
    QTest::newRow("COM0") << QStringLiteral("COM0") << true;
    QTest::newRow("LPT0 with ext") << QStringLiteral("LPT0.txt") << true;
    QTest::newRow("CONIN$") << QStringLiteral("CONIN$") << true;
    QTest::newRow("CONOUT$ lower") << QStringLiteral("conout$.pdf") << true;
    QTest::newRow("CONIN") << QStringLiteral("CONIN") << false;
    QTest::newRow("COM10") << QStringLiteral("COM10") << false;
    QTest::newRow("CONX") << QStringLiteral("CONX.pdf") << false;
    QTest::newRow("XCON") << QStringLiteral("XCON") << false;
    QTest::newRow("report") << QStringLiteral("report.pdf") << false;
}

void TestFileNameSanitizer::reservedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);
    QCOMPARE(FileNameSanitizer::isReservedWindowsName(name), reserved);
    QVERIFY(!FileNameSanitizer::isReservedWindowsName(FileNameSanitizer::sanitize(name)));
}

void TestFileNameSanitizer::truncateUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("ascii cut") << QStringLiteral("abcdef") << 4 << QStringLiteral("abcd");
    QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
    QTest::newRow("chinese not split (5 bytes)") << ChineseTitle << 5 << QString::fromUtf8("每");
    QTest::newRow("chinese exact (6 bytes)") << ChineseTitle << 6 << QString::fromUtf8("每日");
    QTest::newRow("surrogate pair not split") << QString::fromUtf8("a\xF0\x9F\x93\x84") << 4 << QStringLiteral("a");
    QTest::newRow("surrogate pair whole")
        << QString::fromUtf8("a\xF0\x9F\x93\x84") << 5 << QString::fromUtf8("a\xF0\x9F\x93\x84");
}

void TestFileNameSanitizer::truncateUtf8()
{
    QFETCH(QString, text);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(FileNameSanitizer::truncateUtf8(text, maxBytes), expected);
}

void TestFileNameSanitizer::proposedName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("reportId");
    QTest::addColumn<QString>("exportDate");
    QTest::addColumn<qint64>("exportId");
    QTest::addColumn<ExportType>("type");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("service file name wins")
        << QStringLiteral("test_xxxx.html") << QStringLiteral("Weekly") << qint64(377665)
        << QStringLiteral("2022-12-15") << qint64(2) << ExportType::Html << QStringLiteral("test_xxxx.html");
    QTest::newRow("service file name sanitized") << QStringLiteral("../CON.pdf") << none << qint64(1) << none
                                                 << qint64(2) << ExportType::Pdf << QStringLiteral("_CON.pdf");
    QTest::newRow("service extension replaced by the type")
        << QStringLiteral("test_xxxx.html") << none << qint64(1) << none << qint64(2) << ExportType::Pdf
        << QStringLiteral("test_xxxx.pdf");
    QTest::newRow("service extension any case") << QStringLiteral("Weekly.PDF") << none << qint64(1) << none
                                                << qint64(2) << ExportType::Pdf << QStringLiteral("Weekly.pdf");
    QTest::newRow("executable disguised") << QStringLiteral("invoice.pdf.exe") << none << qint64(1) << none << qint64(2)
                                          << ExportType::Pdf << QStringLiteral("invoice.pdf.exe.pdf");
    QTest::newRow("desktop entry") << QStringLiteral("report.desktop") << none << qint64(1) << none << qint64(2)
                                   << ExportType::Html << QStringLiteral("report.desktop.html");
    QTest::newRow("bidi-reversed extension") << QString::fromUtf8("invoice\u202Efdp.exe") << none << qint64(1) << none
                                             << qint64(2) << ExportType::Pdf << QStringLiteral("invoicefdp.exe.pdf");
    QTest::newRow("reserved once the extension is replaced")
        << QStringLiteral("con.html") << none << qint64(1) << none << qint64(2) << ExportType::Pdf
        << QStringLiteral("_con.pdf");
    QTest::newRow("long service name keeps the type's extension")
        << repeated(QStringLiteral("a"), 300) + QStringLiteral(".exe") << none << qint64(1) << none << qint64(2)
        << ExportType::Html << repeated(QStringLiteral("a"), 195) + QStringLiteral(".html");
    QTest::newRow("service name of dots only") << QStringLiteral("...") << none << qint64(1) << none << qint64(7)
                                               << ExportType::Html << QStringLiteral("1_7.html");
    QTest::newRow("title, date, id, html")
        << none << QStringLiteral("Weekly") << qint64(377665) << QStringLiteral("2026-11-28") << qint64(1041)
        << ExportType::Html << QStringLiteral("Weekly_2026-11-28_1041.html");
    QTest::newRow("chinese title pdf") << none << ChineseTitle << qint64(377665) << QStringLiteral("2026-11-28")
                                       << qint64(1041) << ExportType::Pdf
                                       << ChineseTitle + QStringLiteral("_2026-11-28_1041.pdf");
    QTest::newRow("no title uses report id")
        << none << QStringLiteral("  ") << qint64(377665) << QStringLiteral("2026-11-28") << qint64(9)
        << ExportType::Pdf << QStringLiteral("377665_2026-11-28_9.pdf");
    QTest::newRow("title with slash") << none << QStringLiteral("A/B: weekly") << qint64(1)
                                      << QStringLiteral("2026-11-28") << qint64(9) << ExportType::Html
                                      << QStringLiteral("A_B_ weekly_2026-11-28_9.html");
    QTest::newRow("no date") << none << QStringLiteral("Weekly") << qint64(1) << none << qint64(9) << ExportType::Html
                             << QStringLiteral("Weekly_9.html");
    QTest::newRow("reserved title") << none << QStringLiteral("con") << qint64(1) << QStringLiteral("2026-11-28")
                                    << qint64(9) << ExportType::Pdf << QStringLiteral("con_2026-11-28_9.pdf");
    // 200 - len("_2026-11-28_1041.pdf") = 180 bytes for the title: 60 Chinese characters.
    QTest::newRow("long chinese title shortened, suffix kept")
        << none << repeated(QString::fromUtf8("报"), 120) << qint64(1) << QStringLiteral("2026-11-28") << qint64(1041)
        << ExportType::Pdf << repeated(QString::fromUtf8("报"), 60) + QStringLiteral("_2026-11-28_1041.pdf");
    QTest::newRow("nothing known") << none << none << qint64(0) << none << qint64(5) << ExportType::Html
                                   << QStringLiteral("report_5.html");
}

void TestFileNameSanitizer::proposedName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QFETCH(qint64, reportId);
    QFETCH(QString, exportDate);
    QFETCH(qint64, exportId);
    QFETCH(ExportType, type);
    QFETCH(QString, expected);
    const QString name = FileNameSanitizer::proposedName(fileName, title, reportId, exportDate, exportId, type);
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= FileNameSanitizer::MaxBytes);
}

QTEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_FileNameSanitizer.moc"
