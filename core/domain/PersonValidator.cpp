#include "PersonValidator.h"

#include "Trn.h"

namespace idesk {

QList<FieldError> PersonValidator::validate(Person &person)
{
    QList<FieldError> errors;
    person.firstName = person.firstName.trimmed();
    person.lastName = person.lastName.trimmed();
    person.staffCode = person.staffCode.trimmed();
    person.email = person.email.trimmed();

    if (person.firstName.isEmpty())
        errors.append({QStringLiteral("first_name"), tr("First name is required")});
    if (person.lastName.isEmpty())
        errors.append({QStringLiteral("last_name"), tr("Last name is required")});
    if (!person.trn.trimmed().isEmpty()) {
        const auto trn = Trn::normalise(person.trn);
        if (trn)
            person.trn = trn.value();
        else
            errors.append({QStringLiteral("trn"), trn.error().message});
    } else {
        person.trn.clear();
    }
    if (!person.email.isEmpty() && !isPlausibleEmail(person.email))
        errors.append(
            {QStringLiteral("email"), tr("\"%1\" is not an email address").arg(person.email)});
    if (person.fte <= 0.0 || person.fte > 1.0)
        errors.append({QStringLiteral("fte"),
                       tr("FTE must be more than 0 and at most 1 (it is %1)").arg(person.fte)});
    if (person.workingPattern == WorkingPattern::FullTime && person.fte < 1.0)
        person.workingPattern = WorkingPattern::PartTime;
    if (person.employmentStart.isValid() && person.employmentEnd.isValid() &&
        person.employmentEnd < person.employmentStart)
        errors.append(
            {QStringLiteral("employment_end"), tr("Employment cannot end before it starts")});
    if (person.qtsDate.isValid() && !person.qts)
        person.qts = true;
    return errors;
}

bool PersonValidator::isPlausibleEmail(const QString &email)
{
    // Deliberately loose: MIS exports hold real addresses, and a strict RFC 5322
    // check would refuse some of them. We only catch obvious slips: one @,
    // something before it, a dot inside what follows, no spaces. (By hand: an
    // import checks every row's address.)
    const auto space = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
    };
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return false;
    if (std::any_of(email.cbegin(), email.cend(), space))
        return false;
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(QLatin1Char('.'), 1);
    return dot > 0 && dot < domain.size() - 1;
}

} // namespace idesk
