#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// The one banner above the table for account-wide problems: an icon, a summary
// of at most two lines, the rest (Code, Message, RequestId on their own lines,
// with a copy button for the RequestId) behind "Details", up to two buttons for
// the fix, and a close button. It only shows what it is given: MainWindow
// rebuilds the texts on a language switch, so nothing translated is kept here
// beyond what is on screen.
class BannerWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerWidget)

public:
    explicit BannerWidget(QWidget *parent = nullptr);

    // summary: plain text, elided to two lines; details: rich text, empty for no "Details";
    // raw: an answer body as received, behind "Show raw answer" in the details.
    void setContent(const QString &summary, const QString &detailsHtml, const QString &requestId = {},
                    const QString &raw = {});
    // Empty texts hide the buttons.
    void setActions(const QString &primary, const QString &secondary = {});
    // The whole text, elided part and details included (for tests and the accessible description).
    QString fullText() const;
    bool detailsShown() const;

Q_SIGNALS:
    void primaryClicked();
    void secondaryClicked();
    void closeClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateDetails();

    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    QToolButton *m_copyButton;
    QPushButton *m_primary;
    QPushButton *m_secondary;
    QToolButton *m_close;
    QString m_summaryText; // as given, before eliding
    QString m_requestId;
    QString m_detailsHtml;
    QString m_raw;
    bool m_rawShown = false;
};
