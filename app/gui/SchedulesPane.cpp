#include "SchedulesPane.h"

#include "AppContext.h"
#include "ScheduleDialog.h"
#include "ScheduleHost.h"
#include "ScheduleProxyModel.h"
#include "schedules/ScheduleListModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Page
{
    EmptyPage,
    TablePage,
};
// Others' changes (reportdesk-cli schedule add, a run by the systemd timer) show within this.
constexpr int RefreshIntervalMs = 5000;
} // namespace

SchedulesPane::SchedulesPane(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_host(context->schedules())
    , m_proxy(new ScheduleProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyNewButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_runButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("schedulesPane"));
    m_proxy->setSourceModel(m_host->model());
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ScheduleListModel::NameColumn, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // A handful of rows: every column as wide as its texts (in either language), the result takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScheduleListModel::LastResultColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    auto *emptyButtonRow = new QHBoxLayout;
    emptyButtonRow->addStretch();
    emptyButtonRow->addWidget(m_emptyNewButton);
    emptyButtonRow->addStretch();
    emptyLayout->addLayout(emptyButtonRow);
    emptyLayout->addStretch();
    m_stack->addWidget(emptyPage);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_newButton, m_editButton, m_pauseButton, m_runButton })
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);
    tableLayout->addLayout(buttons);
    m_stack->addWidget(tablePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    connect(m_emptyNewButton, &QPushButton::clicked, this, &SchedulesPane::newSchedule);
    connect(m_newButton, &QPushButton::clicked, this, &SchedulesPane::newSchedule);
    connect(m_editButton, &QPushButton::clicked, this, &SchedulesPane::editCurrent);
    connect(m_pauseButton, &QPushButton::clicked, this, &SchedulesPane::togglePausedCurrent);
    connect(m_runButton, &QPushButton::clicked, this, &SchedulesPane::runCurrentNow);
    connect(m_deleteButton, &QPushButton::clicked, this, &SchedulesPane::deleteCurrent);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &SchedulesPane::editCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SchedulesPane::showContextMenu);

    // Enter edits and Delete deletes while the table has the focus.
    auto *edit = new QAction(this);
    edit->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &SchedulesPane::editCurrent);
    m_table->addAction(edit);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SchedulesPane::deleteCurrent);
    m_table->addAction(remove);

    ScheduleListModel *model = m_host->model();
    connect(model, &QAbstractItemModel::modelReset, this, &SchedulesPane::updatePage);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SchedulesPane::updatePage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SchedulesPane::updatePage);
    connect(model, &QAbstractItemModel::dataChanged, this, &SchedulesPane::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SchedulesPane::updateButtons);
    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, model, &ScheduleListModel::reload);

    setFocusProxy(m_table);
    retranslate();
    model->reload();
    updatePage();
}

SchedulesPane::~SchedulesPane() = default;

void SchedulesPane::showEvent(QShowEvent *event)
{
    m_host->model()->reload();
    m_refreshTimer->start();
    QWidget::showEvent(event);
}

void SchedulesPane::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void SchedulesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchedulesPane::retranslate()
{
    m_emptyLabel->setText(tr("No schedules yet. A schedule exports a report by itself — daily, weekly or monthly — "
                             "and saves it in a folder of your choice while ReportDesk is open (or through the "
                             "systemd timer of reportdesk-cli)."));
    m_emptyNewButton->setText(tr("New schedule…"));
    m_newButton->setText(tr("New…"));
    m_editButton->setText(tr("Edit…"));
    m_runButton->setText(tr("Run now"));
    m_deleteButton->setText(tr("Delete…"));
    m_runButton->setToolTip(tr("Export the report now, outside the schedule's times"));
    m_host->model()->retranslate();
    updateButtons();
}

void SchedulesPane::updatePage()
{
    const bool empty = m_host->model()->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? EmptyPage : TablePage);
    if (!empty && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

void SchedulesPane::updateButtons()
{
    const std::optional<Schedule> schedule = current();
    for (QPushButton *button : { m_editButton, m_pauseButton, m_runButton, m_deleteButton })
        button->setEnabled(schedule.has_value());
    m_pauseButton->setText(schedule && schedule->paused ? tr("Resume") : tr("Pause"));
    m_runButton->setEnabled(schedule && !m_host->isRunning(schedule->id));
}

std::optional<Schedule> SchedulesPane::current() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_host->model()->schedule(m_proxy->mapToSource(index).row());
}

QString SchedulesPane::currentScheduleId() const
{
    const std::optional<Schedule> schedule = current();
    return schedule ? schedule->id : QString();
}

void SchedulesPane::selectSchedule(const QString &scheduleId)
{
    m_host->model()->reload();
    const int row = m_host->model()->rowOf(scheduleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_host->model()->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
}

void SchedulesPane::newSchedule()
{
    openDialog(std::nullopt);
}

void SchedulesPane::editCurrent()
{
    if (const std::optional<Schedule> schedule = current())
        openDialog(schedule);
}

void SchedulesPane::openDialog(const std::optional<Schedule> &schedule)
{
    ScheduleDialog dialog(m_context, this);
    if (schedule)
        dialog.setSchedule(*schedule);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectSchedule(dialog.savedScheduleId());
}

void SchedulesPane::togglePausedCurrent()
{
    const std::optional<Schedule> schedule = current();
    if (!schedule)
        return;
    if (m_host->setPaused(schedule->name, !schedule->paused) != ScheduleStore::Result::Ok)
        QMessageBox::warning(this, tr("Schedule not changed"),
                             tr("The schedule could not be changed (%1).").arg(m_host->store()->errorText()));
    updateButtons();
}

void SchedulesPane::runCurrentNow()
{
    const std::optional<Schedule> schedule = current();
    if (!schedule)
        return;
    if (!m_host->runNow(schedule->name))
        QMessageBox::information(this, tr("Run now"), tr("“%1” is running already.").arg(schedule->name));
    updateButtons();
}

void SchedulesPane::deleteCurrent()
{
    const std::optional<Schedule> schedule = current();
    if (!schedule)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete schedule"),
                    tr("Delete the schedule “%1”? It will not run again. The reports it saved stay in %2.")
                        .arg(schedule->name, QDir::toNativeSeparators(schedule->folder)),
                    QMessageBox::NoButton, this);
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    if (m_host->remove(schedule->name) != ScheduleStore::Result::Ok)
        QMessageBox::warning(this, tr("Schedule not deleted"),
                             tr("The schedule could not be deleted (%1).").arg(m_host->store()->errorText()));
}

void SchedulesPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const std::optional<Schedule> schedule = current();
    if (!schedule)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, &SchedulesPane::editCurrent);
    menu.addAction(schedule->paused ? tr("Resume") : tr("Pause"), this, &SchedulesPane::togglePausedCurrent);
    menu.addAction(tr("Run now"), this, &SchedulesPane::runCurrentNow)->setEnabled(!m_host->isRunning(schedule->id));
    const QString folder = schedule->folder;
    menu.addAction(tr("Open folder"), this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, &SchedulesPane::deleteCurrent);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}
