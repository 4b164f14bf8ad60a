#include "simulator/Simulator.h"

#include "simulator/OssSimulator.h"
#include "simulator/SecurityCenterSimulator.h"

Simulator::Simulator(const SimulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(std::make_shared<SimulatorFaults>(config.faults))
    , m_oss(new OssSimulator(m_faults, this))
    , m_api(new SecurityCenterSimulator(config, m_faults, m_oss, this))
{
    m_api->addAccessKey(SimulatorAccessKey { demoCredentials(), QDateTime(), true });
    connect(m_api, &SecurityCenterSimulator::requestRecorded, this, &Simulator::requestRecorded);
    connect(m_oss, &OssSimulator::downloadRecorded, this, &Simulator::downloadRecorded);
}

Simulator::~Simulator() = default;

bool Simulator::start()
{
    m_error.clear();
    if (!m_oss->isListening() && !m_oss->start(m_config.ossPort)) {
        m_error = m_oss->errorString();
        return false;
    }
    if (!m_api->isListening() && !m_api->start(m_config.apiPort)) {
        m_error = m_api->errorString();
        m_oss->stop();
        return false;
    }
    return true;
}

void Simulator::stop()
{
    m_api->stop();
    m_oss->stop();
}

bool Simulator::isRunning() const
{
    return m_api->isListening() && m_oss->isListening();
}

QString Simulator::errorString() const
{
    return m_error;
}

QUrl Simulator::endpoint() const
{
    return m_api->endpoint();
}

quint16 Simulator::ossPort() const
{
    return m_oss->port();
}

AccessKeyCredentials Simulator::demoCredentials()
{
    // Published on purpose: it only opens the simulator.
    return AccessKeyCredentials { QStringLiteral("LTAI5tDemoReportDesk0001"),
                                  QStringLiteral("DemoSecretForTheReportDeskSimulator"), QString() };
}

void Simulator::addAccessKey(const AccessKeyCredentials &credentials, const QDateTime &expiresAt)
{
    m_api->addAccessKey(SimulatorAccessKey { credentials, expiresAt, true });
}

void Simulator::addAccessKey(const SimulatorAccessKey &key)
{
    m_api->addAccessKey(key);
}

bool Simulator::removeAccessKey(const QString &accessKeyId)
{
    return m_api->removeAccessKey(accessKeyId);
}

void Simulator::setFaults(const SimulatorFaults &faults)
{
    *m_faults = faults;
}

void Simulator::setUrlTtlSeconds(int seconds)
{
    m_config.urlTtlSeconds = seconds;
    m_api->setUrlTtlSeconds(seconds);
}

void Simulator::setSpeedFactor(double factor)
{
    m_config.speedFactor = factor;
    m_api->setSpeedFactor(factor);
}

void Simulator::setLargeReportBytes(qint64 bytes)
{
    m_config.largeReportBytes = bytes;
    m_api->setLargeReportBytes(bytes);
}

QList<SimulatorReport> Simulator::reports() const
{
    return m_api->reports();
}

QList<RecordedRequest> Simulator::recordedRequests() const
{
    return m_api->recordedRequests();
}

QList<RecordedDownload> Simulator::recordedDownloads() const
{
    return m_oss->recordedDownloads();
}

void Simulator::clearRecords()
{
    m_api->clearRecordedRequests();
    m_oss->clearRecordedDownloads();
}
