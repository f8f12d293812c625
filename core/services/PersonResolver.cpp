#include "PersonResolver.h"

#include "storage/Database.h"

#include "domain/Trn.h"
#include "storage/PersonRepository.h"

#include <QMap>

namespace idesk {

Result<Person> PersonResolver::resolve(const QString &refIn) const
{
    const QString ref = refIn.trimmed();
    if (ref.isEmpty())
        return Error::invalid(tr("No person was named"));
    PersonRepository people(m_db);
    const auto prefixed = [&](const QString &prefix) {
        return ref.startsWith(prefix, Qt::CaseInsensitive) ? ref.mid(prefix.size()).trimmed()
                                                           : QString();
    };
    if (const QString id = prefixed(QStringLiteral("id:")); !id.isEmpty())
        return people.byId(id.toLongLong());

    QMap<qint64, Person> found; // by id, so one person matched twice counts once
    const QString trnText = prefixed(QStringLiteral("trn:"));
    const QString codeText = prefixed(QStringLiteral("code:"));
    const bool anyKind = trnText.isEmpty() && codeText.isEmpty();

    if (anyKind || !trnText.isEmpty()) {
        if (auto trn = Trn::normalise(anyKind ? ref : trnText)) {
            auto p = people.byTrn(*trn);
            if (!p)
                return p.error();
            if (p->has_value())
                found.insert((*p)->id, **p);
        }
    }
    if (anyKind || !codeText.isEmpty()) {
        auto p = people.byStaffCode(anyKind ? ref : codeText);
        if (!p)
            return p.error();
        if (p->has_value())
            found.insert((*p)->id, **p);
    }
    if (anyKind && found.isEmpty()) {
        bool isNumber = false;
        const qint64 id = ref.toLongLong(&isNumber);
        if (isNumber) {
            auto p = people.byId(id);
            if (p)
                found.insert(p->id, *p);
        }
    }
    if (found.isEmpty())
        return Error::notFound(tr("No one matches \"%1\" (a TRN, staff code or id)").arg(ref));
    if (found.size() > 1) {
        QStringList names;
        for (const auto &p : std::as_const(found))
            names.append(QStringLiteral("%1 (id:%2)").arg(p.displayName()).arg(p.id));
        return Error::invalid(tr("\"%1\" matches more than one person: %2; name one with id:N")
                                  .arg(ref, names.join(QStringLiteral(", "))));
    }
    return found.first();
}

} // namespace idesk
