#pragma once

#include <QList>

#include <algorithm>

// A fixed-capacity FIFO: appending beyond the capacity drops the oldest element. Contiguous storage, no reallocation
// after the first fill; index 0 is the oldest element.
template<typename T> class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 0) { setCapacity(capacity); }

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Keeps the newest min(size, capacity) elements.
    void setCapacity(qsizetype capacity)
    {
        capacity = std::max<qsizetype>(0, capacity);
        QList<T> kept;
        const qsizetype keep = std::min(m_size, capacity);
        kept.reserve(keep);
        for (qsizetype i = m_size - keep; i < m_size; ++i)
            kept.append(at(i));
        m_data = std::move(kept);
        m_capacity = capacity;
        m_start = 0;
        m_size = keep;
    }

    void append(const T &value)
    {
        if (m_capacity == 0)
            return;
        if (m_size < m_capacity) {
            if (m_data.size() < m_capacity)
                m_data.append(value);
            else
                m_data[(m_start + m_size) % m_capacity] = value;
            ++m_size;
            return;
        }
        m_data[m_start] = value;
        m_start = (m_start + 1) % m_capacity;
    }

    // Keeps the oldest `size` elements (drops the newest ones).
    void truncate(qsizetype size)
    {
        size = std::max<qsizetype>(0, size);
        if (size >= m_size)
            return;
        if (m_data.size() < m_capacity) // never wrapped: the elements are m_data[0, m_size)
            m_data.resize(size);
        m_size = size;
    }

    const T &at(qsizetype i) const { return m_data.at((m_start + i) % std::max<qsizetype>(1, m_capacity)); }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void clear()
    {
        m_data.clear();
        m_start = 0;
        m_size = 0;
    }

    QList<T> toList() const
    {
        QList<T> out;
        out.reserve(m_size);
        for (qsizetype i = 0; i < m_size; ++i)
            out.append(at(i));
        return out;
    }

private:
    QList<T> m_data;
    qsizetype m_capacity = 0;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};
