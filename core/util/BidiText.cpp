#include "BidiText.h"

namespace idesk::BidiText {

bool needsIsolating(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            break;
        }
        if (c.unicode() == 0x200E || c.unicode() == 0x200F || c.unicode() == 0x061C)
            return true;
    }
    return false;
}

QString isolated(const QString &text)
{
    if (!needsIsolating(text))
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace idesk::BidiText
