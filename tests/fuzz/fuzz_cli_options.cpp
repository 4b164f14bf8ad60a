// reportdesk-cli's arguments, one per line: the parser accepts or refuses with a
// usage error, and what it accepts is consistent.
#include "CliOptionsParser.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = fuzzBytes(data, size).split('\n');
    QStringList arguments;
    for (const QByteArray &line : lines.mid(0, 32))
        arguments.append(QString::fromUtf8(line));
    CliOptions options;
    CliUsageError error;
    if (!CliOptionsParser::parse(arguments, &options, &error))
        return 0;
    const bool needsId = options.command == CliOptions::Command::Export
        || options.command == CliOptions::Command::Status || options.command == CliOptions::Command::Download;
    FUZZ_CHECK(!needsId || options.id > 0);
    if (options.command == CliOptions::Command::ProfileAdd || options.command == CliOptions::Command::ProfileRemove)
        FUZZ_CHECK(CliOptionsParser::isValidProfileName(options.profileName));
    return 0;
}
