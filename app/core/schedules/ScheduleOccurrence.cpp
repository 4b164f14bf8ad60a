#include "schedules/ScheduleOccurrence.h"

QString ScheduleOccurrence::stateKey(State state)
{
    switch (state) {
    case State::Running: return QStringLiteral("running");
    case State::Retry: return QStringLiteral("retry");
    case State::Succeeded: return QStringLiteral("succeeded");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

ScheduleOccurrence::State ScheduleOccurrence::stateFromKey(const QString &key)
{
    for (const State state : { State::Running, State::Retry, State::Succeeded, State::Failed }) {
        if (stateKey(state) == key)
            return state;
    }
    return State::Failed; // a state a newer version wrote: never run it again
}

QString ScheduleOccurrence::fileStateKey(FileState state)
{
    switch (state) {
    case FileState::Kept: break;
    case FileState::Deleted: return QStringLiteral("deleted");
    case FileState::Missing: return QStringLiteral("missing");
    case FileState::Replaced: return QStringLiteral("replaced");
    }
    return {};
}

ScheduleOccurrence::FileState ScheduleOccurrence::fileStateFromKey(const QString &key)
{
    for (const FileState state : { FileState::Deleted, FileState::Missing, FileState::Replaced }) {
        if (fileStateKey(state) == key)
            return state;
    }
    return FileState::Kept;
}
