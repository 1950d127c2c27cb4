#include "deepplan/safe_file.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <mutex>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#define DEEPPLAN_POSIX_IO 1
#endif

namespace deepplan {

namespace {

std::string reason(int err) { return std::system_category().message(err); }

std::string size_text(std::size_t bytes)
{
    if (bytes >= 1024u * 1024u) return std::to_string(bytes / (1024u * 1024u)) + " MiB";
    if (bytes >= 1024u) return std::to_string(bytes / 1024u) + " KiB";
    return std::to_string(bytes) + " bytes";
}

#ifdef DEEPPLAN_POSIX_IO
// What a non-regular file is, for messages.
std::string kind_of(mode_t mode)
{
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a regular file";
}

mode_t current_umask()
{
    static std::mutex m;
    const std::lock_guard<std::mutex> lock(m);
    const mode_t old = ::umask(0);
    ::umask(old);
    return old;
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd()
    {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return fd_; }
    int release()
    {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};
#endif

}  // namespace

Result<std::string> read_text_file(const std::filesystem::path& path, std::size_t max_bytes)
{
    const std::string name = path.string();
    if (name.empty()) return Error{"file", "needs a file name, got an empty value"};
#ifdef DEEPPLAN_POSIX_IO
    // O_NONBLOCK: opening a FIFO with no writer must not block; it is refused below.
    Fd fd(::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int e = errno;
        return Error{name, "cannot be opened: " + reason(e)};
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        const int e = errno;
        return Error{name, "cannot be examined: " + reason(e)};
    }
    if (!S_ISREG(st.st_mode)) {
        return Error{name, "is " + kind_of(st.st_mode) + ", not a regular file"};
    }
    if (st.st_size > 0 && static_cast<unsigned long long>(st.st_size) > max_bytes) {
        return Error{name, "is larger than " + size_text(max_bytes) + "; refusing to read it"};
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            const int e = errno;
            if (e == EINTR) continue;
            return Error{name, "cannot be read: " + reason(e)};
        }
        if (n == 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes) {
            return Error{name, "is larger than " + size_text(max_bytes) + "; refusing to read it"};
        }
    }
    return text;
#else
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec) return Error{name, "cannot be opened: " + ec.message()};
    if (!std::filesystem::is_regular_file(status)) return Error{name, "is not a regular file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{name, "cannot be opened"};
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_bytes) return Error{name, "is larger than " + size_text(max_bytes) + "; refusing to read it"};
    }
    return text;
#endif
}

std::string atomic_write_temp_prefix(const std::filesystem::path& path)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    return (dir / ("." + path.filename().string() + ".deepplan-tmp-")).string();
}

namespace {

#ifdef DEEPPLAN_POSIX_IO
// The file a write replaces and the permissions it gets: a symbolic link is
// followed (the target is replaced and the link kept, as QSaveFile does), an
// existing file keeps its mode, a new one gets 0666 less the umask; anything
// but a regular file is refused.
struct WriteTarget {
    std::filesystem::path path;
    mode_t mode;
};

Result<WriteTarget> write_target(const std::filesystem::path& requested, const std::string& shown)
{
    WriteTarget t{requested, static_cast<mode_t>(0666) & ~current_umask()};
    struct stat st {};
    if (::lstat(t.path.c_str(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            std::error_code ec;
            auto target = std::filesystem::weakly_canonical(t.path, ec);
            if (ec) return Error{shown, "is a symbolic link that cannot be resolved: " + ec.message()};
            t.path = target;
            if (::lstat(t.path.c_str(), &st) != 0) {
                const int e = errno;
                if (e != ENOENT) return Error{shown, "cannot be examined: " + reason(e)};
                st = {};
                st.st_mode = S_IFREG | t.mode;
            }
        }
        if (!S_ISREG(st.st_mode)) {
            return Error{shown, "is " + kind_of(st.st_mode) + "; only a regular file is replaced"};
        }
        t.mode = st.st_mode & 07777;
    } else if (errno != ENOENT) {
        const int e = errno;
        return Error{shown, "cannot be examined: " + reason(e)};
    }
    return t;
}

// Removes the temporary files an earlier, killed run left (older than a
// minute, so that a write running right now in another process is left alone).
void sweep_stale_temporaries(const std::string& prefix, const std::filesystem::path& dir)
{
    std::error_code ec;
    const std::string stem = std::filesystem::path(prefix).filename().string();
    const auto cutoff = std::filesystem::file_time_type::clock::now() - std::chrono::minutes(1);
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string fname = it->path().filename().string();
        if (fname.size() == stem.size() + 6 && fname.compare(0, stem.size(), stem) == 0) {
            std::error_code ec2;
            if (it->is_regular_file(ec2) && std::filesystem::last_write_time(it->path(), ec2) < cutoff && !ec2) {
                std::filesystem::remove(it->path(), ec2);
            }
        }
    }
}

// Writes all of text to fd, again after an interruption; 0 when done, else
// the errno of the failure (ENOSPC when the disk takes nothing more).
int write_all(int fd, const std::string& text)
{
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : ENOSPC;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

// Writes text into a new temporary file beside the target, gives it the
// target's mode, flushes it to disk and renames it over the target; on any
// failure the temporary file is removed and the target is left as it was.
std::optional<Error> replace_through_temporary(const WriteTarget& target, const std::string& shown, const std::string& text)
{
    const std::string prefix = atomic_write_temp_prefix(target.path);
    const auto dir = target.path.has_parent_path() ? target.path.parent_path() : std::filesystem::path(".");
    sweep_stale_temporaries(prefix, dir);
    std::string tmpl = prefix + "XXXXXX";
    Fd fd(::mkostemp(tmpl.data(), O_CLOEXEC));
    if (fd.get() < 0) {
        const int e = errno;
        return Error{shown, "cannot create a temporary file in " + dir.string() + ": " + reason(e)};
    }
    auto fail = [&](const std::string& what, int e) {
        ::unlink(tmpl.c_str());
        return Error{shown, what + ": " + reason(e)};
    };
    if (const int e = write_all(fd.get(), text); e != 0) return fail("write failed", e);
    if (::fchmod(fd.get(), target.mode) != 0) {
        const int e = errno;
        return fail("cannot set the file's permissions", e);
    }
    if (::fsync(fd.get()) != 0) {
        const int e = errno;
        return fail("could not flush the file to disk", e);
    }
    if (::close(fd.release()) != 0) {
        const int e = errno;
        return fail("could not flush the file to disk", e);
    }
    if (::rename(tmpl.c_str(), target.path.c_str()) != 0) {
        const int e = errno;
        return fail("could not replace the file", e);
    }
    return std::nullopt;
}
#else
// Without POSIX: a temporary file written through a stream, renamed over
// the target (no fsync, no mode kept).
std::optional<Error> replace_through_stream(const std::filesystem::path& requested, const std::string& shown, const std::string& text)
{
    std::error_code ec;
    if (std::filesystem::exists(requested, ec) && !std::filesystem::is_regular_file(requested, ec)) {
        return Error{shown, "is not a regular file; only a regular file is replaced"};
    }
    const std::string tmp = atomic_write_temp_prefix(requested) + "000000";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::filesystem::remove(tmp, ec);
            return Error{shown, "write failed"};
        }
    }
    std::filesystem::rename(tmp, requested, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return Error{shown, "could not replace the file: " + ec.message()};
    }
    return std::nullopt;
}
#endif

}  // namespace

std::optional<Error> write_file_atomic(const std::filesystem::path& requested, const std::string& text)
{
    const std::string shown = requested.string();
    if (shown.empty()) return Error{"file", "needs a file name, got an empty value"};
    if (!requested.has_filename()) return Error{shown, "names a directory, not a file"};
#ifdef DEEPPLAN_POSIX_IO
    const auto target = write_target(requested, shown);
    if (!target) return target.error();
    return replace_through_temporary(target.value(), shown, text);
#else
    return replace_through_stream(requested, shown, text);
#endif
}

}  // namespace deepplan
