#include "FilterBar.h"

#include "StatusDelegate.h"
#include "api/ExportStatus.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

FilterBar::FilterBar(TaskFilterProxyModel *proxy, const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_widgets(widgets)
{
    using Filter = TaskFilterProxyModel::StatusFilter;
    const struct
    {
        QToolButton *button;
        Filter filter;
    } filters[] = {
        { m_widgets.all, Filter::All },
        { m_widgets.inProgress, Filter::InProgress },
        { m_widgets.succeeded, Filter::Succeeded },
        { m_widgets.failed, Filter::Failed },
        { m_widgets.notFound, Filter::NotFound },
    };
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (const auto &entry : filters) {
        group->addButton(entry.button);
        entry.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const auto filter = entry.filter;
        connect(entry.button, &QToolButton::clicked, this, [this, filter] {
            m_proxy->setStatusFilter(filter);
            Q_EMIT changed();
        });
    }
    m_widgets.all->setChecked(true);
    m_widgets.succeeded->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Succeeded)));
    m_widgets.failed->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Failed)));
    m_widgets.notFound->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Unknown)));
    m_widgets.inProgress->setIcon(StatusDelegate::statusIcon(static_cast<int>(ExportStatus::Exporting)));

    connect(m_widgets.search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button shows only when there is text anyway; switching it on at
        // the first keystroke keeps its style pixmap (and Qt's image plugins) out of
        // the start-up path.
        m_widgets.search->setClearButtonEnabled(true);
        m_proxy->setTextFilter(text);
        Q_EMIT changed();
    });
    // Escape in the search field clears it (and leaves the window alone).
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_widgets.search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_widgets.search, &QLineEdit::clear);

    connect(m_proxy, &TaskFilterProxyModel::countsChanged, this, [this] {
        updateCounts();
        Q_EMIT changed(); // a status change can empty or fill the filtered view
    });
}

QString FilterBar::searchText() const
{
    return m_widgets.search->text().trimmed();
}

void FilterBar::showAll()
{
    m_widgets.all->click();
    m_widgets.search->clear();
}

void FilterBar::focusSearch()
{
    m_widgets.search->setFocus();
    m_widgets.search->selectAll();
}

void FilterBar::retranslate()
{
    updateCounts();
}

void FilterBar::updateCounts()
{
    using Filter = TaskFilterProxyModel::StatusFilter;
    //: Filter button; %1 is the number of exports in the list
    m_widgets.all->setText(tr("All %1").arg(m_proxy->count(Filter::All)));
    //: Filter button; %1 is the number of exports the service is still preparing
    m_widgets.inProgress->setText(tr("In progress %1").arg(m_proxy->count(Filter::InProgress)));
    //: Filter button; %1 is the number of exports whose report is ready
    m_widgets.succeeded->setText(tr("Succeeded %1").arg(m_proxy->count(Filter::Succeeded)));
    //: Filter button; %1 is the number of exports the service could not finish
    m_widgets.failed->setText(tr("Failed %1").arg(m_proxy->count(Filter::Failed)));
    // Shown only while there is something to show: most lists never have one.
    const int notFound = m_proxy->count(Filter::NotFound);
    m_widgets.notFound->setText(tr("Not found %1", "ExportIds the service does not know").arg(notFound));
    m_widgets.notFound->setVisible(notFound > 0 || m_widgets.notFound->isChecked());
}
