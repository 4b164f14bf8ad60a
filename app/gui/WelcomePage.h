#pragma once

#include <QWidget>

namespace Ui {
class WelcomePage;
}

// The first-run panel: try the demo or connect an account. Only a window
// without any account shows it, so MainWindow builds it on first need: its
// word-wrapped texts cost a tenth of a start-up's work to lay out.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    void demoRequested();
    void accessKeyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    Ui::WelcomePage *m_ui;
};
