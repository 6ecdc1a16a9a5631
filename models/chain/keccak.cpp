#include "chain/keccak.h"

#include <cryptopp/keccak.h>

namespace chain {

void keccak256(QByteArrayView data, unsigned char *out)
{
    // Keccak_256 is cheap to construct (state on the stack), so no shared instance and no locking.
    CryptoPP::Keccak_256 hash;
    hash.Update(reinterpret_cast<const CryptoPP::byte *>(data.data()), static_cast<size_t>(data.size()));
    hash.Final(out);
}

QByteArray keccak256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    keccak256(data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace chain
