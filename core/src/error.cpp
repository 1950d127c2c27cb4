#include "deepplan/error.hpp"

namespace deepplan {

std::string Error::describe() const
{
    return path.empty() ? message : path + ": " + message;
}

InputError::InputError(std::string path, std::string message)
    : std::runtime_error(path.empty() ? message : path + ": " + message),
      error_{std::move(path), std::move(message)}
{
}

}  // namespace deepplan
