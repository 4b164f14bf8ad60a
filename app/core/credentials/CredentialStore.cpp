#include "credentials/CredentialStore.h"

CredentialStore::~CredentialStore() = default;
