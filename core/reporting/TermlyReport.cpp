#include "TermlyReport.h"

#include <QCoreApplication>

namespace idesk {

QString TermlyReport::ragWord(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QCoreApplication::translate("TermlyReport", "Red");
    case Rag::Amber:
        return QCoreApplication::translate("TermlyReport", "Amber");
    case Rag::Green:
        return QCoreApplication::translate("TermlyReport", "Green");
    }
    return {};
}

} // namespace idesk
