#pragma once

#include "inventory.h"

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

    using Callback = std::function<void(const QString &secret, const QString &error)>;
    // Never blocks: keychain access is asynchronous.
    void read(const SecretRef &ref, Callback callback);
    void write(const QString &key, const QString &secret, Callback callback);

    bool allowPlaintext() const { return m_allowPlaintext; }

private:
    bool m_allowPlaintext;
};
