#pragma once

// usersync-cli exit codes: a contract that scripts and cron jobs rely on.
namespace ExitCode {
constexpr int Done = 0; // done, including a partial task (the failed count is printed)
constexpr int TaskFailed = 1; // the task ended failed (or cancelled)
constexpr int BadUsage = 2; // bad usage or bad input
constexpr int NotFound = 3; // the source, task or file does not exist
constexpr int Refused = 4; // refused: disabled source, already running, not retryable
} // namespace ExitCode
