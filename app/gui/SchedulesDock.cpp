#include "SchedulesDock.h"

#include "AppContext.h"
#include "DesktopNotifier.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ScheduleHost.h"
#include "SchedulesPane.h"
#include "schedules/ScheduleListModel.h"
#include "schedules/ScheduleText.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>

SchedulesDock::SchedulesDock(AppContext *context, MainWindow *window)
    : QDockWidget(window)
    , m_context(context)
    , m_window(window)
    , m_openAction(new QAction(this))
    , m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("schedulesDock")); // restoreState() finds it by this
    // The pane is built when the dock is first shown: most starts never show
    // it, and building and laying it out was a tenth of a start's work.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            pane();
    });
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide(); // until asked for, or restored as the user left it
    m_openAction->setObjectName(QStringLiteral("actionSchedules"));
    m_openAction->setIcon(Icons::get(QStringLiteral("schedule")));
    // Icon only in the toolbar (its tooltip says what it is): at 800 px the language switch keeps its place.
    m_openAction->setPriority(QAction::LowPriority);
    connect(m_openAction, &QAction::triggered, this, [this] {
        show();
        raise();
        pane()->setFocus();
    });
    connect(context->schedules(), &ScheduleHost::occurrenceFinished, this, &SchedulesDock::onFinished);
    retranslate();
}

SchedulesDock::~SchedulesDock() = default;

SchedulesPane *SchedulesDock::pane()
{
    if (!m_pane) {
        m_pane = new SchedulesPane(m_context, this);
        setWidget(m_pane);
    }
    return m_pane;
}

void SchedulesDock::showSchedule(const QString &scheduleId)
{
    m_openAction->trigger();
    pane()->selectSchedule(scheduleId);
}

void SchedulesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SchedulesDock::retranslate()
{
    setWindowTitle(tr("Schedules"));
    toggleViewAction()->setText(tr("&Schedules"));
    toggleViewAction()->setToolTip(tr("Show or hide the scheduled exports"));
    m_openAction->setText(tr("Sc&hedules…"));
    m_openAction->setToolTip(tr("Export reports by themselves: daily, weekly or monthly"));
}

void SchedulesDock::onFinished(const QString &scheduleId, const QString &name, ScheduleOccurrence::State state,
                               const QString &errorKind, const QString &savedPath)
{
    if (state == ScheduleOccurrence::State::Succeeded) {
        m_notifier->notify(QStringLiteral("ReportDesk"), tr("%1 saved: %2").arg(name, QFileInfo(savedPath).fileName()));
        if (m_bannerScheduleId == scheduleId) {
            m_bannerScheduleId.clear();
            m_window->showExternalProblem({}, {}, {});
        }
        return;
    }
    if (state == ScheduleOccurrence::State::Running)
        return;
    m_notifier->notify(QStringLiteral("ReportDesk"),
                       tr("Scheduled export “%1” failed: %2").arg(name, ScheduleText::failureReason(errorKind)));
    QApplication::alert(m_window);
    m_bannerScheduleId = scheduleId;
    const bool retry = state == ScheduleOccurrence::State::Retry;
    // Worded whenever the banner is drawn: a language switch re-words it.
    m_window->showExternalProblem(
        [name, errorKind, retry] {
            const QString text
                = tr("The scheduled export “%1” failed: %2.").arg(name, ScheduleText::failureReason(errorKind));
            return retry ? text + QLatin1Char(' ') + tr("ReportDesk tries again later.") : text;
        },
        [] { return tr("Show schedule"); }, [this, scheduleId] { showSchedule(scheduleId); });
}
