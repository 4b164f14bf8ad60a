#include "schedules/ScheduleText.h"

#include "api/ApiErrorText.h"
#include "common/DateText.h"

#include <QLocale>
#include <QStringList>

namespace {

QString timeText(QTime time)
{
    // 24-hour everywhere: the form a schedule is entered in (the dialog, the CLI's --at).
    return time.toString(QStringLiteral("HH:mm"));
}

QString serviceReason(const QString &code)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = code;
    switch (ApiErrorText::category(error)) {
    case ApiErrorText::Category::BadAccessKeyId:
    case ApiErrorText::Category::InactiveAccessKey: return ScheduleText::tr("the AccessKey ID is wrong or disabled");
    case ApiErrorText::Category::WrongSecret: return ScheduleText::tr("the AccessKey secret is wrong");
    case ApiErrorText::Category::NoPermission: return ScheduleText::tr("the AccessKey lacks a needed permission");
    case ApiErrorText::Category::ClockSkew: return ScheduleText::tr("the computer's clock is off");
    case ApiErrorText::Category::Throttled: return ScheduleText::tr("the service asked to slow down");
    case ApiErrorText::Category::ServerError: return ScheduleText::tr("the service had an internal error");
    case ApiErrorText::Category::InvalidParameter: return ScheduleText::tr("the service refused the request");
    default: break;
    }
    return ScheduleText::tr("the service answered %1").arg(code);
}

QString downloadReason(const QString &key)
{
    if (key == QLatin1String("disk-full"))
        return ScheduleText::tr("the disk is full");
    if (key == QLatin1String("file-error"))
        return ScheduleText::tr("the folder cannot be written");
    if (key == QLatin1String("network") || key == QLatin1String("incomplete"))
        return ScheduleText::tr("the download was interrupted");
    if (key == QLatin1String("link-expired") || key == QLatin1String("link-unavailable"))
        return ScheduleText::tr("no download link could be obtained");
    if (key == QLatin1String("unsafe-link"))
        return ScheduleText::tr("the download link was not secure");
    if (key == QLatin1String("cancelled"))
        return ScheduleText::tr("the download was cancelled");
    return ScheduleText::tr("the download server refused the file");
}

} // namespace

QList<int> ScheduleText::localeOrderedWeekdays()
{
    const int first = QLocale().firstDayOfWeek();
    QList<int> days;
    for (int i = 0; i < 7; ++i)
        days << (first - 1 + i) % 7 + 1;
    return days;
}

QString ScheduleText::cadence(const ScheduleCadence &cadence)
{
    if (!cadence.isValid())
        return tr("Unusable cadence");
    const QString at = timeText(cadence.time());
    switch (cadence.kind()) {
    case ScheduleCadence::Kind::Daily: return tr("Daily at %1").arg(at);
    case ScheduleCadence::Kind::Weekly: {
        const QList<int> chosen = cadence.weekdays();
        if (chosen.size() == 7)
            return tr("Daily at %1").arg(at);
        QStringList names;
        for (int day : localeOrderedWeekdays()) {
            if (chosen.contains(day))
                names << QLocale().dayName(day, QLocale::ShortFormat);
        }
        //: Separates weekday names in "Weekly on Mon, Thu at 07:30"
        const QString separator = tr(", ");
        return tr("Weekly on %1 at %2").arg(names.join(separator), at);
    }
    case ScheduleCadence::Kind::Monthly:
        if (cadence.monthDay() == ScheduleCadence::LastDay)
            return tr("Monthly on the last day at %1").arg(at);
        return tr("Monthly on day %1 at %2").arg(cadence.monthDay()).arg(at);
    }
    return {};
}

QString ScheduleText::failureReason(const QString &kind)
{
    if (kind == QLatin1String("network"))
        return tr("no connection to the service");
    if (kind == QLatin1String("timeout"))
        return tr("the service did not answer in time");
    if (kind == QLatin1String("malformed"))
        return tr("the service's answer could not be read");
    if (kind == QLatin1String("cancelled"))
        return tr("the run was interrupted");
    if (kind == QLatin1String("keychain"))
        return tr("the keychain is locked or unavailable");
    if (kind == QLatin1String("keychain:not-found"))
        return tr("the profile's AccessKey secret is not in the keychain");
    if (kind == QLatin1String("no-credentials"))
        return tr("the AccessKey environment variables are not set");
    if (kind == QLatin1String("profile-not-found"))
        return tr("its account profile no longer exists");
    if (kind == QLatin1String("invalid-endpoint"))
        return tr("the profile's endpoint is not valid");
    if (kind == QLatin1String("report-not-found"))
        return tr("the report does not exist");
    if (kind == QLatin1String("export-failed"))
        return tr("the service could not export the report");
    if (kind == QLatin1String("export-timeout"))
        return tr("the export did not finish in time");
    if (kind.startsWith(QLatin1String("service:")))
        return serviceReason(kind.mid(8));
    if (kind.startsWith(QLatin1String("invalid-request")))
        return tr("the request was refused before it was sent");
    if (kind.startsWith(QLatin1String("download:")))
        return downloadReason(kind.mid(9));
    return tr("an unknown problem (%1)").arg(kind);
}

QString ScheduleText::dateTime(const QDateTime &time, const QTimeZone &zone)
{
    // The one date style of the whole window (DateText), in the schedule's zone.
    return DateText::dateTime(time, zone);
}
