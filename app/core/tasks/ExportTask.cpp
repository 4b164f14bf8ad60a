#include "tasks/ExportTask.h"

#include "api/ApiError.h"
#include "api/ApiErrorText.h"

bool TaskError::operator==(const TaskError &other) const
{
    return code == other.code && message == other.message && requestId == other.requestId
        && httpStatus == other.httpStatus;
}

bool StatusChange::operator==(const StatusChange &other) const
{
    return status == other.status && rawStatus == other.rawStatus && time == other.time;
}

bool ExportTask::isRejected() const
{
    if (status != ExportStatus::Unknown || !rawStatus.isEmpty() || lastError.code.isEmpty())
        return false;
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = lastError.code;
    error.httpStatus = lastError.httpStatus;
    return ApiErrorText::category(error) == ApiErrorText::Category::InvalidParameter;
}

double DownloadProgress::fraction() const
{
    if (state == State::Saved)
        return 1.0;
    if (total <= 0)
        return -1.0;
    return static_cast<double>(received) / static_cast<double>(total);
}

bool DownloadProgress::operator==(const DownloadProgress &other) const
{
    return state == other.state && received == other.received && total == other.total
        && bytesPerSecond == other.bytesPerSecond && secondsLeft == other.secondsLeft;
}

bool ExportTask::persistentEquals(const ExportTask &other) const
{
    return exportId == other.exportId && reportId == other.reportId && reportTitle == other.reportTitle
        && exportType == other.exportType && exportTypeKnown == other.exportTypeKnown && status == other.status
        && rawStatus == other.rawStatus && exportDate == other.exportDate && fileName == other.fileName
        && urlExpiresAt == other.urlExpiresAt && lastChecked == other.lastChecked && createdAt == other.createdAt
        && lastError == other.lastError && history == other.history && savedFilePath == other.savedFilePath
        && savedFileSize == other.savedFileSize && savedFileSha256 == other.savedFileSha256 && savedAt == other.savedAt;
}
