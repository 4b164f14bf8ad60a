<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, follow and download Alibaba Cloud Security Center reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter AccessKey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the export history. Nothing is lost: ReportDesk keeps the changes and saves them as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ops-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS token (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret and the token are stored only in your system keychain, never in ReportDesk&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n report(s) found.</source>
        <translation>
            <numerusform>Connected: %n report found.</numerusform>
            <numerusform>Connected: %n reports found.</numerusform>
        </translation>
    </message>
    <message>
        <source>China (tds.cn-shanghai.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (tds.ap-southeast-1.aliyuncs.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1, classic RPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret and the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secret and the token are kept in memory for this session only, never written anywhere. ReportDesk asks for them again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddExportIdDialog</name>
    <message>
        <source>Add ExportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ExportId of an export started elsewhere (console, CLI or API). ReportDesk will follow it and let you download the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunCliConfigImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an aliyun CLI configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID, secret or security token is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assuming a RAM role at run time is not supported; import the source AccessKey instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECS instance roles only work on an ECS instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials fetched from an external program or URL are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not supported; only AK and StsToken can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The endpoint is not a valid URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must use HTTPS (plain HTTP is allowed only for this computer, e.g. the demo simulator on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password (user:password@).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey is not allowed to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service received the same request twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is limiting the rate of requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected a parameter of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be understood (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the account settings or the input; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey ID in the account settings, and that the site (China or International) is the one of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the AccessKey in the RAM console, or use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccessKey secret again (copy it without spaces). If it is right, try the other signature version in the account&apos;s advanced settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission %1 to this RAM user in the RAM console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the computer&apos;s date, time and time zone correctly (turn on automatic time), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry. If it happens again, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report or export ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it persists, contact Alibaba Cloud support and quote the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and the endpoint, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings: host, port, user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and, behind a company proxy that inspects HTTPS, that its certificate is installed in the system. ReportDesk never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection, or allow more time in the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or a login page may have answered instead of the service. Check the endpoint and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established: the server&apos;s certificate is not trusted, or the connection is being intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection through the proxy failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock is %n minute(s) ahead of the service&apos;s time.</source>
        <translation>
            <numerusform>The computer&apos;s clock is %n minute ahead of the service&apos;s time.</numerusform>
            <numerusform>The computer&apos;s clock is %n minutes ahead of the service&apos;s time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock is %n minute(s) behind the service&apos;s time.</source>
        <translation>
            <numerusform>The computer&apos;s clock is %n minute behind the service&apos;s time.</numerusform>
            <numerusform>The computer&apos;s clock is %n minutes behind the service&apos;s time.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service refused the request&apos;s time: the computer&apos;s clock is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a valid HTTPS address (plain HTTP is allowed only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey is set for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer kept arriving for too long; ReportDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than ReportDesk accepts from the service; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the service (in %1, as it was sent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS security token has expired or does not belong to this AccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new STS token (with its AccessKey ID and secret) and enter it in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResponseParser</name>
    <message>
        <source>The answer was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Demo unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (simulated Security Center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AK or StsToken profiles were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these profiles into ReportDesk? Their secrets will be stored in the system keychain.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its AccessKey secret is deleted from the system keychain. Downloaded reports stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is gone, but the keychain did not delete its secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>&amp;Verify Saved Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every saved report still has the SHA-256 recorded when it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of saved reports with their SHA-256 for auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Saved Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history could not be read.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written. Nothing was changed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <source>Hide raw answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it with: reportdesk-cli download %1 --output PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &quot;reportdesk-cli profile list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or save a profile with &quot;reportdesk-cli profile add NAME --default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no AccessKey secret for the profile &quot;%1&quot;: add the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read.
%1
Without a keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 did not finish in time (last status: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 is not finished (status: %2): there is nothing to download yet. Add --wait to wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading export %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS security token (empty if none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the AccessKey ID, the secret and optionally an STS token as lines on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain is not usable.
%1
Run a keychain (e.g. gnome-keyring or KWallet), or pass the key in the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;reportdesk-cli profile add NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was removed, but its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run &quot;reportdesk-cli --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for %2: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 cannot be used with the command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs the option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the command &quot;%1&quot;, the option %2 needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: use 1 to 64 characters, without control characters, &apos;/&apos; or &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;reportdesk-cli --help&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this run could not be recorded in the export history (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options %1 and %2 cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history, where schedules are kept, cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule needs a saved profile: add one with &quot;reportdesk-cli profile add NAME --default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a schedule named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; added; next run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules. Add one with &quot;reportdesk-cli schedule add NAME ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;: saved %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Next attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n saved report(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n saved report to %1.</numerusform>
            <numerusform>Wrote %n saved reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved report(s)…</source>
        <translation>
            <numerusform>Checking %n saved report…</numerusform>
            <numerusform>Checking %n saved reports…</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded: %1 bytes, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found:    %1 bytes, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history lists no saved reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n saved report(s) match their recorded SHA-256.</source>
        <translation>
            <numerusform>The %n saved report matches its recorded SHA-256.</numerusform>
            <numerusform>All %n saved reports match their recorded SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved report(s) differ from the export history.</source>
        <translation>
            <numerusform>%1 of %n saved report differs from the export history.</numerusform>
            <numerusform>%1 of %n saved reports differ from the export history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: reportdesk-cli [options] &lt;command&gt; [arguments]

Commands:
  reports                              List the reports (DescribeCustomizeReportList).
  export REPORT_ID [--type html|pdf] [--wait [--output PATH]]
                                       Start an export and print its ExportId; --wait polls until
                                       it ends; --output then downloads the file.
  status EXPORT_ID [--wait]            Show an export&apos;s status; --wait polls until it ends.
  download EXPORT_ID --output PATH [--wait]
                                       Download a finished export (PATH may be a folder).
  profile add NAME [--site cn|intl | --endpoint URL] [--signature v3|v1] [--default]
                                       Save a profile; reads the AccessKey ID, the secret and an
                                       optional STS token as lines from standard input.
  profile list                         List the saved profiles (no secrets).
  profile remove NAME                  Delete a profile and its keychain entry.
  schedule add NAME --report ID [--type html|pdf] (--daily | --weekly mon,thu | --monthly N|last)
               --at HH:MM --folder DIR [--name TEMPLATE] [--keep N]
                                       Export a report regularly into DIR (local time; the
                                       profile: --profile, else the default). TEMPLATE uses
                                       {title} {date} {exportId} {format} {profile}; --keep N
                                       deletes all but the newest N files the schedule wrote.
  schedule list                        Schedules with their next run and last result.
  schedule remove NAME                 Delete a schedule (its files stay).
  schedule run-due                     Run what is due, a missed run once (for the systemd
                                       timer reportdesk-schedules.timer).
  schedule run NAME                    Run a schedule now.
  history verify [--profile NAME]      Re-hash the saved reports the export history lists and
                                       print those missing or modified (exit code 7).
  history export --csv [--since YYYY-MM-DD] [--output FILE] [--profile NAME]
                                       The saved reports as CSV for auditors (standard output
                                       unless --output); --since keeps exports of that day on.

Options:
  --site cn|intl        China (default) or international site.
  --endpoint URL        A custom endpoint (overrides --site).
  --lang zh|en          Language of messages (default: the app&apos;s setting, else the
                        system&apos;s: LC_ALL, LC_MESSAGES or LANG).
  --signature v3|v1     Signature version (default v3).
  --profile NAME        Use a saved profile&apos;s credentials (history: only its reports).
  --json                Machine-readable output on standard output.
  --verbose             Redacted request log on standard error.
  --no-history          Do not record this run&apos;s exports and downloads in the export
                        history that the ReportDesk window shows.
  --version             Print the version.
  --help                Print this help.

Credentials, first found wins: the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and
ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN), then --profile, then the
default profile.

Exit codes: 0 success; 2 usage error or invalid input (nothing sent); 3 service error;
4 network error or timeout; 5 the export failed; 6 local file or keychain error;
7 history verify found saved reports missing or modified.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for %2: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSession</name>
    <message>
        <source>The system keychain cannot be used: %1
Your AccessKey is kept in memory for this session only and is not saved anywhere; you will be asked for it again next time. To keep it safely, install and unlock a keychain service such as GNOME Keyring (packages gnome-keyring and libsecret-1-0) or KWallet, then restart ReportDesk or choose &quot;Try again&quot;. Alternatively, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s key cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSizeText</name>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit, e.g. 300 MiB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <comment>received / total and unit, e.g. 46 / 300 MiB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a download speed, e.g. 2.1 MiB/s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServerOptions</name>
    <message>
        <source>Answer the next N API calls with Throttling.User (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N API calls with 503 ServiceUnavailable (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send x-acs-retry-after (milliseconds) with throttling and 503 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the connection halfway through the next N API answers (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the connection halfway through the next N downloads (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a truncated JSON body for the next N successful calls (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N API calls with an HTML page instead of JSON (-1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a simulated Alibaba Cloud Security Center API on 127.0.0.1. The first line on stdout is a JSON object with the endpoint and the demo AccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API port (default: a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of download links in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export speed factor (2 = twice as fast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the large demo report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --url-ttl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --large-report-bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadDelegate</name>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link has expired, and a fresh one did not work either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed because of a network problem (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough disk space to save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link is not secure (only HTTPS is allowed), so it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cut short: %1 arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, and ReportDesk does not save through links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Export of “%1” refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportStatusNames</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>an ExportId the service does not know</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All %1</source>
        <extracomment>Filter button; %1 is the number of exports in the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress %1</source>
        <extracomment>Filter button; %1 is the number of exports the service is still preparing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <extracomment>Filter button; %1 is the number of exports whose report is ready</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1</source>
        <extracomment>Filter button; %1 is the number of exports the service could not finish</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found %1</source>
        <comment>ExportIds the service does not know</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message>
        <source>An ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits only (no signs, spaces, decimals or exponents), like 1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID must be a positive number; 0 is not an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large for an ID (at most 9223372036854775807).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All</source>
        <extracomment>Filter button: show every export in the list (the count follows at run time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Filter button: exports the service is still preparing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>Filter button: exports whose report is ready</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Filter button: exports the service could not finish</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title or ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports yet. Start one with New export…, or add an ExportId you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new export of a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ExportId…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track an export you started elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Toolbar action (verb): ask the service for the status of running exports now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for the status of running exports now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Toolbar action (verb): save the selected report to disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Toolbar action (verb): take the selected exports off the list; files stay on disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected exports from the list (files stay on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again</source>
        <extracomment>Action (verb): start a new export of the same report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new export of the same report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download of the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ExportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <extracomment>Action (verb): open the saved report in its default application</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the downloaded report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the downloaded report in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Edit menu (verb): move to the search field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the AccessKey and site of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from aliyun CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>Window title part for the built-in simulator&apos;s profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this profile and delete its secret from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports match “%1”. Press Esc to clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports in this view. Choose “All” to see every export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Filter button: ExportIds the service does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set or blank, so the AccessKey from the environment is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: every export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n export(s)…</source>
        <translation>
            <numerusform>Checking %n export…</numerusform>
            <numerusform>Checking %n exports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n export(s).</source>
        <translation>
            <numerusform>Checked %n export.</numerusform>
            <numerusform>Checked %n exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the demo&apos;s exports and start its sample exports again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every export of the demo from the list and start its sample exports again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewExportDialog</name>
    <message>
        <source>New export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report of this account and the format to export it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the reports of this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF is available only for version 2.0.0 reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The profile list was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesMenu</name>
    <message>
        <source>Account</source>
        <extracomment>Toolbar button (noun) opening the profiles menu, shown when no profile is named</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the interface and the service&apos;s messages between 中文 and English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTypeNames</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveLocationChooser</name>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML reports (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to this folder without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the downloaded report?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Weekly risk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In shorter months, days 29 to 31 run on the month&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {title} {date} {exportId} {format} {profile}. The extension (.html or .pdf) is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older files are deleted only if this schedule saved them and nobody changed them since; other files in the folder are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a schedule named “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report, or type its ReportId (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile whose AccessKey runs the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the reports are saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk cannot write to the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name has an unmatched brace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name has an unknown placeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF is available only for version 2.0.0 reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — next on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next file, for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleHost</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <extracomment>A schedule&apos;s profile that was removed since</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleListModel</name>
    <message>
        <source>ReportId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the time zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleReportPicker</name>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ReportId %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report or type its ReportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1 You can type the ReportId instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is in use, so there is no report list: type the ReportId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>the AccessKey ID is wrong or disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AccessKey secret is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AccessKey lacks a needed permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s clock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service had an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no download link could be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download link was not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download server refused the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates weekday names in &quot;Weekly on Mon, Thu at 07:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s AccessKey secret is not in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AccessKey environment variables are not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account profile no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesDock</name>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the scheduled exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports by themselves: daily, weekly or monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled export “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled export “%1” failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulesPane</name>
    <message>
        <source>No schedules yet. A schedule exports a report by itself — daily, weekly or monthly — and saves it in a folder of your choice while ReportDesk is open (or through the systemd timer of reportdesk-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report now, outside the schedule&apos;s times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? It will not run again. The reports it saved stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be deleted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityCenterClient</name>
    <message>
        <source>The report ID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export ID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccessKey is set for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect to %1; API calls are never redirected. Check the endpoint address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no report list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no export ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no export status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MiB; it was not read.</source>
        <translation>
            <numerusform>The server&apos;s answer is larger than %n MiB; it was not read.</numerusform>
            <numerusform>The server&apos;s answer is larger than %n MiB; it was not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not finish its answer within %n second.</numerusform>
            <numerusform>The server did not finish its answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask where to save every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a request log (secrets and signed links are redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature for new profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1, classic RPC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBarPresenter</name>
    <message numerus="yes">
        <source>%n export(s) in progress</source>
        <translation>
            <numerusform>%n export in progress</numerusform>
            <numerusform>%n exports in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>Status bar badge: the window talks to the built-in simulator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using the built-in simulator, not a real Alibaba Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the AccessKey from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no AccessKey for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the AccessKey secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Problem with %1: see the banner above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDetailsFormatter</name>
    <message>
        <source>Select an export to see its details: every field of the last answer, errors with their RequestId, and the history of its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link valid until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, but the file is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download queued: it starts when another one finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide raw answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRowActions</name>
    <message>
        <source>%1 is no longer there (moved or deleted). Download the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportDesk opens only the HTML and PDF reports it saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application can open this file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n export(s) from the list? Downloaded files stay where they are.</source>
        <translation>
            <numerusform>Remove %n export from the list? Downloaded files stay where they are.</numerusform>
            <numerusform>Remove %n exports from the list? Downloaded files stay where they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The export history could not be read and could not be moved aside. Changes are kept only until ReportDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export history was damaged. It was kept as %1; the %n export(s) still readable were written to a new history.</source>
        <translation>
            <numerusform>The export history was damaged. It was kept as %1; the export still readable was written to a new history.</numerusform>
            <numerusform>The export history was damaged. It was kept as %1; the %n exports still readable were written to a new history.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export history was damaged. It was kept as %1 and ReportDesk started with an empty history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history was written by a newer version of ReportDesk (schema %1). It is shown as far as understood but will not be changed: changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export history cannot be opened (%1). Changes are kept and saved as soon as it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took over %n export(s) from the previous version&apos;s task lists.</source>
        <translation>
            <numerusform>Took over %n export from the previous version&apos;s task lists.</numerusform>
            <numerusform>Took over %n exports from the previous version&apos;s task lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over %n export(s) from the previous version&apos;s task lists; %1 could not be read and was kept aside.</source>
        <translation>
            <numerusform>Took over %n export from the previous version&apos;s task lists; %1 could not be read and was kept aside.</numerusform>
            <numerusform>Took over %n exports from the previous version&apos;s task lists; %1 could not be read and was kept aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableLayout</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with a status ReportDesk does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: ReportDesk asks again later by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ExportId: the service does not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem of the service: ReportDesk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to try again. If it persists, quote the RequestId to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>ExportId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service marked this export as failed and gave no reason. Try “Export again”: a new export of the same report often succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <comment>downloaded size and percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not the service&apos;s (a web page or unreadable data); the details show it under “Show raw answer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyArchiveDialog</name>
    <message numerus="yes">
        <source>Cancelled after %1 of %n saved report(s); %2 differ so far.</source>
        <translation>
            <numerusform>Cancelled after %1 of %n saved report; %2 differ so far.</numerusform>
            <numerusform>Cancelled after %1 of %n saved reports; %2 differ so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export history lists no saved reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n saved report(s) match their recorded SHA-256.</source>
        <translation>
            <numerusform>The %n saved report matches its recorded SHA-256.</numerusform>
            <numerusform>All %n saved reports match their recorded SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved report(s) differ from the export history.</source>
        <translation>
            <numerusform>%1 of %n saved report differs from the export history.</numerusform>
            <numerusform>%1 of %n saved reports differ from the export history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Saved Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) · %2 of %3 MiB</source>
        <translation>
            <numerusform>%1 of %n file · %2 of %3 MiB</numerusform>
            <numerusform>%1 of %n files · %2 of %3 MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Security Center reports, watch them finish and download them. Try it with a simulated Security Center first, or connect your Alibaba Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your AccessKey needs the RAM actions yundun-sas:DescribeCustomizeReportList, yundun-sas:ExportCustomizeReport and yundun-aegis:DescribeReportExport.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
