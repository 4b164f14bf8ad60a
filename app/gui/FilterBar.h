#pragma once

#include "tasks/TaskFilterProxyModel.h"

#include <QObject>

class QLineEdit;
class QToolButton;

// The bar above the table: one button per status (with its count), the
// search field, Esc to clear it. It sets the proxy's filters; the widgets
// are the form's, so their object names stay where tests look for them.
class FilterBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    struct Widgets
    {
        QToolButton *all;
        QToolButton *inProgress;
        QToolButton *succeeded;
        QToolButton *failed;
        QToolButton *notFound;
        QLineEdit *search;
    };

    FilterBar(TaskFilterProxyModel *proxy, const Widgets &widgets, QObject *parent = nullptr);

    QString searchText() const; // trimmed
    // Every row again: the "All" filter and no search.
    void showAll();
    void focusSearch();
    // The counts in the buttons' texts, in the current language.
    void retranslate();

Q_SIGNALS:
    // The filter or the search changed: what the table shows may be empty now.
    void changed();

private:
    void updateCounts();

    TaskFilterProxyModel *m_proxy;
    Widgets m_widgets;
};
