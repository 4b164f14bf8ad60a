#pragma once

#include <QObject>
#include <QTranslator>

class LanguageSetting;

// Keeps Qt's translator and the app's translator for the application's whole
// lifetime and reloads them whenever the LanguageSetting changes. Installing a
// translator posts QEvent::LanguageChange to every widget, which is what makes
// open windows and dialogs retranslate in place (Wireshark's loadLanguage idea;
// one translator per switch would leak, as qTox's did).
class TranslationManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationManager)

public:
    explicit TranslationManager(LanguageSetting *setting, QObject *parent = nullptr);
    ~TranslationManager() override;

    // The QLocale name used for the current language ("zh_CN" or "en_US").
    static QString localeName(const QString &language);

private:
    void apply(const QString &language);

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
};
