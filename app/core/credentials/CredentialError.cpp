#include "credentials/CredentialError.h"

#include <QCoreApplication>

QString CredentialError::description() const
{
    QString text;
    switch (code) {
    case Code::None: return {};
    case Code::NoBackend:
        text = QCoreApplication::translate("CredentialError", "No system keychain is available.");
        break;
    case Code::AccessDenied:
        text = QCoreApplication::translate("CredentialError", "The system keychain refused access (it may be locked).");
        break;
    case Code::NotFound:
        text = QCoreApplication::translate("CredentialError", "No key is stored for this profile.");
        break;
    case Code::Other: text = QCoreApplication::translate("CredentialError", "The system keychain failed."); break;
    }
    if (backendText.isEmpty())
        return text;
    return QCoreApplication::translate("CredentialError", "%1 (%2)").arg(text, backendText);
}
