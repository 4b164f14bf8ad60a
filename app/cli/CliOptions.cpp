#include "CliOptions.h"

ApiEndpoint CliOptions::apiEndpoint() const
{
    return endpoint.isEmpty() ? ApiEndpoint::forSite(site) : ApiEndpoint::custom(endpoint);
}
