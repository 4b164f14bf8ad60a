#pragma once

#include <QDialog>
#include <functional>

namespace Ui {
class AddExportIdDialog;
}

// Asks for an ExportId started elsewhere. Accepts only a positive 64-bit
// integer and says inline what is wrong; OK stays disabled until it is valid.
class AddExportIdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddExportIdDialog)

public:
    explicit AddExportIdDialog(QWidget *parent = nullptr);
    ~AddExportIdDialog() override;

    qint64 exportId() const { return m_exportId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();

    Ui::AddExportIdDialog *m_ui;
    qint64 m_exportId = 0;
};
