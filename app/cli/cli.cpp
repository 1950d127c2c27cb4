#include "cli.h"
#include "deepplan/message_text.hpp"

#include <algorithm>
#include <exception>
#include <memory>
#include <new>
#include <system_error>

#include "command_registry.h"
#include "exit_codes.h"
#include "version.h"

namespace deepplan::cli {

namespace {

void print_usage(std::ostream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << "Usage: deepplan-cli COMMAND [options]\n"
           "       deepplan-cli help COMMAND\n"
           "\n"
           "Will this LLM fit my hardware, and how fast will it run?\n"
           "\n"
           "Commands:\n";
    std::size_t width = 0;
    for (const auto& c : commands) width = std::max(width, c->name().size());
    for (const auto& c : commands) {
        out << "  " << c->name() << std::string(width - c->name().size() + 2, ' ') << c->summary() << "\n";
    }
    out << "\n"
           "Options:\n"
           "  --help     show this help\n"
           "  --version  show the version\n"
           "\n"
           "Example: deepplan-cli plan --model deepseek-r1 --variant fp8 --pool \"2x hgx-h100-8@ib-ndr400\"\n";
}

Command* find_command(const std::vector<std::unique_ptr<Command>>& commands, const std::string& name)
{
    for (const auto& c : commands) {
        if (c->name() == name) return c.get();
    }
    return nullptr;
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const CliContext& context)
{
    const auto commands = make_commands(context);
    if (args.empty()) {
        print_usage(err, commands);
        return kExitUsage;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h") {
        print_usage(out, commands);
        return kExitOk;
    }
    if (first == "--version") {
        out << generated_by() << "\n";
        return kExitOk;
    }
    if (first == "help") {
        if (args.size() == 1) {
            print_usage(out, commands);
            return kExitOk;
        }
        if (Command* c = find_command(commands, args[1])) {
            out << c->help();
            return kExitOk;
        }
        err << "deepplan-cli: no help for unknown command " << quote_for_message(args[1]) << "\n";
        return kExitUsage;
    }
    Command* command = find_command(commands, first);
    if (!command) {
        err << "deepplan-cli: " << (first.rfind('-', 0) == 0 ? "unknown option" : "unknown command") << " " << quote_for_message(first)
            << "\nTry 'deepplan-cli --help'.\n";
        return kExitUsage;
    }
    return command->run(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
}

}  // namespace

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
            const std::filesystem::path& resource_dir)
{
    const CliContext context{resource_dir, generated_by()};
    try {
        return dispatch(args, out, err, context);
    } catch (const std::bad_alloc&) {
        err << "deepplan-cli: out of memory\n";
    } catch (const std::exception& e) {
        err << "deepplan-cli: internal error: " << e.what() << "\n";
    } catch (...) {
        err << "deepplan-cli: internal error\n";
    }
    return kExitBadInput;
}

std::filesystem::path executable_dir(const char* argv0)
{
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && !self.empty()) return self.parent_path();
    if (argv0 && *argv0) {
        const std::filesystem::path given(argv0);
        // A bare name was found on $PATH; we cannot tell where without searching it.
        if (given.has_parent_path()) {
            auto absolute = std::filesystem::absolute(given, ec);
            if (!ec) return absolute.lexically_normal().parent_path();
        }
    }
    return {};
}

}  // namespace deepplan::cli
