#include "VerifyArchiveDialog.h"
#include "i18n/LanguageSetting.h"
#include "i18n/TranslationManager.h"

#include <QApplication>
#include <QDir>

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The dialog over a real archive: one file untouched, one modified, one gone. Both
// differing files are listed with the recorded and the found SHA-256, the summary
// counts them, and Cancel becomes Close.
class TestVerifyArchiveDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsModifiedAndMissing();
    void allMatch();

private:
    ArchiveEntry save(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

ArchiveEntry TestVerifyArchiveDialog::save(const QString &name, const QByteArray &content)
{
    ArchiveEntry entry;
    entry.profileId = QStringLiteral("environment");
    entry.exportId = 1000 + name.size();
    entry.savedPath = m_dir.filePath(name);
    QFile file(entry.savedPath);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    entry.savedSize = content.size();
    entry.savedSha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return entry;
}

void TestVerifyArchiveDialog::listsModifiedAndMissing()
{
    const ArchiveEntry ok = save(QStringLiteral("ok.html"), "<html>ok</html>");
    const ArchiveEntry modified = save(QStringLiteral("modified.pdf"), "%PDF-1.4 original");
    const ArchiveEntry missing = save(QStringLiteral("missing-report.html"), "<html>gone</html>");
    {
        QFile file(modified.savedPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 tampered");
    }
    QVERIFY(QFile::remove(missing.savedPath));

    VerifyArchiveDialog dialog({ ok, modified, missing });
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);

    QTreeWidget *list = dialog.resultList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->data(0, Qt::UserRole).toString(), QStringLiteral("modified"));
    QCOMPARE(first->text(1), QDir::toNativeSeparators(modified.savedPath));
    QCOMPARE(first->text(2), modified.savedSha256);
    QCOMPARE(first->text(3),
             QString::fromLatin1(QCryptographicHash::hash("%PDF-1.4 tampered", QCryptographicHash::Sha256).toHex()));
    const QTreeWidgetItem *second = list->topLevelItem(1);
    QCOMPARE(second->data(0, Qt::UserRole).toString(), QStringLiteral("missing"));
    QCOMPARE(second->text(1), QDir::toNativeSeparators(missing.savedPath));
    QCOMPARE(dialog.summaryText(), QStringLiteral("2 of 3 saved reports differ from the export history."));
    QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 3);
}

void TestVerifyArchiveDialog::allMatch()
{
    const ArchiveEntry one = save(QStringLiteral("a.html"), "a");
    const ArchiveEntry two = save(QStringLiteral("b.html"), "bb");
    VerifyArchiveDialog dialog({ one, two });
    dialog.show();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 30000);
    QCOMPARE(dialog.resultList()->topLevelItemCount(), 0);
    QVERIFY(!dialog.resultList()->isVisible());
    QCOMPARE(dialog.summaryText(), QStringLiteral("All 2 saved reports match their recorded SHA-256."));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportDeskTests"));
    QApplication::setApplicationName(QStringLiteral("test_VerifyArchiveDialog"));
    // English with its plural forms ("1 saved report", "2 saved reports"), as the app shows it.
    LanguageSetting language;
    language.setSessionLanguage(QStringLiteral("en"));
    const TranslationManager translations(&language);
    TestVerifyArchiveDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_VerifyArchiveDialog.moc"
