#pragma once
// Errors as values: every input that can be wrong is reported with the path
// of the offending field and a sentence saying why. The core never prints
// and never exits.

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace deepplan {

/// One input problem: `path` names the field (`hardware[3].memory_gb`,
/// `--pool`, `scenario.workload.context`), `message` says what is wrong.
struct Error {
    std::string path;
    std::string message;

    /// "path: message", or just the message when there is no path.
    [[nodiscard]] std::string describe() const;
};

/// Thrown inside the parsers and caught at the public boundary, where it
/// becomes a Result. Kept public so that app code can use the same type.
class InputError : public std::runtime_error {
public:
    InputError(std::string path, std::string message);
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    Error error_;
};

/// Either a value or an Error.
template <class T>
class Result {
public:
    // A value is moved in once (`return plan;` of a large Plan is one move, not two).
    Result(const T& value) : state_(value) {}              // NOLINT(google-explicit-constructor)
    Result(T&& value) : state_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(state_); }
    explicit operator bool() const noexcept { return ok(); }

    /// The value; throws InputError when this holds an error.
    [[nodiscard]] const T& value() const&
    {
        if (!ok()) {
            const auto& e = std::get<Error>(state_);
            throw InputError(e.path, e.message);
        }
        return std::get<T>(state_);
    }
    [[nodiscard]] T&& value() &&
    {
        if (!ok()) {
            const auto& e = std::get<Error>(state_);
            throw InputError(e.path, e.message);
        }
        return std::get<T>(std::move(state_));
    }
    [[nodiscard]] const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace deepplan
