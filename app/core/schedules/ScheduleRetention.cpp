#include "schedules/ScheduleRetention.h"

#include "downloads/Sha256.h"
#include "schedules/ScheduleStore.h"

#include <QFile>
#include <QFileInfo>

QString ScheduleRetention::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hash.addData(buffer.constData(), read);
    }
    return QString::fromLatin1(hash.hexResult());
}

int ScheduleRetention::apply(ScheduleStore *store, const Schedule &schedule)
{
    if (schedule.keepCount <= 0)
        return 0;
    const QList<ScheduleOccurrence> files = store->keptFiles(schedule.id);
    int deleted = 0;
    for (qsizetype i = schedule.keepCount; i < files.size(); ++i) {
        const ScheduleOccurrence &file = files.at(i);
        const QFileInfo info(file.savedPath);
        using FileState = ScheduleOccurrence::FileState;
        FileState state = FileState::Replaced;
        if (!info.exists() && !info.isSymLink()) {
            state = FileState::Missing;
        } else if (!info.isSymLink() && info.isFile() && info.size() == file.savedSize
                   && sha256Of(file.savedPath) == file.savedSha256) {
            if (!QFile::remove(file.savedPath))
                continue; // still ours: try again after the next run
            state = FileState::Deleted;
            ++deleted;
        }
        store->setFileState(file.scheduleId, file.occursAt, state);
    }
    return deleted;
}
