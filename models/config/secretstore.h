#pragma once

#include "inventory.h"

#include <QHash>
#include <QObject>

#include <functional>

// Resolves SecretRefs. The keychain (QtKeychain: Secret Service, KWallet, macOS/Windows stores) is the normal
// place; environment variables and files are the explicit, warned-about fallback for headless machines.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(bool allowPlaintext, QObject *parent = nullptr);

    static inline const QString keychainService = QStringLiteral("sentinela");
    // A secret file larger than this is refused: it is not a password or token (and may be a device or a log).
    static constexpr qint64 maxSecretFileBytes = 64 * 1024;

    using Callback = std::function<void(const QString &secret, const QString &error)>;
    // Never blocks: keychain access is asynchronous.
    void read(const SecretRef &ref, Callback callback);
    void write(const QString &key, const QString &secret, Callback callback);

    bool allowPlaintext() const { return m_allowPlaintext; }

    // Reads every secret the network's endpoints refer to into memory, so that requests can take them without
    // waiting on the keychain; `done` is called once all have answered (failures are logged, not fatal).
    void prefetch(const NetworkConfig &network, std::function<void()> done = {});
    QString cached(const SecretRef &ref) const { return m_cache.value(cacheKey(ref)); }
    // Warnings raised while reading (e.g. a secret file readable by its group or by everyone), also logged.
    QStringList warnings() const { return m_warnings; }

signals:
    void warning(const QString &text);

private:
    static QString cacheKey(const SecretRef &ref) { return QString::number(int(ref.store)) + u':' + ref.key; }

    void warn(const QString &text);

    bool m_allowPlaintext;
    QStringList m_warnings;
    QHash<QString, QString> m_cache;
};
