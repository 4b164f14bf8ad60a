#pragma once

#include <QList>
#include <QtGlobal>

class AppSettings;
class TaskController;

// The demo's first start is not an empty table: a few exports of the demo
// account's reports, started with the same ExportCustomizeReport calls a user
// makes. The simulator's scenario then gives one in each status — two that
// succeed (with a live link), one that fails, and a slow one that is still
// running and finishes while the newcomer watches. Nothing is fabricated.
class DemoSamples
{
public:
    // The reports the samples export, in the order they are started.
    static QList<qint64> reportIds();
    // On the first demo start only (and never into a list that has tasks).
    static bool startIfFirstTime(AppSettings *settings, TaskController *tasks);
    // Help ▸ Reset demo…: starts them again, whatever was there before.
    static void start(AppSettings *settings, TaskController *tasks);
};
