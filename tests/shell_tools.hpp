#pragma once
// Shell from a test: whether a tool is installed, and what a command prints.
// The deploy tests of the core and of the CLI run shellcheck and bash on
// the scripts they write.

#include <cstdio>
#include <cstdlib>
#include <string>

namespace deepplan::shell_tools {

inline bool have(const std::string& tool) { return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0; }

// Standard output of a shell command (add 2>&1 to the command for its errors too).
inline std::string capture(const std::string& cmd)
{
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    return out;
}

}  // namespace deepplan::shell_tools
