#pragma once

#include "simulator/HttpBodySource.h"
#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"
#include "simulator/RecordedRequest.h"
#include "simulator/SimulatorConfig.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <memory>

class HttpServer;

// The OSS side: serves exported files at pre-signed URLs
// (Expires / OSSAccessKeyId / Signature, HMAC-SHA1 like OSS V1 query signing)
// and answers expired or tampered links with OSS's XML errors.
class OssSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OssSimulator)

public:
    struct Object
    {
        std::shared_ptr<const HttpBodySource> content;
        QByteArray contentType;
    };

    explicit OssSimulator(std::shared_ptr<SimulatorFaults> faults, QObject *parent = nullptr);
    ~OssSimulator() override;

    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    QString bucket() const { return m_bucket; }
    QString signerAccessKeyId() const { return m_signerId; }

    void putObject(const QString &key, const Object &object);
    void removeObject(const QString &key);
    bool hasObject(const QString &key) const { return m_objects.contains(key); }
    // http://127.0.0.1:<port>/<bucket>/<key>?Expires=...&OSSAccessKeyId=...&Signature=...
    QUrl presign(const QString &key, const QDateTime &expiresAtUtc) const;

    QList<RecordedDownload> recordedDownloads() const { return m_recorded; }
    void clearRecordedDownloads() { m_recorded.clear(); }

    static constexpr int maxRecorded = 1000;

Q_SIGNALS:
    void downloadRecorded();

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse respond(const HttpRequest &request, const QDateTime &nowUtc);
    HttpResponse error(int status, const QString &code, const QString &message,
                       const QList<QPair<QString, QString>> &extra = {}) const;
    QByteArray signature(const QByteArray &stringToSign) const;
    void record(const HttpRequest &request, const HttpResponse &response, const QDateTime &nowUtc);

    std::shared_ptr<SimulatorFaults> m_faults;
    HttpServer *m_server;
    QString m_bucket = QStringLiteral("sas-report-demo");
    QString m_signerId = QStringLiteral("LTAI5tOssSigner0Demo0001");
    QByteArray m_signerSecret; // random per run: links never outlive the simulator
    QHash<QString, Object> m_objects;
    QList<RecordedDownload> m_recorded;
};
