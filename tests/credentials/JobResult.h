#pragma once

#include "credentials/CredentialJob.h"

#include <QSignalSpy>

// Copies a CredentialJob's outcome inside finished() (the job deletes itself
// afterwards) and waits for it with a bound, so a broken store fails the test
// instead of hanging it.
struct JobResult
{
    bool finished = false;
    QString key;
    CredentialError error;
    QByteArray blob;
    AccessKeyCredentials credentials;

    static JobResult waitFor(CredentialJob *job, int timeoutMs = 20000)
    {
        JobResult result;
        QObject context;
        QObject::connect(job, &CredentialJob::finished, &context, [&result](CredentialJob *done) {
            result.finished = true;
            result.key = done->key();
            result.error = done->error();
            result.blob = done->secretBlob();
            result.credentials = done->credentials();
        });
        QSignalSpy spy(job, &CredentialJob::finished);
        spy.wait(timeoutMs);
        return result;
    }
};
