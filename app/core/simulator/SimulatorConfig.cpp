#include "simulator/SimulatorConfig.h"

bool SimulatorFaults::take(int *counter)
{
    if (*counter == 0)
        return false;
    if (*counter > 0)
        --*counter;
    return true;
}
