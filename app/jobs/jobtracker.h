#pragma once

#include <QHash>
#include <QString>

namespace genlens::app {

// The stale-result guard (after Hotspot's JobTracker): every job gets an id, and a job started
// for a slot ("compare view", "embedding map", ...) supersedes the earlier jobs of that slot,
// whose results must then be dropped. Used on the owner's thread only (the thread that receives
// the results): results carry their job id back and are delivered only while isCurrent(id).
// One helper for the whole application: JobQueue uses it, and so can a view that runs its own
// background work (thumbnails, the PCA map).
class JobTracker
{
public:
    // A new id. When `slot` is not empty the new job becomes the slot's current one; the previous
    // current job of the slot is returned through `superseded` (0 when none) and is stale from now.
    quint64 begin(const QString& slot = {}, quint64* superseded = nullptr)
    {
        const quint64 id = ++m_lastId;
        quint64 previous = 0;
        if (!slot.isEmpty()) {
            previous = m_currentBySlot.value(slot, 0);
            m_currentBySlot.insert(slot, id);
            m_slotById.insert(id, slot);
        }
        if (superseded) {
            *superseded = previous;
        }
        return id;
    }

    // True for an unfinished job without a slot, and for the newest job of its slot.
    bool isCurrent(quint64 id) const
    {
        const auto slot = m_slotById.constFind(id);
        return slot == m_slotById.cend() || m_currentBySlot.value(*slot, 0) == id;
    }

    // The job delivered its outcome (or it was dropped): forget it. Do not ask isCurrent() after.
    void finish(quint64 id)
    {
        const auto slot = m_slotById.constFind(id);
        if (slot == m_slotById.cend()) {
            return;
        }
        if (m_currentBySlot.value(*slot, 0) == id) {
            m_currentBySlot.remove(*slot);
        }
        m_slotById.erase(slot);
    }

    // Makes every unfinished job of the slot stale (for example when its view closes).
    void clear(const QString& slot) { m_currentBySlot.remove(slot); }

    quint64 currentJob(const QString& slot) const { return m_currentBySlot.value(slot, 0); }

private:
    quint64 m_lastId = 0;
    QHash<QString, quint64> m_currentBySlot;
    QHash<quint64, QString> m_slotById;
};

} // namespace genlens::app
