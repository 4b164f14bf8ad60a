#include "common/DataSizeText.h"

#include <QLocale>

namespace {
constexpr int Units = 4; // bytes, KiB, MiB, GiB
}

int DataSizeText::unitFor(qint64 bytes)
{
    int unit = 0;
    double value = double(qAbs(bytes));
    while (value >= 1024.0 && unit < Units - 1) {
        value /= 1024.0;
        ++unit;
    }
    return unit;
}

QString DataSizeText::number(qint64 bytes, int unit)
{
    double value = double(bytes);
    for (int i = 0; i < unit; ++i)
        value /= 1024.0;
    // One decimal only where it says something ("1.2 GiB", "12.5 KiB"), none on big numbers.
    const int decimals = unit == 0 || value >= 100.0 || value == double(qint64(value)) ? 0 : 1;
    return QLocale().toString(value, 'f', decimals);
}

QString DataSizeText::unitName(int unit)
{
    switch (unit) {
    case 1: return tr("KiB");
    case 2: return tr("MiB");
    case 3: return tr("GiB");
    default: break;
    }
    return tr("bytes");
}

QString DataSizeText::size(qint64 bytes)
{
    const int unit = unitFor(bytes);
    return tr("%1 %2", "number and unit, e.g. 300 MiB").arg(number(bytes, unit), unitName(unit));
}

QString DataSizeText::progress(qint64 received, qint64 total)
{
    if (total < 0)
        return size(received);
    const int unit = unitFor(qMax(received, total));
    // Whole numbers when the total is (a steady width while it counts up).
    const QString receivedText = number(total, unit).contains(QLocale().decimalPoint())
        ? number(received, unit)
        : QLocale().toString(received >> (10 * unit)); // never more than has arrived
    return tr("%1 / %2 %3", "received / total and unit, e.g. 46 / 300 MiB")
        .arg(receivedText, number(total, unit), unitName(unit));
}

QString DataSizeText::speed(qint64 bytesPerSecond)
{
    return tr("%1/s", "a download speed, e.g. 2.1 MiB/s").arg(size(bytesPerSecond));
}

QString DataSizeText::timeLeft(qint64 seconds)
{
    if (seconds < 1)
        return {};
    if (seconds < 60)
        return tr("%n s left", nullptr, int(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%n min left", nullptr, int(minutes));
    return tr("%1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}
