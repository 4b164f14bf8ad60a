#include "CliOptions.h"

ApiEndpoint CliOptions::apiEndpoint() const
{
    return endpoint.isEmpty() ? ApiEndpoint::forSite(site) : ApiEndpoint::custom(endpoint);
}

bool CliOptions::needsCredentials() const
{
    switch (command) {
    case Command::Reports:
    case Command::Export:
    case Command::Status:
    case Command::Download: return true;
    case Command::None:
    case Command::Help:
    case Command::Version:
    case Command::ProfileAdd:
    case Command::ProfileList:
    case Command::ProfileRemove: return false;
    }
    return false;
}
