// When schedules run: daylight-saving changes in two zones, month ends, weekday
// sets, a missed week (one run), and nothing before the schedule existed.
#include "schedules/ManualScheduleClock.h"
#include "schedules/ScheduleCadence.h"
#include "schedules/ScheduleTiming.h"

#include <QTest>

namespace {

QDateTime local(const char *zone, const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), QStringLiteral("HH:mm")), QTimeZone(zone));
}

QString shown(const QDateTime &at, const char *zone)
{
    return at.isValid() ? at.toTimeZone(QTimeZone(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QString();
}

Schedule scheduleOf(const QString &cadence, const char *zone, const QDateTime &createdAt)
{
    Schedule schedule;
    schedule.id = QStringLiteral("s");
    schedule.cadence = ScheduleCadence::fromText(cadence);
    schedule.timeZoneId = zone;
    schedule.createdAt = createdAt.toUTC();
    return schedule;
}

} // namespace

class TestScheduleCadence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
    void textRoundTrip_data();
    void textRoundTrip();
    void rejectsBadText_data();
    void rejectsBadText();
    void missedWeekRunsOnce();
    void nothingBeforeCreation();
    void handledOccurrenceIsNotDueAgain();
    void fallBackRunsOnce();
    void windowEndsAtNextOccurrenceOrTwelveHours();
    void retryDelaysBackOff();
};

void TestScheduleCadence::next_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("cadence");
    QTest::addColumn<QString>("after"); // local time in zone
    QTest::addColumn<QString>("expected"); // local, with the zone abbreviation

    // Berlin springs forward on 2024-03-31 at 02:00 -> 03:00, falls back on 2024-10-27 at 03:00 -> 02:00.
    QTest::newRow("berlin plain daily") << QByteArray("Europe/Berlin") << "daily@07:30"
                                        << "2024-03-29 08:00"
                                        << "2024-03-30 07:30 CET";
    QTest::newRow("berlin daily across spring") << QByteArray("Europe/Berlin") << "daily@07:30"
                                                << "2024-03-30 08:00"
                                                << "2024-03-31 07:30 CEST";
    QTest::newRow("berlin gap runs at first valid minute") << QByteArray("Europe/Berlin") << "daily@02:30"
                                                           << "2024-03-30 03:00"
                                                           << "2024-03-31 03:00 CEST";
    QTest::newRow("berlin gap next day normal") << QByteArray("Europe/Berlin") << "daily@02:30"
                                                << "2024-03-31 04:00"
                                                << "2024-04-01 02:30 CEST";
    QTest::newRow("berlin ambiguous first") << QByteArray("Europe/Berlin") << "daily@02:30"
                                            << "2024-10-26 03:00"
                                            << "2024-10-27 02:30 CEST";
    QTest::newRow("berlin daily across fall") << QByteArray("Europe/Berlin") << "daily@07:30"
                                              << "2024-10-26 08:00"
                                              << "2024-10-27 07:30 CET";
    // New York springs forward on 2024-03-10 at 02:00 -> 03:00, falls back on 2024-11-03 at 02:00 -> 01:00.
    QTest::newRow("new york gap") << QByteArray("America/New_York") << "daily@02:15"
                                  << "2024-03-09 03:00"
                                  << "2024-03-10 03:00 EDT";
    QTest::newRow("new york ambiguous first") << QByteArray("America/New_York") << "daily@01:30"
                                              << "2024-11-02 02:00"
                                              << "2024-11-03 01:30 EDT";
    QTest::newRow("new york weekly across spring") << QByteArray("America/New_York") << "weekly:sun@09:00"
                                                   << "2024-03-04 00:00"
                                                   << "2024-03-10 09:00 EDT";

    // Month ends.
    QTest::newRow("monthly 31 in april") << QByteArray("Europe/Berlin") << "monthly:31@02:00"
                                         << "2024-04-01 00:00"
                                         << "2024-04-30 02:00 CEST";
    QTest::newRow("monthly 31 in leap february") << QByteArray("Europe/Berlin") << "monthly:31@02:00"
                                                 << "2024-02-01 00:00"
                                                 << "2024-02-29 02:00 CET";
    QTest::newRow("monthly 30 in february") << QByteArray("Europe/Berlin") << "monthly:30@02:00"
                                            << "2023-02-01 00:00"
                                            << "2023-02-28 02:00 CET";
    QTest::newRow("monthly 29 in non-leap february") << QByteArray("Europe/Berlin") << "monthly:29@02:00"
                                                     << "2023-02-01 00:00"
                                                     << "2023-02-28 02:00 CET";
    QTest::newRow("monthly 29 in leap february") << QByteArray("Europe/Berlin") << "monthly:29@02:00"
                                                 << "2024-02-01 00:00"
                                                 << "2024-02-29 02:00 CET";
    QTest::newRow("monthly 31 then march 31") << QByteArray("Europe/Berlin") << "monthly:31@02:00"
                                              << "2024-02-29 03:00"
                                              << "2024-03-31 03:00 CEST"; // and in the gap
    QTest::newRow("monthly last") << QByteArray("Europe/Berlin") << "monthly:last@23:00"
                                  << "2023-02-01 00:00"
                                  << "2023-02-28 23:00 CET";
    QTest::newRow("monthly last year end") << QByteArray("Europe/Berlin") << "monthly:last@23:00"
                                           << "2024-12-31 23:30"
                                           << "2025-01-31 23:00 CET";
    QTest::newRow("monthly 1") << QByteArray("Europe/Berlin") << "monthly:1@00:00"
                               << "2024-01-31 12:00"
                               << "2024-02-01 00:00 CET";

    // Weekday sets.
    QTest::newRow("weekly mon,thu from tuesday") << QByteArray("Europe/Berlin") << "weekly:mon,thu@07:30"
                                                 << "2024-05-07 12:00"
                                                 << "2024-05-09 07:30 CEST";
    QTest::newRow("weekly mon,thu from thursday after") << QByteArray("Europe/Berlin") << "weekly:mon,thu@07:30"
                                                        << "2024-05-09 07:30"
                                                        << "2024-05-13 07:30 CEST";
    QTest::newRow("weekly mon,thu same day before") << QByteArray("Europe/Berlin") << "weekly:mon,thu@07:30"
                                                    << "2024-05-09 07:29"
                                                    << "2024-05-09 07:30 CEST";
    QTest::newRow("weekly sunday only") << QByteArray("Europe/Berlin") << "weekly:sun@18:00"
                                        << "2024-05-13 00:00"
                                        << "2024-05-19 18:00 CEST";
}

void TestScheduleCadence::next()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, cadence);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const ScheduleCadence parsed = ScheduleCadence::fromText(cadence);
    QVERIFY(parsed.isValid());
    const QDateTime at = parsed.next(local(zone.constData(), after), QTimeZone(zone));
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QCOMPARE(shown(at, zone.constData()), expected);
}

void TestScheduleCadence::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "daily@00:00", "daily@23:59", "weekly:mon,thu@07:30", "weekly:mon,tue,wed,thu,fri,sat,sun@12:00",
           "monthly:1@02:00", "monthly:31@02:00", "monthly:last@02:00" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestScheduleCadence::textRoundTrip()
{
    QFETCH(QString, text);
    const ScheduleCadence cadence = ScheduleCadence::fromText(text);
    QVERIFY(cadence.isValid());
    QCOMPARE(cadence.toText(), text);
    QCOMPARE(ScheduleCadence::fromText(cadence.toText()), cadence);
}

void TestScheduleCadence::rejectsBadText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "", "daily", "daily@7:30", "daily@24:00", "weekly:@07:30", "weekly:xyz@07:30", "monthly:0@02:00",
           "monthly:32@02:00", "monthly:-1@02:00", "monthly:01@02:00", "yearly:1@02:00", "daily:1@02:00" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestScheduleCadence::rejectsBadText()
{
    QFETCH(QString, text);
    QVERIFY(!ScheduleCadence::fromText(text).isValid());
}

void TestScheduleCadence::missedWeekRunsOnce()
{
    const Schedule schedule = scheduleOf(QStringLiteral("daily@07:30"), "Europe/Berlin",
                                         local("Europe/Berlin", QStringLiteral("2024-05-01 12:00")));
    const QDateTime lastRun = local("Europe/Berlin", QStringLiteral("2024-05-02 07:30"));
    // The computer was off for a week: only the latest missed occurrence is due.
    ManualScheduleClock clock(local("Europe/Berlin", QStringLiteral("2024-05-09 09:00")), QTimeZone("Europe/Berlin"));
    const QDateTime due = ScheduleTiming::dueOccurrence(schedule, lastRun, clock.now());
    QCOMPARE(shown(due, "Europe/Berlin"), QStringLiteral("2024-05-09 07:30 CEST"));
    // Once handled, nothing more is due until the next one.
    QVERIFY(!ScheduleTiming::dueOccurrence(schedule, due, clock.now()).isValid());
    QCOMPARE(shown(ScheduleTiming::nextRun(schedule, due, clock.now()), "Europe/Berlin"),
             QStringLiteral("2024-05-10 07:30 CEST"));
    clock.advanceSecs(24 * 3600);
    QCOMPARE(shown(ScheduleTiming::dueOccurrence(schedule, due, clock.now()), "Europe/Berlin"),
             QStringLiteral("2024-05-10 07:30 CEST"));
    // A weekly schedule missed for a whole week and a half: one run, the latest.
    const Schedule weekly = scheduleOf(QStringLiteral("weekly:mon,thu@07:30"), "Europe/Berlin",
                                       local("Europe/Berlin", QStringLiteral("2024-04-01 00:00")));
    QCOMPARE(shown(ScheduleTiming::dueOccurrence(weekly, local("Europe/Berlin", QStringLiteral("2024-04-29 07:30")),
                                                 local("Europe/Berlin", QStringLiteral("2024-05-10 12:00"))),
                   "Europe/Berlin"),
             QStringLiteral("2024-05-09 07:30 CEST"));
}

void TestScheduleCadence::nothingBeforeCreation()
{
    const Schedule schedule = scheduleOf(QStringLiteral("daily@07:30"), "Europe/Berlin",
                                         local("Europe/Berlin", QStringLiteral("2024-05-09 08:00")));
    // Created after today's 07:30: today's is not "missed".
    QVERIFY(!ScheduleTiming::dueOccurrence(schedule, QDateTime(),
                                           local("Europe/Berlin", QStringLiteral("2024-05-09 09:00")))
                 .isValid());
    QCOMPARE(shown(ScheduleTiming::nextRun(schedule, QDateTime(),
                                           local("Europe/Berlin", QStringLiteral("2024-05-09 09:00"))),
                   "Europe/Berlin"),
             QStringLiteral("2024-05-10 07:30 CEST"));
    QCOMPARE(shown(ScheduleTiming::dueOccurrence(schedule, QDateTime(),
                                                 local("Europe/Berlin", QStringLiteral("2024-05-10 07:30"))),
                   "Europe/Berlin"),
             QStringLiteral("2024-05-10 07:30 CEST"));
    Schedule paused = schedule;
    paused.paused = true;
    QVERIFY(
        !ScheduleTiming::dueOccurrence(paused, QDateTime(), local("Europe/Berlin", QStringLiteral("2024-05-12 07:30")))
             .isValid());
}

void TestScheduleCadence::handledOccurrenceIsNotDueAgain()
{
    const Schedule schedule = scheduleOf(QStringLiteral("monthly:last@02:00"), "America/New_York",
                                         local("America/New_York", QStringLiteral("2024-01-15 00:00")));
    const QDateTime now = local("America/New_York", QStringLiteral("2024-03-05 00:00"));
    const QDateTime due = ScheduleTiming::dueOccurrence(schedule, QDateTime(), now);
    QCOMPARE(shown(due, "America/New_York"), QStringLiteral("2024-02-29 02:00 EST"));
    QVERIFY(!ScheduleTiming::dueOccurrence(schedule, due, now).isValid());
}

void TestScheduleCadence::fallBackRunsOnce()
{
    // 02:30 exists twice on 2024-10-27 in Berlin: the second one is not another occurrence.
    const ScheduleCadence cadence = ScheduleCadence::daily(QTime(2, 30));
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime first = cadence.next(local("Europe/Berlin", QStringLiteral("2024-10-27 00:00")), berlin);
    QCOMPARE(shown(first, "Europe/Berlin"), QStringLiteral("2024-10-27 02:30 CEST"));
    const QDateTime second = cadence.next(first, berlin);
    QCOMPARE(shown(second, "Europe/Berlin"), QStringLiteral("2024-10-28 02:30 CET"));
    QCOMPARE(first.secsTo(second), qint64(25 * 3600));
}

void TestScheduleCadence::windowEndsAtNextOccurrenceOrTwelveHours()
{
    const Schedule hourlyish = scheduleOf(QStringLiteral("weekly:mon,tue@07:30"), "Europe/Berlin", QDateTime());
    const QDateTime monday = local("Europe/Berlin", QStringLiteral("2024-05-13 07:30"));
    QCOMPARE(ScheduleTiming::windowEnd(hourlyish, monday), monday.addSecs(12 * 3600));
    const Schedule daily = scheduleOf(QStringLiteral("daily@07:30"), "Europe/Berlin", QDateTime());
    QCOMPARE(ScheduleTiming::windowEnd(daily, monday), monday.addSecs(12 * 3600));
}

void TestScheduleCadence::retryDelaysBackOff()
{
    QCOMPARE(ScheduleTiming::retryDelaySecs(1), 60);
    QCOMPARE(ScheduleTiming::retryDelaySecs(2), 300);
    QCOMPARE(ScheduleTiming::retryDelaySecs(3), 900);
    QCOMPARE(ScheduleTiming::retryDelaySecs(4), 3600);
    QCOMPARE(ScheduleTiming::retryDelaySecs(9), 3600);
}

QTEST_GUILESS_MAIN(TestScheduleCadence)
#include "tst_ScheduleCadence.moc"
