#pragma once

#include <QDateTime>
#include <QString>

// One run of a schedule at one planned time (a row of `schedule_occurrences`).
// The row is inserted before the run starts: that insert is the claim, so the
// window and reportdesk-cli never run the same occurrence twice.
struct ScheduleOccurrence
{
    enum class State
    {
        Running, // claimed; a process is working on it
        Retry, // the last attempt failed with a temporary problem; nextAttemptAt says when again
        Succeeded,
        Failed, // a permanent problem, or the window closed while retrying
    };
    // What became of the saved file under retention.
    enum class FileState
    {
        Kept,
        Deleted, // retention removed it (it still had the recorded SHA-256)
        Missing, // it was gone already
        Replaced, // someone changed it: no longer the schedule's, never deleted
    };

    QString scheduleId;
    QDateTime occursAt; // UTC, the planned time (the key)
    State state = State::Running;
    int attempts = 0;
    QString claimedBy;
    QDateTime claimedAt;
    QDateTime nextAttemptAt; // Retry only
    QDateTime windowEndsAt; // no attempt starts at or after this
    bool manual = false; // "schedule run NAME"
    qint64 exportId = 0;
    QString savedPath;
    qint64 savedSize = -1;
    QString savedSha256;
    FileState fileState = FileState::Kept;
    QString errorKind; // stable key ("network", "keychain", "service:NoPermission"...), never translated
    QString errorDetail; // raw technical detail: codes, request ids; never a URL or secret
    QDateTime finishedAt;

    bool isValid() const { return !scheduleId.isEmpty() && occursAt.isValid(); }

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
    static QString fileStateKey(FileState state); // empty for Kept
    static FileState fileStateFromKey(const QString &key);
};
