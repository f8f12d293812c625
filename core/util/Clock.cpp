#include "Clock.h"

#include "util/Dates.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace idesk {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

Result<std::shared_ptr<const Clock>> Clock::fromEnvironment()
{
    const QString fixed =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("INDUCTIONDESK_TODAY"));
    if (fixed.trimmed().isEmpty())
        return std::shared_ptr<const Clock>(&system(), [](const Clock *) {});
    const QDate day = Dates::parse(fixed.trimmed());
    if (!day.isValid())
        return Error::invalid(QCoreApplication::translate(
                                  "Clock", "INDUCTIONDESK_TODAY is \"%1\", which is not a date: "
                                           "use YYYY-MM-DD or DD/MM/YYYY")
                                  .arg(fixed));
    return std::shared_ptr<const Clock>(std::make_shared<FixedClock>(day));
}

} // namespace idesk
