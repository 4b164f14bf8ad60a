#include "credentials/CredentialSession.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "credentials/SecretBlob.h"

CredentialSession::CredentialSession(ProfileRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_sessionStore(new MemoryCredentialStore(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CredentialSession::attemptRead);
}

CredentialSession::~CredentialSession() = default;

void CredentialSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CredentialSession::start(const Profile &profile)
{
    ++m_generation;
    m_retryTimer.stop();
    m_profile = profile;
    m_credentials = {};
    m_attempt = 0;
    if (!profile.isValid())
        return setState(State::Idle);
    if (m_keychainUnavailable && !profile.isEnvironment)
        return loadFromSessionStore();
    attemptRead();
}

void CredentialSession::attemptRead()
{
    ++m_attempt;
    setState(State::Loading);
    const quint64 generation = m_generation;
    CredentialJob *job = m_repository->loadCredentials(m_profile);
    connect(job, &CredentialJob::finished, this, [this, generation](CredentialJob *done) {
        if (generation == m_generation)
            onLoaded(done);
    });
}

void CredentialSession::onLoaded(CredentialJob *job)
{
    const CredentialError error = job->error();
    if (!error.isError())
        return becomeReady(job->credentials());
    if (!error.isBackendFailure())
        return becomeMissing();
    // A keychain that is still starting (e.g. activated with the session)
    // often answers a moment later; asking the user would not help.
    if (m_attempt == 1 && error.code != CredentialError::Code::AccessDenied) {
        setState(State::Retrying);
        m_retryTimer.start(m_retryDelay);
        return;
    }
    enterUnavailable(error);
    becomeMissing();
}

void CredentialSession::becomeReady(const AccessKeyCredentials &credentials)
{
    m_credentials = credentials;
    setState(State::Ready);
    Q_EMIT credentialsReady(m_profile);
}

void CredentialSession::becomeMissing()
{
    m_credentials = {};
    setState(State::MissingSecret);
    Q_EMIT credentialsMissing(m_profile);
}

void CredentialSession::enterUnavailable(const CredentialError &error)
{
    m_keychainError = error;
    if (m_keychainUnavailable)
        return;
    m_keychainUnavailable = true;
    Q_EMIT keychainUnavailable(unavailableExplanation());
}

void CredentialSession::loadFromSessionStore()
{
    setState(State::Loading);
    const quint64 generation = m_generation;
    const QString accessKeyId = m_profile.accessKeyId;
    CredentialJob *job = m_sessionStore->read(m_profile.keychainKey());
    connect(job, &CredentialJob::finished, this, [this, generation, accessKeyId](CredentialJob *done) {
        if (generation != m_generation)
            return;
        AccessKeyCredentials credentials;
        credentials.accessKeyId = accessKeyId;
        if (!done->error().isError() && SecretBlob::decode(done->secretBlob(), &credentials))
            return becomeReady(credentials);
        becomeMissing();
    });
}

QString CredentialSession::unavailableExplanation() const
{
    return m_keychainUnavailable ? unavailableExplanation(m_keychainError) : QString();
}

QString CredentialSession::unavailableExplanation(const CredentialError &error)
{
    return tr("The system keychain cannot be used: %1\n"
              "Your AccessKey is kept in memory for this session only and is not saved anywhere; you will be asked "
              "for it again next time. To keep it safely, install and unlock a keychain service such as GNOME "
              "Keyring (packages gnome-keyring and libsecret-1-0) or KWallet, then restart ReportDesk or choose "
              "\"Try again\". Alternatively, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in "
              "the environment.")
        .arg(error.description());
}

CredentialJob *CredentialSession::keepInSession(const AccessKeyCredentials &credentials,
                                                const CredentialError &reported)
{
    m_sessionStore->write(m_profile.keychainKey(), SecretBlob::encode(credentials));
    adopt(m_profile, credentials);
    auto *job = new CredentialJob(CredentialJob::Operation::Write, m_profile.id);
    job->finish(reported);
    return job;
}

CredentialJob *CredentialSession::saveCredentials(const AccessKeyCredentials &credentials)
{
    if (m_profile.isEnvironment || !m_profile.isValid() || credentials.accessKeySecret.isEmpty()) {
        auto *job = new CredentialJob(CredentialJob::Operation::Write, m_profile.id);
        job->finish({ CredentialError::Code::Other, tr("This profile's key cannot be changed here.") });
        return job;
    }
    if (!credentials.accessKeyId.isEmpty() && credentials.accessKeyId != m_profile.accessKeyId) {
        Profile updated = m_profile;
        updated.accessKeyId = credentials.accessKeyId;
        if (m_repository->update(updated))
            m_profile = updated;
    }
    if (m_keychainUnavailable)
        return keepInSession(credentials, {});

    auto *job = new CredentialJob(CredentialJob::Operation::Write, m_profile.id);
    const QString id = m_profile.id;
    CredentialJob *write = m_repository->updateCredentials(m_profile, credentials);
    connect(write, &CredentialJob::finished, this, [this, job, id, credentials](CredentialJob *done) {
        const CredentialError error = done->error();
        if (m_profile.id != id)
            return job->finish(error);
        if (error.isBackendFailure()) {
            enterUnavailable(error);
            keepInSession(credentials, error);
            return job->finish(error);
        }
        if (!error.isError())
            adopt(m_profile, credentials);
        job->finish(error);
    });
    return job;
}

CredentialJob *CredentialSession::addProfile(const Profile &profile, const AccessKeyCredentials &credentials)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, m_repository->idForNewProfile(profile.name));
    QString invalid = m_repository->validationError(profile);
    if (invalid.isEmpty() && credentials.accessKeySecret.isEmpty())
        invalid = tr("The AccessKey secret is missing.");
    if (!invalid.isEmpty()) {
        job->finish({ CredentialError::Code::Other, invalid });
        return job;
    }
    auto keepWithoutKeychain = [this, job, profile, credentials](const CredentialError &reported) {
        QString error;
        const std::optional<Profile> saved = m_repository->addWithoutCredentials(profile, &error);
        if (!saved)
            return job->finish({ CredentialError::Code::Other, error });
        m_profile = *saved;
        keepInSession(credentials, {});
        job->finish(reported);
    };
    if (m_keychainUnavailable) {
        keepWithoutKeychain({});
        return job;
    }
    CredentialJob *add = m_repository->add(profile, credentials);
    connect(add, &CredentialJob::finished, this, [this, job, credentials, keepWithoutKeychain](CredentialJob *done) {
        const CredentialError error = done->error();
        if (error.isBackendFailure()) {
            enterUnavailable(error);
            return keepWithoutKeychain(error);
        }
        if (error.isError())
            return job->finish(error);
        if (const std::optional<Profile> saved = m_repository->profile(done->key()))
            adopt(*saved, credentials);
        job->finish({});
    });
    return job;
}

void CredentialSession::adopt(const Profile &profile, const AccessKeyCredentials &credentials)
{
    ++m_generation;
    m_retryTimer.stop();
    m_profile = profile;
    m_attempt = 0;
    becomeReady(credentials);
}

void CredentialSession::retryKeychain()
{
    if (!m_keychainUnavailable)
        return start(m_profile);
    m_keychainUnavailable = false;
    m_keychainError = {};
    Q_EMIT keychainAvailableAgain();
    if (m_state == State::Ready && !m_profile.isEnvironment) {
        // Move the session key into the keychain; on failure it stays in memory.
        const AccessKeyCredentials credentials = m_credentials;
        CredentialJob *job = saveCredentials(credentials);
        connect(job, &CredentialJob::finished, this, [this, key = m_profile.keychainKey()](CredentialJob *done) {
            if (!done->error().isError())
                m_sessionStore->remove(key);
        });
        return;
    }
    start(m_profile);
}
