#include "SchedulingError.h"

namespace od {

Error SchedulingError::toError() const
{
    if (code == Code::CannotPlanWithinYear)
        return Error::conflict(message);
    return Error::invalid(message);
}

} // namespace od
