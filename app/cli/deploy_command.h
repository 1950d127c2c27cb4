#pragma once
// `deepplan-cli deploy PLANFILE`: the launch files of a plan, per machine
// (shell scripts, docker-compose files or Kubernetes manifests).

#include <filesystem>
#include <optional>

#include "command.h"
#include "cli_options.h"
#include "deepplan/deploy.hpp"

namespace deepplan::cli {

class DeployCommand final : public Command {
public:
    explicit DeployCommand(CliContext context);

    [[nodiscard]] std::string name() const override { return "deploy"; }
    [[nodiscard]] std::string summary() const override;
    [[nodiscard]] std::string help() const override;
    int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) override;

    [[nodiscard]] static const std::vector<OptionSpec>& options();

private:
    CliContext context_;
};

/// Writes every file of a deployment into `dir` (created when missing),
/// each atomically; scripts get the executable bits. The error names the file.
[[nodiscard]] std::optional<Error> write_deployment(const Deployment& d, const std::filesystem::path& dir);

/// Splits a --hosts value "a,b,c" into its parts (empty parts kept, so the core rejects them).
[[nodiscard]] std::vector<std::string> split_hosts(const std::string& value);

}  // namespace deepplan::cli
