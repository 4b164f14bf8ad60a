#pragma once

// reportdesk-cli's exit codes. Scripts and cron jobs depend on these values:
// never renumber them.
enum class CliExitCode
{
    Ok = 0,
    Usage = 2, // usage error or invalid input: nothing was sent
    Service = 3, // the service answered with an error (or an answer that could not be understood)
    Network = 4, // network error or timeout
    ExportFailed = 5, // the export ended with ExportStatus -1
    Local = 6, // local file error (and an unusable keychain for "profile add")
    ArchiveDiffers = 7, // history verify: a saved report is missing, modified or unreadable
};

inline int exitCodeValue(CliExitCode code)
{
    return static_cast<int>(code);
}
