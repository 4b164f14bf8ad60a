#pragma once

#include <QObject>
#include <QString>

// The app's single language choice: "zh" or "en". It is both the UI language
// and the Lang parameter of every Security Center call, so there is exactly one
// owner of it. Persisted through AppSettings.
class LanguageSetting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSetting)

public:
    explicit LanguageSetting(QObject *parent = nullptr);

    // "zh" or "en".
    QString language() const { return m_language; }

    // Sets, persists and announces a new language; anything but "zh"/"en" is ignored.
    void setLanguage(const QString &language);
    // The same for this process only (e.g. the CLI's --lang): nothing is saved.
    void setSessionLanguage(const QString &language);
    // The saved choice, or empty when none was saved.
    static QString savedLanguage();

    // The saved choice, else the system locale: any zh* gives "zh", anything else "en".
    static QString initialLanguage();
    // Any zh* locale name gives "zh", anything else "en".
    static QString languageForLocale(const QString &localeName);
    static bool isSupported(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
};
