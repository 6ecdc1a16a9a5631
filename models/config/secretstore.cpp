#include "secretstore.h"

#include <QCoreApplication>
#include <QFile>

#include <qt6keychain/keychain.h>

SecretStore::SecretStore(bool allowPlaintext, QObject *parent)
    : QObject(parent)
    , m_allowPlaintext(allowPlaintext)
{
}

void SecretStore::read(const SecretRef &ref, Callback callback)
{
    switch (ref.store) {
    case SecretRef::Store::None:
        callback({}, {});
        return;
    case SecretRef::Store::Environment:
    case SecretRef::Store::File:
        if (!m_allowPlaintext) {
            callback(
                {}, tr("secret \"%1\" is not in the keychain and plain-text secrets are not allowed").arg(ref.key));
            return;
        }
        if (ref.store == SecretRef::Store::Environment) {
            const QByteArray value = qgetenv(ref.key.toLocal8Bit().constData());
            callback(QString::fromUtf8(value),
                value.isEmpty() ? tr("environment variable %1 is not set").arg(ref.key) : QString());
        } else {
            QFile file(ref.key);
            if (!file.open(QIODevice::ReadOnly)) {
                callback({}, tr("cannot read secret file %1: %2").arg(ref.key, file.errorString()));
                return;
            }
            // Read one byte past the cap: the size a special file reports cannot be trusted.
            const QByteArray content = file.read(maxSecretFileBytes + 1);
            if (content.size() > maxSecretFileBytes) {
                callback({},
                    tr("secret file %1 is larger than %2 bytes: not a secret; refused")
                        .arg(ref.key)
                        .arg(maxSecretFileBytes));
                return;
            }
            if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
                warn(
                    tr("secret file %1 is readable by its group or by everyone; restrict it (chmod 600)").arg(ref.key));
            callback(QString::fromUtf8(content).trimmed(), {});
        }
        return;
    case SecretRef::Store::Keychain: {
        auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
        job->setAutoDelete(true);
        job->setKey(ref.key);
        connect(job, &QKeychain::Job::finished, this, [job, key = ref.key, callback](QKeychain::Job *) {
            if (job->error() != QKeychain::NoError)
                callback({}, tr("keychain entry \"%1\": %2").arg(key, job->errorString()));
            else
                callback(job->textData(), {});
        });
        job->start();
        return;
    }
    }
}

void SecretStore::warn(const QString &text)
{
    qWarning("%s", qPrintable(text));
    m_warnings.append(text);
    emit warning(text);
}

void SecretStore::prefetch(const NetworkConfig &network, std::function<void()> done)
{
    QList<SecretRef> refs;
    for (const PrometheusEndpoint &ep : network.prometheus) {
        if (ep.auth.secret.isSet())
            refs.append(ep.auth.secret);
    }
    if (network.alertmanager && network.alertmanager->auth.secret.isSet())
        refs.append(network.alertmanager->auth.secret);
    auto remaining = std::make_shared<qsizetype>(refs.size());
    if (refs.isEmpty()) {
        if (done)
            done();
        return;
    }
    for (const SecretRef &ref : std::as_const(refs)) {
        read(ref, [this, ref, remaining, done](const QString &secret, const QString &error) {
            if (error.isEmpty())
                m_cache.insert(cacheKey(ref), secret);
            else
                qWarning("%s", qPrintable(error));
            if (--*remaining == 0 && done)
                done();
        });
    }
}

void SecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, key, callback](QKeychain::Job *) {
        callback({},
            job->error() == QKeychain::NoError ? QString()
                                               : tr("keychain entry \"%1\": %2").arg(key, job->errorString()));
    });
    job->start();
}
