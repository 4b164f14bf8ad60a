#pragma once

#include <QCoreApplication>
#include <QString>

// Sizes, speeds and times left as people read them, translated when asked:
// "46 / 300 MiB", "2.1 MiB/s", "2 min left". One unit per pair (the larger
// number's), binary units everywhere, never a raw byte count above 1 KiB.
class DataSizeText
{
    Q_DECLARE_TR_FUNCTIONS(DataSizeText)

public:
    // "812 bytes", "12.5 KiB", "300 MiB", "1.2 GiB".
    static QString size(qint64 bytes);
    // "46 / 300 MiB"; "46 MiB" when the total is unknown (< 0).
    static QString progress(qint64 received, qint64 total);
    // "2.1 MiB/s".
    static QString speed(qint64 bytesPerSecond);
    // "40 s left", "3 min left", "1 h 5 min left"; empty when unknown (< 1).
    static QString timeLeft(qint64 seconds);

private:
    static int unitFor(qint64 bytes);
    static QString number(qint64 bytes, int unit);
    static QString unitName(int unit);
};
