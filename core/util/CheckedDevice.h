#pragma once

#include <QIODevice>
#include <QString>

namespace idesk {

// Passes every write on to another device and remembers the first that did
// not land whole. Writers that ignore what write() returns (QPdfWriter,
// QTextStream) can then be asked afterwards whether every byte arrived,
// instead of leaving a broken file behind a success.
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice &target);

    bool failed() const { return !m_problem.isEmpty(); }
    // The target's own reason for the first failed write, or empty.
    QString problem() const { return m_problem; }
    qint64 written() const { return m_written; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    QString m_problem;
    qint64 m_written = 0;
};

} // namespace idesk
