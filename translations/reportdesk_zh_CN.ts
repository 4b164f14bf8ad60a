<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ReportDesk</source>
        <translation>关于 ReportDesk</translation>
    </message>
    <message>
        <source>Export, follow and download Alibaba Cloud Security Center reports.</source>
        <translation>导出、跟踪并下载阿里云云安全中心报表。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>Edit account…</source>
        <translation>编辑账号…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Enter AccessKey…</source>
        <translation>输入 AccessKey…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Could not save the export history. Nothing is lost: ReportDesk keeps the changes and saves them as soon as it can.</source>
        <translation>无法保存导出历史。数据不会丢失：ReportDesk 会保留这些更改，并尽快保存。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>e.g. ops-prod</source>
        <translation>例如 ops-prod</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>接入地址（Endpoint）：</translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>STS token (optional):</source>
        <translation>STS Token（可选）：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Signature version:</source>
        <translation>签名版本：</translation>
    </message>
    <message>
        <source>The secret and the token are stored only in your system keychain, never in ReportDesk&apos;s files.</source>
        <translation>AccessKey Secret 和 STS Token 只保存在系统钥匙串中，绝不写入 ReportDesk 的文件。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n report(s) found.</source>
        <translation>
            <numerusform>连接成功：找到 %n 个报表。</numerusform>
        </translation>
    </message>
    <message>
        <source>China (tds.cn-shanghai.aliyuncs.com)</source>
        <translation>中国站（tds.cn-shanghai.aliyuncs.com）</translation>
    </message>
    <message>
        <source>International (tds.ap-southeast-1.aliyuncs.com)</source>
        <translation>国际站（tds.ap-southeast-1.aliyuncs.com）</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义接入地址</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1, classic RPC)</source>
        <translation>V1（HMAC-SHA1，经典 RPC）</translation>
    </message>
    <message>
        <source>Show or hide the secret and the token</source>
        <translation>显示或隐藏 AccessKey Secret 和 STS Token</translation>
    </message>
    <message>
        <source>No keychain is available: the secret and the token are kept in memory for this session only, never written anywhere. ReportDesk asks for them again at the next start.</source>
        <translation>没有可用的系统钥匙串：AccessKey Secret 和 STS Token 仅在本次会话中保存在内存里，不会写入任何地方。下次启动时 ReportDesk 会再次询问。</translation>
    </message>
</context>
<context>
    <name>AddExportIdDialog</name>
    <message>
        <source>Add ExportId</source>
        <translation>添加导出 ID</translation>
    </message>
    <message>
        <source>Enter the ExportId of an export started elsewhere (console, CLI or API). ReportDesk will follow it and let you download the report.</source>
        <translation>输入在其他地方（控制台、命令行或 API）发起的导出任务的导出 ID。ReportDesk 将跟踪该任务，完成后即可下载报表。</translation>
    </message>
    <message>
        <source>ExportId:</source>
        <translation>导出 ID：</translation>
    </message>
    <message>
        <source>ExportId</source>
        <translation>导出 ID</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>输入有误</translation>
    </message>
</context>
<context>
    <name>AliyunCliConfigImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an aliyun CLI configuration file.</source>
        <translation>%1 不是阿里云 CLI（aliyun）的配置文件。</translation>
    </message>
    <message>
        <source>The AccessKey ID, secret or security token is missing.</source>
        <translation>缺少 AccessKey ID、AccessKey Secret 或安全令牌（STS Token）。</translation>
    </message>
    <message>
        <source>Assuming a RAM role at run time is not supported; import the source AccessKey instead.</source>
        <translation>不支持在运行时扮演 RAM 角色，请改为导入源 AccessKey。</translation>
    </message>
    <message>
        <source>ECS instance roles only work on an ECS instance.</source>
        <translation>ECS 实例 RAM 角色只能在 ECS 实例上使用。</translation>
    </message>
    <message>
        <source>Credentials fetched from an external program or URL are not supported.</source>
        <translation>不支持通过外部程序或 URL 获取的凭证。</translation>
    </message>
    <message>
        <source>The profile has no mode.</source>
        <translation>该配置未指定认证模式（mode）。</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is not supported; only AK and StsToken can be imported.</source>
        <translation>不支持认证模式“%1”，只能导入 AK 和 StsToken 模式的配置。</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The endpoint is not a valid URL with a host name.</source>
        <translation>接入地址不是包含主机名的有效 URL。</translation>
    </message>
    <message>
        <source>The endpoint must use HTTPS (plain HTTP is allowed only for this computer, e.g. the demo simulator on 127.0.0.1).</source>
        <translation>接入地址必须使用 HTTPS（仅本机地址允许使用 HTTP，例如 127.0.0.1 上的演示模拟器）。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password (user:password@).</source>
        <translation>接入地址中不能包含用户名或密码（user:password@）。</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to Alibaba Cloud.</source>
        <translation>阿里云不存在该 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation>该 AccessKey 已被禁用。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID.</source>
        <translation>AccessKey Secret 与 AccessKey ID 不匹配。</translation>
    </message>
    <message>
        <source>The RAM user of this AccessKey is not allowed to call %1.</source>
        <translation>该 AccessKey 所属的 RAM 用户无权调用 %1。</translation>
    </message>
    <message>
        <source>The service received the same request twice.</source>
        <translation>服务收到了重复的请求。</translation>
    </message>
    <message>
        <source>The service is limiting the rate of requests.</source>
        <translation>服务正在限制请求频率（流控）。</translation>
    </message>
    <message>
        <source>The service rejected a parameter of the request.</source>
        <translation>服务拒绝了请求中的某个参数。</translation>
    </message>
    <message>
        <source>The service had an internal problem.</source>
        <translation>服务内部出错。</translation>
    </message>
    <message>
        <source>The service refused the request (%1).</source>
        <translation>服务拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>服务未能及时响应。</translation>
    </message>
    <message>
        <source>The answer could not be understood (HTTP status %1).</source>
        <translation>无法解析服务的响应（HTTP 状态码 %1）。</translation>
    </message>
    <message>
        <source>The answer could not be understood.</source>
        <translation>无法解析服务的响应。</translation>
    </message>
    <message>
        <source>Correct the account settings or the input; nothing was sent.</source>
        <translation>请更正账号设置或输入内容；请求未发送。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID in the account settings, and that the site (China or International) is the one of this account.</source>
        <translation>请检查账号设置中的 AccessKey ID，并确认所选站点（中国站或国际站）与该账号一致。</translation>
    </message>
    <message>
        <source>Enable the AccessKey in the RAM console, or use another one.</source>
        <translation>请在 RAM 访问控制控制台中启用该 AccessKey，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret again (copy it without spaces). If it is right, try the other signature version in the account&apos;s advanced settings.</source>
        <translation>请重新输入 AccessKey Secret（复制时不要带空格）。如果确认无误，请在账号的高级设置中改用另一种签名版本。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant the permission %1 to this RAM user in the RAM console.</source>
        <translation>请联系管理员在 RAM 访问控制控制台中为该 RAM 用户授予 %1 权限。</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date, time and time zone correctly (turn on automatic time), then retry.</source>
        <translation>请正确设置计算机的日期、时间和时区（建议开启自动对时），然后重试。</translation>
    </message>
    <message>
        <source>Retry. If it happens again, please report it.</source>
        <translation>请重试。如果问题再次出现，请反馈给我们。</translation>
    </message>
    <message>
        <source>Wait a minute, then retry.</source>
        <translation>请稍等一分钟后重试。</translation>
    </message>
    <message>
        <source>Check the report or export ID.</source>
        <translation>请检查报表 ID 或导出 ID。</translation>
    </message>
    <message>
        <source>Retry later. If it persists, contact Alibaba Cloud support and quote the RequestId.</source>
        <translation>请稍后重试。如果问题持续存在，请联系阿里云技术支持并提供 RequestId。</translation>
    </message>
    <message>
        <source>Check the internet connection and the endpoint, then retry.</source>
        <translation>请检查网络连接和接入地址，然后重试。</translation>
    </message>
    <message>
        <source>Check the proxy settings: host, port, user and password.</source>
        <translation>请检查代理设置：主机、端口、用户名和密码。</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and, behind a company proxy that inspects HTTPS, that its certificate is installed in the system. ReportDesk never ignores certificate errors.</source>
        <translation>请检查计算机的日期；如果通过会检查 HTTPS 流量的企业代理上网，请确认其证书已安装到系统中。ReportDesk 绝不会忽略证书错误。</translation>
    </message>
    <message>
        <source>Check the connection, or allow more time in the network settings.</source>
        <translation>请检查网络连接，或在网络设置中延长超时时间。</translation>
    </message>
    <message>
        <source>A proxy or a login page may have answered instead of the service. Check the endpoint and the proxy settings.</source>
        <translation>响应可能来自代理或登录页面，而不是云安全中心服务。请检查接入地址和代理设置。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established: the server&apos;s certificate is not trusted, or the connection is being intercepted.</source>
        <translation>无法建立安全（TLS）连接：服务器证书不受信任，或连接正被拦截。</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password.</source>
        <translation>代理服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The connection through the proxy failed.</source>
        <translation>通过代理服务器连接失败。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS).</source>
        <translation>无法解析服务器域名（DNS）。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>响应尚未接收完整，连接就已关闭。</translation>
    </message>
    <message>
        <source>There is no connection to the service.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock is %n minute(s) ahead of the service&apos;s time.</source>
        <translation>
            <numerusform>计算机时钟比服务时间快 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The computer&apos;s clock is %n minute(s) behind the service&apos;s time.</source>
        <translation>
            <numerusform>计算机时钟比服务时间慢 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service refused the request&apos;s time: the computer&apos;s clock is probably wrong.</source>
        <translation>服务拒绝了请求中的时间：计算机时钟可能不准确。</translation>
    </message>
    <message>
        <source>The endpoint must be a valid HTTPS address (plain HTTP is allowed only for this computer).</source>
        <translation>接入地址必须是有效的 HTTPS 地址（仅本机地址允许使用 HTTP）。</translation>
    </message>
    <message>
        <source>No AccessKey is set for this account.</source>
        <translation>该账号尚未设置 AccessKey。</translation>
    </message>
    <message>
        <source>The ID must be a positive whole number.</source>
        <translation>ID 必须是正整数。</translation>
    </message>
    <message>
        <source>The answer kept arriving for too long; ReportDesk stopped reading it.</source>
        <translation>应答传输时间过长，ReportDesk 已停止读取。</translation>
    </message>
    <message>
        <source>The answer was larger than ReportDesk accepts from the service; it was not read.</source>
        <translation>应答超出 ReportDesk 可接受的大小，未予读取。</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>信息：</translation>
    </message>
    <message>
        <source>Message from the service:</source>
        <translation>服务返回的信息：</translation>
    </message>
    <message>
        <source>Message from the service (in %1, as it was sent):</source>
        <translation>服务返回的信息（%1，保持原文）：</translation>
    </message>
    <message>
        <source>The STS security token has expired or does not belong to this AccessKey.</source>
        <translation>STS Token 已过期，或不属于此 AccessKey。</translation>
    </message>
    <message>
        <source>Get a new STS token (with its AccessKey ID and secret) and enter it in the account settings.</source>
        <translation>请重新获取 STS Token（连同对应的 AccessKey ID 和 AccessKey Secret），并在账号设置中填写。</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>ApiResponseParser</name>
    <message>
        <source>The answer was empty.</source>
        <translation>响应为空。</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1).</source>
        <translation>响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>意外的 HTTP 状态码 %1。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Demo unavailable</source>
        <translation>演示模式不可用</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>内置模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo (simulated Security Center)</source>
        <translation>演示（模拟的云安全中心）</translation>
    </message>
    <message>
        <source>Account not saved</source>
        <translation>账号未保存</translation>
    </message>
    <message>
        <source>Secret not stored</source>
        <translation>AccessKey Secret 未保存</translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation>从阿里云 CLI 导入</translation>
    </message>
    <message>
        <source>No AK or StsToken profiles were found in %1.</source>
        <translation>在 %1 中未找到 AK 或 StsToken 模式的配置。</translation>
    </message>
    <message>
        <source>Import these profiles into ReportDesk? Their secrets will be stored in the system keychain.

%1</source>
        <translation>要将以下配置导入 ReportDesk 吗？其密钥将保存在系统钥匙串中。

%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国站</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际站</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its AccessKey secret is deleted from the system keychain. Downloaded reports stay where they are.</source>
        <translation>要删除配置“%1”吗？其 AccessKey Secret 将从系统钥匙串中删除。已下载的报表不会被删除。</translation>
    </message>
    <message>
        <source>Secret not deleted</source>
        <translation>AccessKey Secret 未删除</translation>
    </message>
    <message>
        <source>The profile is gone, but the keychain did not delete its secret: %1</source>
        <translation>配置已删除，但系统钥匙串未能删除其密钥：%1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>&amp;Verify Saved Reports…</source>
        <translation>校验已保存的报表(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that every saved report still has the SHA-256 recorded when it was saved</source>
        <translation>检查每份已保存的报表是否仍与保存时记录的 SHA-256 一致</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>将历史导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the list of saved reports with their SHA-256 for auditors</source>
        <translation>将已保存报表的清单及其 SHA-256 保存下来，供审计使用</translation>
    </message>
    <message>
        <source>Verify Saved Reports</source>
        <translation>校验已保存的报表</translation>
    </message>
    <message>
        <source>The export history could not be read.
%1</source>
        <translation>无法读取导出历史。
%1</translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1 could not be written. Nothing was changed.
%2</source>
        <translation>无法写入 %1，未做任何更改。
%2</translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <source>Hide raw answer</source>
        <translation>隐藏原始响应</translation>
    </message>
    <message>
        <source>Show raw answer</source>
        <translation>显示原始响应</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>账号问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No reports.</source>
        <translation>没有报表。</translation>
    </message>
    <message>
        <source>ReportId</source>
        <translation>ReportId</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>ExportId:</source>
        <translation>导出 ID：</translation>
    </message>
    <message>
        <source>ReportId:</source>
        <translation>ReportId：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Export date:</source>
        <translation>导出日期：</translation>
    </message>
    <message>
        <source>Link valid until:</source>
        <translation>链接有效期至：</translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <source>Download it with: reportdesk-cli download %1 --output PATH</source>
        <translation>下载命令：reportdesk-cli download %1 --output PATH</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>错误信息：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状态码：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>另请参阅：</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &quot;reportdesk-cli profile list&quot;).</source>
        <translation>没有名为“%1”的配置（请运行“reportdesk-cli profile list”查看）。</translation>
    </message>
    <message>
        <source>No AccessKey: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or save a profile with &quot;reportdesk-cli profile add NAME --default&quot;.</source>
        <translation>没有 AccessKey：请设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或用“reportdesk-cli profile add NAME --default”保存一个配置。</translation>
    </message>
    <message>
        <source>The keychain holds no AccessKey secret for the profile &quot;%1&quot;: add the profile again.</source>
        <translation>系统钥匙串中没有配置“%1”的 AccessKey Secret：请重新添加该配置。</translation>
    </message>
    <message>
        <source>The keychain could not be read.
%1
Without a keychain, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.</source>
        <translation>无法读取系统钥匙串。
%1
如果没有可用的钥匙串，请改为设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation>导出任务 %1：%2</translation>
    </message>
    <message>
        <source>Export %1 did not finish in time (last status: %2).</source>
        <translation>导出任务 %1 未在规定时间内完成（最后状态：%2）。</translation>
    </message>
    <message>
        <source>Export %1 is not finished (status: %2): there is nothing to download yet. Add --wait to wait for it.</source>
        <translation>导出任务 %1 尚未完成（状态：%2），暂时没有可下载的内容。加上 --wait 可等待其完成。</translation>
    </message>
    <message>
        <source>Export %1 failed.</source>
        <translation>导出任务 %1 失败。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Downloading export %1 to %2</source>
        <translation>正在将导出任务 %1 下载到 %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>已保存 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Profiles are not available.</source>
        <translation>配置功能不可用。</translation>
    </message>
    <message>
        <source>AccessKey ID: </source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>AccessKey secret: </source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>STS security token (empty if none): </source>
        <translation>STS 安全令牌（没有则留空）：</translation>
    </message>
    <message>
        <source>Give the AccessKey ID, the secret and optionally an STS token as lines on standard input.</source>
        <translation>请在标准输入中逐行提供 AccessKey ID、AccessKey Secret，以及可选的 STS Token。</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain is not usable.
%1
Run a keychain (e.g. gnome-keyring or KWallet), or pass the key in the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead.</source>
        <translation>未保存任何内容：系统钥匙串不可用。
%1
请运行钥匙串服务（例如 gnome-keyring 或 KWallet），或改为通过环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 传入密钥。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>配置“%1”已保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;reportdesk-cli profile add NAME&quot;.</source>
        <translation>没有配置。请用“reportdesk-cli profile add NAME”添加。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was removed, but its keychain entry could not be deleted: %2</source>
        <translation>配置“%1”已删除，但无法删除其在系统钥匙串中的条目：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>配置“%1”已删除。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>not an http or https URL.</source>
        <translation>不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>No command given. Run &quot;reportdesk-cli --help&quot; to see the commands.</source>
        <translation>未指定命令。运行“reportdesk-cli --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>The option %1 takes no value (got &quot;%2&quot;).</source>
        <translation>选项 %1 不接受值（收到“%2”）。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for %2: use one of %3.</source>
        <translation>%2 的值“%1”无效：请使用 %3 之一。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for %2: %3</source>
        <translation>%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>Missing argument %1.</source>
        <translation>缺少参数 %1。</translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”无效：%3</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The option %1 cannot be used with the command &quot;%2&quot;.</source>
        <translation>选项 %1 不能与命令“%2”一起使用。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs the option %2.</source>
        <translation>命令“%1”需要选项 %2。</translation>
    </message>
    <message>
        <source>With the command &quot;%1&quot;, the option %2 needs %3.</source>
        <translation>使用命令“%1”时，选项 %2 需要 %3。</translation>
    </message>
    <message>
        <source>Invalid %1 &quot;%2&quot;: use 1 to 64 characters, without control characters, &apos;/&apos; or &apos;\&apos;.</source>
        <translation>%1“%2”无效：请使用 1 到 64 个字符，且不含控制字符、“/”或“\”。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set: set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or neither.</source>
        <translation>未设置环境变量 %1：ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 要么都设置，要么都不设置。</translation>
    </message>
    <message>
        <source>Run &quot;reportdesk-cli --help&quot; for the usage.</source>
        <translation>运行“reportdesk-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>Warning: this run could not be recorded in the export history (%1).</source>
        <translation>警告：本次运行未能记入导出历史（%1）。</translation>
    </message>
    <message>
        <source>The options %1 and %2 cannot be used together.</source>
        <translation>选项 %1 和 %2 不能同时使用。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>failed, will retry</source>
        <translation>失败，将重试</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The export history, where schedules are kept, cannot be written (%1).</source>
        <translation>无法写入保存计划的导出历史（%1）。</translation>
    </message>
    <message>
        <source>A schedule needs a saved profile: add one with &quot;reportdesk-cli profile add NAME --default&quot;.</source>
        <translation>计划需要一个已保存的配置：请用 &quot;reportdesk-cli profile add NAME --default&quot; 添加。</translation>
    </message>
    <message>
        <source>There is already a schedule named &quot;%1&quot;.</source>
        <translation>已存在名为 &quot;%1&quot; 的计划。</translation>
    </message>
    <message>
        <source>The schedule could not be saved (%1).</source>
        <translation>无法保存该计划（%1）。</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; added; next run %2.</source>
        <translation>已添加计划 &quot;%1&quot;；下次运行：%2。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>No schedules. Add one with &quot;reportdesk-cli schedule add NAME ...&quot;.</source>
        <translation>没有计划。可用 &quot;reportdesk-cli schedule add NAME ...&quot; 添加。</translation>
    </message>
    <message>
        <source>There is no schedule named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的计划。</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; removed.</source>
        <translation>已删除计划 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期的计划。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is running already.</source>
        <translation>计划 &quot;%1&quot; 已在运行。</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;: saved %2 (%3 bytes).</source>
        <translation>计划 &quot;%1&quot;：已保存 %2（%3 字节）。</translation>
    </message>
    <message>
        <source> Next attempt %1.</source>
        <translation> 下次尝试：%1。</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot; failed (%2).</source>
        <translation>计划 &quot;%1&quot; 失败（%2）。</translation>
    </message>
    <message>
        <source>The export history %1 could not be read: %2</source>
        <translation>无法读取导出历史 %1：%2</translation>
    </message>
    <message>
        <source>The CSV could not be written to standard output.</source>
        <translation>无法把 CSV 写到标准输出。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n saved report(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份已保存的报表写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>已改动</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n saved report(s)…</source>
        <translation>
            <numerusform>正在校验 %n 份已保存的报表…</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded: %1 bytes, SHA-256 %2</source>
        <translation>记录：%1 字节，SHA-256 %2</translation>
    </message>
    <message>
        <source>found:    %1 bytes, SHA-256 %2</source>
        <translation>实际：%1 字节，SHA-256 %2</translation>
    </message>
    <message>
        <source>The export history lists no saved reports.</source>
        <translation>导出历史中没有已保存的报表。</translation>
    </message>
    <message numerus="yes">
        <source>All %n saved report(s) match their recorded SHA-256.</source>
        <translation>
            <numerusform>全部 %n 份已保存的报表均与记录的 SHA-256 一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved report(s) differ from the export history.</source>
        <translation>
            <numerusform>%n 份已保存的报表中有 %1 份与导出历史不符。</numerusform>
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
        <translation>用法：reportdesk-cli [选项] &lt;命令&gt; [参数]

命令：
  reports                              列出报表（DescribeCustomizeReportList）。
  export REPORT_ID [--type html|pdf] [--wait [--output PATH]]
                                       发起导出并输出其 ExportId；--wait 轮询直到导出结束；
                                       再加 --output 则下载文件。
  status EXPORT_ID [--wait]            显示导出任务的状态；--wait 轮询直到导出结束。
  download EXPORT_ID --output PATH [--wait]
                                       下载已完成的导出（PATH 可以是文件夹）。
  profile add NAME [--site cn|intl | --endpoint URL] [--signature v3|v1] [--default]
                                       保存配置；从标准输入逐行读取 AccessKey ID、
                                       AccessKey Secret 和可选的 STS Token。
  profile list                         列出已保存的配置（不含密钥）。
  profile remove NAME                  删除配置及其在系统钥匙串中的条目。
  schedule add NAME --report ID [--type html|pdf] (--daily | --weekly mon,thu | --monthly N|last)
               --at HH:MM --folder DIR [--name TEMPLATE] [--keep N]
                                       定期将报表导出到 DIR（按本地时间；使用 --profile
                                       指定的配置，否则使用默认配置）。TEMPLATE 可用
                                       {title} {date} {exportId} {format} {profile}；--keep N
                                       只保留该计划写入的最新 N 个文件，其余删除。
  schedule list                        列出计划及其下次运行时间和上次结果。
  schedule remove NAME                 删除计划（已保存的文件保留）。
  schedule run-due                     运行到期的计划，错过的只补运行一次（供 systemd
                                       定时器 reportdesk-schedules.timer 使用）。
  schedule run NAME                    立即运行一个计划。
  history verify [--profile NAME]      重新计算导出历史中已保存报表的哈希值，
                                       列出缺失或已改动的文件（退出码 7）。
  history export --csv [--since YYYY-MM-DD] [--output FILE] [--profile NAME]
                                       以 CSV 格式输出已保存的报表，供审计使用（默认输出到
                                       标准输出，可用 --output 写入文件）；--since 只保留
                                       导出日期在该日及之后的报表。

选项：
  --site cn|intl        中国站（默认）或国际站。
  --endpoint URL        自定义接入地址（优先于 --site）。
  --lang zh|en          信息语言（默认：应用中的设置，否则为系统语言：
                        LC_ALL、LC_MESSAGES 或 LANG）。
  --signature v3|v1     签名版本（默认 v3）。
  --profile NAME        使用已保存配置的凭证（history：只看该配置的报表）。
  --json                在标准输出上输出机器可读的结果。
  --verbose             在标准错误上输出脱敏后的请求日志。
  --no-history          不把本次运行的导出和下载记入 ReportDesk 窗口显示的
                        导出历史。
  --version             显示版本。
  --help                显示本帮助。

凭证按以下顺序查找，先找到者生效：环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和
ALIBABA_CLOUD_ACCESS_KEY_SECRET（以及 ALIBABA_CLOUD_SECURITY_TOKEN），然后是 --profile，
最后是默认配置。

退出码：0 成功；2 用法错误或输入无效（未发送任何请求）；3 服务错误；
4 网络错误或超时；5 导出失败；6 本地文件或钥匙串错误；
7 history verify 发现已保存的报表缺失或已改动。
</translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for %2: use YYYY-MM-DD.</source>
        <translation>%2 的日期“%1”无效：请使用 YYYY-MM-DD 格式。</translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>系统钥匙串拒绝访问（可能已锁定）。</translation>
    </message>
    <message>
        <source>No key is stored for this profile.</source>
        <translation>该配置没有保存密钥。</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>系统钥匙串出错。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CredentialSession</name>
    <message>
        <source>The system keychain cannot be used: %1
Your AccessKey is kept in memory for this session only and is not saved anywhere; you will be asked for it again next time. To keep it safely, install and unlock a keychain service such as GNOME Keyring (packages gnome-keyring and libsecret-1-0) or KWallet, then restart ReportDesk or choose &quot;Try again&quot;. Alternatively, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment.</source>
        <translation>无法使用系统钥匙串：%1
您的 AccessKey 仅在本次会话中保存在内存里，不会写入任何位置，下次启动时需要重新输入。如需安全保存，请安装并解锁钥匙串服务，例如 GNOME Keyring（软件包 gnome-keyring 和 libsecret-1-0）或 KWallet，然后重启 ReportDesk 或选择“重试”。也可以在环境变量中设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>This profile&apos;s key cannot be changed here.</source>
        <translation>无法在此处修改该配置的密钥。</translation>
    </message>
    <message>
        <source>The AccessKey secret is missing.</source>
        <translation>缺少 AccessKey Secret。</translation>
    </message>
</context>
<context>
    <name>DataSizeText</name>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit, e.g. 300 MiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <comment>received / total and unit, e.g. 46 / 300 MiB</comment>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>a download speed, e.g. 2.1 MiB/s</comment>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Cannot listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
</context>
<context>
    <name>DemoServerOptions</name>
    <message>
        <source>Answer the next N API calls with Throttling.User (-1: all).</source>
        <translation>对接下来的 N 次 API 调用返回 Throttling.User（-1：全部）。</translation>
    </message>
    <message>
        <source>Answer the next N API calls with 503 ServiceUnavailable (-1: all).</source>
        <translation>对接下来的 N 次 API 调用返回 503 ServiceUnavailable（-1：全部）。</translation>
    </message>
    <message>
        <source>Send x-acs-retry-after (milliseconds) with throttling and 503 answers.</source>
        <translation>在流控和 503 响应中附带 x-acs-retry-after（毫秒）。</translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>每个响应延迟指定的毫秒数。</translation>
    </message>
    <message>
        <source>Cut the connection halfway through the next N API answers (-1: all).</source>
        <translation>在接下来的 N 个 API 响应传输到一半时断开连接（-1：全部）。</translation>
    </message>
    <message>
        <source>Cut the connection halfway through the next N downloads (-1: all).</source>
        <translation>在接下来的 N 次下载传输到一半时断开连接（-1：全部）。</translation>
    </message>
    <message>
        <source>Send a truncated JSON body for the next N successful calls (-1: all).</source>
        <translation>对接下来的 N 次成功调用返回截断的 JSON 正文（-1：全部）。</translation>
    </message>
    <message>
        <source>Answer the next N API calls with an HTML page instead of JSON (-1: all).</source>
        <translation>对接下来的 N 次 API 调用返回 HTML 页面而不是 JSON（-1：全部）。</translation>
    </message>
    <message>
        <source>Serves a simulated Alibaba Cloud Security Center API on 127.0.0.1. The first line on stdout is a JSON object with the endpoint and the demo AccessKey.</source>
        <translation>在 127.0.0.1 上提供模拟的阿里云云安全中心 API。标准输出的第一行是包含接入地址和演示 AccessKey 的 JSON 对象。</translation>
    </message>
    <message>
        <source>API port (default: a free port).</source>
        <translation>API 端口（默认：任一空闲端口）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Lifetime of download links in seconds.</source>
        <translation>下载链接的有效期（秒）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Export speed factor (2 = twice as fast).</source>
        <translation>导出速度倍数（2 表示快一倍）。</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Size of the large demo report.</source>
        <translation>大型演示报表的大小。</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Invalid --port: %1</source>
        <translation>--port 无效：%1</translation>
    </message>
    <message>
        <source>Invalid --url-ttl: %1</source>
        <translation>--url-ttl 无效：%1</translation>
    </message>
    <message>
        <source>Invalid --speed: %1</source>
        <translation>--speed 无效：%1</translation>
    </message>
    <message>
        <source>Invalid --large-report-bytes: %1</source>
        <translation>--large-report-bytes 无效：%1</translation>
    </message>
    <message>
        <source>Invalid --%1: %2</source>
        <translation>--%1 无效：%2</translation>
    </message>
</context>
<context>
    <name>DownloadDelegate</name>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>DownloadResult</name>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The download link has expired, and a fresh one did not work either.</source>
        <translation>下载链接已过期，重新获取的链接也无法使用。</translation>
    </message>
    <message>
        <source>The download server refused the request (HTTP %1).</source>
        <translation>下载服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The download failed because of a network problem (%1).</source>
        <translation>因网络问题下载失败（%1）。</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>There is not enough disk space to save %1.</source>
        <translation>磁盘空间不足，无法保存 %1。</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>The download link is not secure (only HTTPS is allowed), so it was not followed.</source>
        <translation>下载链接不安全（只允许 HTTPS），因此未打开。</translation>
    </message>
    <message>
        <source>The download was cut short: %1 arrived.</source>
        <translation>下载中断：只收到 %1。</translation>
    </message>
    <message>
        <source>it is a symbolic link, and ReportDesk does not save through links.</source>
        <translation>它是一个符号链接，ReportDesk 不会通过链接保存文件。</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Export of “%1” refused: %2</source>
        <translation>“%1”的导出被拒绝：%2</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP 状态码：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详情：</translation>
    </message>
</context>
<context>
    <name>ExportStatusNames</name>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>导出中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>an ExportId the service does not know</comment>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All %1</source>
        <extracomment>Filter button; %1 is the number of exports in the list</extracomment>
        <translation>全部 %1</translation>
    </message>
    <message>
        <source>In progress %1</source>
        <extracomment>Filter button; %1 is the number of exports the service is still preparing</extracomment>
        <translation>进行中 %1</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <extracomment>Filter button; %1 is the number of exports whose report is ready</extracomment>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <extracomment>Filter button; %1 is the number of exports the service could not finish</extracomment>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>Not found %1</source>
        <comment>ExportIds the service does not know</comment>
        <translation>未找到 %1</translation>
    </message>
</context>
<context>
    <name>IdParser</name>
    <message>
        <source>An ID is required.</source>
        <translation>请输入 ID。</translation>
    </message>
    <message>
        <source>Use digits only (no signs, spaces, decimals or exponents), like 1042.</source>
        <translation>只能输入数字（不含符号、空格、小数点或指数），例如 1042。</translation>
    </message>
    <message>
        <source>The ID must be a positive number; 0 is not an ID.</source>
        <translation>ID 必须是正数；0 不是有效的 ID。</translation>
    </message>
    <message>
        <source>The number is too large for an ID (at most 9223372036854775807).</source>
        <translation>数字过大，不是有效的 ID（最大为 9223372036854775807）。</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>系统钥匙串未能及时响应。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All</source>
        <extracomment>Filter button: show every export in the list (the count follows at run time)</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Filter button: exports the service is still preparing</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <extracomment>Filter button: exports whose report is ready</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Filter button: exports the service could not finish</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Search title or ID…</source>
        <translation>搜索标题或 ID…</translation>
    </message>
    <message>
        <source>Search exports</source>
        <translation>搜索导出任务</translation>
    </message>
    <message>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>No exports yet. Start one with New export…, or add an ExportId you already have.</source>
        <translation>还没有导出任务。请通过“新建导出…”发起导出，或添加已有的导出 ID。</translation>
    </message>
    <message>
        <source>Export details</source>
        <translation>导出详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>账号配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New export…</source>
        <translation>新建导出…</translation>
    </message>
    <message>
        <source>Start a new export of a report</source>
        <translation>发起新的报表导出</translation>
    </message>
    <message>
        <source>Add ExportId…</source>
        <translation>添加导出 ID…</translation>
    </message>
    <message>
        <source>Track an export you started elsewhere</source>
        <translation>跟踪在其他地方发起的导出任务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Toolbar action (verb): ask the service for the status of running exports now</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the service for the status of running exports now</source>
        <translation>立即向服务查询进行中导出任务的状态</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Toolbar action (verb): save the selected report to disk</extracomment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download the selected report</source>
        <translation>下载所选报表</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Toolbar action (verb): take the selected exports off the list; files stay on disk</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected exports from the list (files stay on disk)</source>
        <translation>从列表中移除所选导出任务（已下载的文件保留在磁盘上）</translation>
    </message>
    <message>
        <source>Export again</source>
        <extracomment>Action (verb): start a new export of the same report</extracomment>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Start a new export of the same report</source>
        <translation>重新导出同一报表</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Stop the download of the selected report</source>
        <translation>停止下载所选报表</translation>
    </message>
    <message>
        <source>Copy ExportId</source>
        <translation>复制导出 ID</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Open file</source>
        <extracomment>Action (verb): open the saved report in its default application</extracomment>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open the downloaded report</source>
        <translation>打开已下载的报表</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the downloaded report in its folder</source>
        <translation>在所在文件夹中显示已下载的报表</translation>
    </message>
    <message>
        <source>Find</source>
        <extracomment>Edit menu (verb): move to the search field</extracomment>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search by title or ID</source>
        <translation>按标题或 ID 搜索</translation>
    </message>
    <message>
        <source>Switch the interface language</source>
        <translation>切换界面语言</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <source>Edit the AccessKey and site of this profile</source>
        <translation>编辑此配置的 AccessKey 和站点</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建配置…</translation>
    </message>
    <message>
        <source>Import from aliyun CLI…</source>
        <translation>从阿里云 CLI 导入…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>About ReportDesk</source>
        <translation>关于 ReportDesk</translation>
    </message>
    <message>
        <source>Export %1 succeeded.</source>
        <translation>导出任务 %1 已成功。</translation>
    </message>
    <message>
        <source>Export %1 failed.</source>
        <translation>导出任务 %1 失败。</translation>
    </message>
    <message>
        <source>Report %1 saved to %2</source>
        <translation>报表 %1 已保存到 %2</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>Window title part for the built-in simulator&apos;s profile</extracomment>
        <translation>演示</translation>
    </message>
    <message>
        <source>ReportDesk — %1</source>
        <translation>ReportDesk — %1</translation>
    </message>
    <message>
        <source>Export not started</source>
        <translation>导出未能发起</translation>
    </message>
    <message>
        <source>Remove this profile…</source>
        <translation>删除此配置…</translation>
    </message>
    <message>
        <source>Forget this profile and delete its secret from the system keychain</source>
        <translation>移除此配置，并从系统钥匙串中删除其密钥</translation>
    </message>
    <message>
        <source>No exports match “%1”. Press Esc to clear the search.</source>
        <translation>没有与“%1”匹配的导出。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>No exports in this view. Choose “All” to see every export.</source>
        <translation>此视图中没有导出。选择“全部”可查看所有导出。</translation>
    </message>
    <message>
        <source>Export %1 is already in the list.</source>
        <translation>导出 %1 已在列表中。</translation>
    </message>
    <message>
        <source>Not found</source>
        <extracomment>Filter button: ExportIds the service does not know</extracomment>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 is not set or blank, so the AccessKey from the environment is not used.</source>
        <translation>%1 未设置或为空，因此未使用环境变量中的 AccessKey。</translation>
    </message>
    <message>
        <source>Nothing to check: every export has finished.</source>
        <translation>无需检查：所有导出都已结束。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n export(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个导出…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n export(s).</source>
        <translation>
            <numerusform>已检查 %n 个导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset demo…</source>
        <translation>重置演示…</translation>
    </message>
    <message>
        <source>Remove the demo&apos;s exports and start its sample exports again</source>
        <translation>移除演示中的导出任务，并重新发起示例导出</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>Remove every export of the demo from the list and start its sample exports again?</source>
        <translation>要从列表中移除演示的所有导出任务，并重新发起示例导出吗？</translation>
    </message>
</context>
<context>
    <name>NewExportDialog</name>
    <message>
        <source>New export</source>
        <translation>新建导出</translation>
    </message>
    <message>
        <source>Choose a report of this account and the format to export it in.</source>
        <translation>选择该账号下的报表和导出格式。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Loading the reports of this account…</source>
        <translation>正在加载该账号的报表…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>ReportId %1</source>
        <translation>ReportId %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>PDF is available only for version 2.0.0 reports.</source>
        <translation>只有 2.0.0 版本的报表才能导出 PDF。</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>开始导出</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The profile list was closed.</source>
        <translation>配置列表已关闭。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>The AccessKey ID is missing.</source>
        <translation>缺少 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey secret is missing.</source>
        <translation>缺少 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No credential store is set.</source>
        <translation>未设置凭证存储。</translation>
    </message>
    <message>
        <source>This profile is not saved.</source>
        <translation>该配置尚未保存。</translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation>无法读取已保存的密钥。</translation>
    </message>
</context>
<context>
    <name>ProfilesMenu</name>
    <message>
        <source>Account</source>
        <extracomment>Toolbar button (noun) opening the profiles menu, shown when no profile is named</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>Switch between saved accounts</source>
        <translation>在已保存的账号之间切换</translation>
    </message>
    <message>
        <source>Switch the interface and the service&apos;s messages between 中文 and English</source>
        <translation>在中文和 English 之间切换界面语言及服务返回信息的语言</translation>
    </message>
</context>
<context>
    <name>ReportTypeNames</name>
    <message>
        <source>Daily</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Recent days</source>
        <translation>最近几天</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>SaveLocationChooser</name>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF 报表 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML reports (*.html *.htm)</source>
        <translation>HTML 报表 (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save to this folder without asking</source>
        <translation>以后直接保存到此文件夹，不再询问</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the downloaded report?</source>
        <translation>%1 已存在。要用下载的报表替换它吗？</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Weekly risk report</source>
        <translation>例如：每周风险报告</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Last day of the month</source>
        <translation>当月最后一天</translation>
    </message>
    <message>
        <source>In shorter months, days 29 to 31 run on the month&apos;s last day.</source>
        <translation>在天数较少的月份，29 至 31 日改在当月最后一天运行。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Placeholders: {title} {date} {exportId} {format} {profile}. The extension (.html or .pdf) is added.</source>
        <translation>占位符：{title} {date} {exportId} {format} {profile}。扩展名（.html 或 .pdf）会自动加上。</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source> newest files</source>
        <translation> 个最新文件</translation>
    </message>
    <message>
        <source>Older files are deleted only if this schedule saved them and nobody changed them since; other files in the folder are never touched.</source>
        <translation>只有本计划保存、且之后未被改动过的旧文件才会被删除；文件夹中的其他文件绝不会被动到。</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>下次运行：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create schedule</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation>请为计划取一个名称。</translation>
    </message>
    <message>
        <source>There is already a schedule named “%1”. Choose another name.</source>
        <translation>已有名为“%1”的计划，请换一个名称。</translation>
    </message>
    <message>
        <source>Choose a report, or type its ReportId (a number).</source>
        <translation>请选择一个报表，或输入它的 ReportId（数字）。</translation>
    </message>
    <message>
        <source>Choose the profile whose AccessKey runs the schedule.</source>
        <translation>请选择用哪个配置的 AccessKey 来运行此计划。</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>请至少选择一个星期几。</translation>
    </message>
    <message>
        <source>Choose the folder the reports are saved in.</source>
        <translation>请选择保存报表的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>ReportDesk cannot write to the folder %1.</source>
        <translation>ReportDesk 无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The file name has an unmatched brace “%1”.</source>
        <translation>文件名中有不成对的括号“%1”。</translation>
    </message>
    <message>
        <source>The file name has an unknown placeholder %1.</source>
        <translation>文件名中有未知的占位符 %1。</translation>
    </message>
    <message>
        <source>PDF is available only for version 2.0.0 reports.</source>
        <translation>只有 2.0.0 版本的报表才能导出 PDF。</translation>
    </message>
    <message>
        <source>%1 — next on %2</source>
        <translation>%1 — 下次运行：%2</translation>
    </message>
    <message>
        <source>Choose when it runs.</source>
        <translation>请选择运行时间。</translation>
    </message>
    <message>
        <source>Next file, for example: %1</source>
        <translation>下一个文件示例：%1</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>保存报表的文件夹</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>计划未保存</translation>
    </message>
    <message>
        <source>The schedule was deleted meanwhile.</source>
        <translation>该计划已在此期间被删除。</translation>
    </message>
    <message>
        <source>The schedule could not be saved (%1).</source>
        <translation>无法保存该计划（%1）。</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>报表标题</translation>
    </message>
</context>
<context>
    <name>ScheduleHost</name>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <extracomment>A schedule&apos;s profile that was removed since</extracomment>
        <translation>%1（已删除）</translation>
    </message>
</context>
<context>
    <name>ScheduleListModel</name>
    <message>
        <source>ReportId %1</source>
        <translation>ReportId %1</translation>
    </message>
    <message>
        <source>%1, in the time zone %2</source>
        <translation>%1，时区 %2</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报表 %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>不再运行</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>即将运行</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>自 %1 起运行中</translation>
    </message>
    <message>
        <source>Succeeded %1 · %2</source>
        <translation>%1 成功 · %2</translation>
    </message>
    <message>
        <source>Will retry at %1: %2</source>
        <translation>将于 %1 重试：%2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
</context>
<context>
    <name>ScheduleReportPicker</name>
    <message>
        <source>Report %1</source>
        <translation>报表 %1</translation>
    </message>
    <message>
        <source>%1 — ReportId %2</source>
        <translation>%1 — ReportId %2</translation>
    </message>
    <message>
        <source>Choose a report or type its ReportId</source>
        <translation>选择报表，或输入其 ReportId</translation>
    </message>
    <message>
        <source>Loading the report list…</source>
        <translation>正在加载报表列表…</translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1 You can type the ReportId instead.</source>
        <translation>无法加载报表列表：%1 你可以直接输入 ReportId。</translation>
    </message>
    <message>
        <source>No account is in use, so there is no report list: type the ReportId.</source>
        <translation>当前没有使用账号，因此没有报表列表：请输入 ReportId。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>the AccessKey ID is wrong or disabled</source>
        <translation>AccessKey ID 错误或已停用</translation>
    </message>
    <message>
        <source>the AccessKey secret is wrong</source>
        <translation>AccessKey Secret 错误</translation>
    </message>
    <message>
        <source>the AccessKey lacks a needed permission</source>
        <translation>AccessKey 缺少所需权限</translation>
    </message>
    <message>
        <source>the computer&apos;s clock is off</source>
        <translation>计算机时钟不准</translation>
    </message>
    <message>
        <source>the service asked to slow down</source>
        <translation>服务要求降低请求频率</translation>
    </message>
    <message>
        <source>the service had an internal error</source>
        <translation>服务内部出错</translation>
    </message>
    <message>
        <source>the service refused the request</source>
        <translation>服务拒绝了请求</translation>
    </message>
    <message>
        <source>the service answered %1</source>
        <translation>服务返回 %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>无法写入文件夹</translation>
    </message>
    <message>
        <source>the download was interrupted</source>
        <translation>下载中断</translation>
    </message>
    <message>
        <source>no download link could be obtained</source>
        <translation>无法获取下载链接</translation>
    </message>
    <message>
        <source>the download link was not secure</source>
        <translation>下载链接不安全</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>下载已取消</translation>
    </message>
    <message>
        <source>the download server refused the file</source>
        <translation>下载服务器拒绝提供文件</translation>
    </message>
    <message>
        <source>Unusable cadence</source>
        <translation>无法使用的周期</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2</source>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates weekday names in &quot;Weekly on Mon, Thu at 07:30&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Monthly on the last day at %1</source>
        <translation>每月最后一天 %1</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>每月 %1 日 %2</translation>
    </message>
    <message>
        <source>no connection to the service</source>
        <translation>无法连接到服务</translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation>服务未及时响应</translation>
    </message>
    <message>
        <source>the service&apos;s answer could not be read</source>
        <translation>无法读取服务的响应</translation>
    </message>
    <message>
        <source>the run was interrupted</source>
        <translation>运行被中断</translation>
    </message>
    <message>
        <source>the keychain is locked or unavailable</source>
        <translation>钥匙串已锁定或不可用</translation>
    </message>
    <message>
        <source>the profile&apos;s AccessKey secret is not in the keychain</source>
        <translation>钥匙串中没有该配置的 AccessKey Secret</translation>
    </message>
    <message>
        <source>the AccessKey environment variables are not set</source>
        <translation>未设置 AccessKey 环境变量</translation>
    </message>
    <message>
        <source>its account profile no longer exists</source>
        <translation>它所用的账号配置已不存在</translation>
    </message>
    <message>
        <source>the profile&apos;s endpoint is not valid</source>
        <translation>该配置的接入地址无效</translation>
    </message>
    <message>
        <source>the service could not export the report</source>
        <translation>服务未能导出该报表</translation>
    </message>
    <message>
        <source>the export did not finish in time</source>
        <translation>导出未在限定时间内完成</translation>
    </message>
    <message>
        <source>the request was refused before it was sent</source>
        <translation>请求在发送前即被拒绝</translation>
    </message>
    <message>
        <source>an unknown problem (%1)</source>
        <translation>未知问题（%1）</translation>
    </message>
    <message>
        <source>the report does not exist</source>
        <translation>该报表不存在</translation>
    </message>
</context>
<context>
    <name>SchedulesDock</name>
    <message>
        <source>Schedules</source>
        <translation>计划导出</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>计划导出(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the scheduled exports</source>
        <translation>显示或隐藏计划导出</translation>
    </message>
    <message>
        <source>Sc&amp;hedules…</source>
        <translation>计划导出(&amp;H)…</translation>
    </message>
    <message>
        <source>Export reports by themselves: daily, weekly or monthly</source>
        <translation>按天、按周或按月自动导出报表</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 已保存：%2</translation>
    </message>
    <message>
        <source>Scheduled export “%1” failed: %2</source>
        <translation>计划导出“%1”失败：%2</translation>
    </message>
    <message>
        <source>The scheduled export “%1” failed: %2.</source>
        <translation>计划导出“%1”失败：%2。</translation>
    </message>
    <message>
        <source>ReportDesk tries again later.</source>
        <translation>ReportDesk 稍后会重试。</translation>
    </message>
    <message>
        <source>Show schedule</source>
        <translation>查看计划</translation>
    </message>
</context>
<context>
    <name>SchedulesPane</name>
    <message>
        <source>No schedules yet. A schedule exports a report by itself — daily, weekly or monthly — and saves it in a folder of your choice while ReportDesk is open (or through the systemd timer of reportdesk-cli).</source>
        <translation>还没有计划。计划会按天、按周或按月自动导出报表，并保存到你选择的文件夹；ReportDesk 打开时由窗口运行，也可以交给 reportdesk-cli 的 systemd 定时器。</translation>
    </message>
    <message>
        <source>New schedule…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Export the report now, outside the schedule&apos;s times</source>
        <translation>不等计划时间，立即导出报表</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Schedule not changed</source>
        <translation>计划未更改</translation>
    </message>
    <message>
        <source>The schedule could not be changed (%1).</source>
        <translation>无法更改该计划（%1）。</translation>
    </message>
    <message>
        <source>“%1” is running already.</source>
        <translation>“%1”已在运行。</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? It will not run again. The reports it saved stay in %2.</source>
        <translation>删除计划“%1”？它将不再运行。它已保存的报表仍保留在 %2 中。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Schedule not deleted</source>
        <translation>计划未删除</translation>
    </message>
    <message>
        <source>The schedule could not be deleted (%1).</source>
        <translation>无法删除该计划（%1）。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>SecurityCenterClient</name>
    <message>
        <source>The report ID must be a positive number.</source>
        <translation>报表 ID 必须是正数。</translation>
    </message>
    <message>
        <source>The export ID must be a positive number.</source>
        <translation>导出 ID 必须是正数。</translation>
    </message>
    <message>
        <source>No AccessKey is set for this account.</source>
        <translation>该账号尚未设置 AccessKey。</translation>
    </message>
    <message>
        <source>The network is not available to this client.</source>
        <translation>此客户端无法使用网络。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect to %1; API calls are never redirected. Check the endpoint address.</source>
        <translation>接入地址返回了指向 %1 的重定向；API 调用不会跟随重定向。请检查接入地址。</translation>
    </message>
    <message>
        <source>The answer has no report list.</source>
        <translation>响应中没有报表列表。</translation>
    </message>
    <message>
        <source>The answer has no export ID.</source>
        <translation>响应中没有导出 ID。</translation>
    </message>
    <message>
        <source>The answer has no export status.</source>
        <translation>响应中没有导出状态。</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answer is larger than %n MiB; it was not read.</source>
        <translation>
            <numerusform>服务器的应答超过 %n MiB，未予读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish its answer within %n second(s).</source>
        <translation>
            <numerusform>服务器未在 %n 秒内完成应答。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Ask where to save every time</source>
        <translation>每次都询问保存位置</translation>
    </message>
    <message>
        <source>Parallel downloads:</source>
        <translation>同时下载数：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Host and port:</source>
        <translation>主机和端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Keep a request log (secrets and signed links are redacted)</source>
        <translation>记录请求日志（密钥和签名链接会被隐去）</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Signature for new profiles:</source>
        <translation>新配置的签名版本：</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1, classic RPC)</source>
        <translation>V1（HMAC-SHA1，经典 RPC）</translation>
    </message>
</context>
<context>
    <name>StatusBarPresenter</name>
    <message numerus="yes">
        <source>%n export(s) in progress</source>
        <translation>
            <numerusform>%n 个导出任务进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>正在下载 %n 个报表</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>Status bar badge: the window talks to the built-in simulator</extracomment>
        <translation>演示</translation>
    </message>
    <message>
        <source>You are using the built-in simulator, not a real Alibaba Cloud account.</source>
        <translation>您正在使用内置模拟器，而非真实的阿里云账号。</translation>
    </message>
    <message>
        <source>No account configured</source>
        <translation>未配置账号</translation>
    </message>
    <message>
        <source>Reading the AccessKey from the keychain…</source>
        <translation>正在从钥匙串读取 AccessKey…</translation>
    </message>
    <message>
        <source>Not connected: no AccessKey for this session</source>
        <translation>未连接：本次会话没有 AccessKey</translation>
    </message>
    <message>
        <source>Not connected: the AccessKey secret is missing</source>
        <translation>未连接：缺少 AccessKey Secret</translation>
    </message>
    <message>
        <source>● Problem with %1: see the banner above</source>
        <translation>● %1 出现问题：请查看上方提示</translation>
    </message>
    <message>
        <source>● Connected to %1</source>
        <translation>● 已连接到 %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailsFormatter</name>
    <message>
        <source>Select an export to see its details: every field of the last answer, errors with their RequestId, and the history of its status.</source>
        <translation>选择一个导出任务以查看详情：最近一次响应的所有字段、错误及其 RequestId，以及状态变化历史。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报表 %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>link valid until %1 (%2)</source>
        <translation>链接有效期至 %1（%2）</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>上次检查于 %1</translation>
    </message>
    <message>
        <source>Export %1: %2</source>
        <translation>导出任务 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1, but the file is no longer there.</source>
        <translation>曾保存到 %1，但该文件已不存在。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Last answer from the service</source>
        <translation>服务的最近一次响应</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Download queued: it starts when another one finishes.</source>
        <translation>下载已排队：其他下载完成后开始。</translation>
    </message>
    <message>
        <source>Downloading:</source>
        <translation>正在下载：</translation>
    </message>
    <message>
        <source>Hide raw answer</source>
        <translation>隐藏原始响应</translation>
    </message>
    <message>
        <source>Show raw answer</source>
        <translation>显示原始响应</translation>
    </message>
</context>
<context>
    <name>TaskRowActions</name>
    <message>
        <source>%1 is no longer there (moved or deleted). Download the report again.</source>
        <translation>%1 已不在原处（已移动或删除）。请重新下载该报告。</translation>
    </message>
    <message>
        <source>ReportDesk opens only the HTML and PDF reports it saved.</source>
        <translation>ReportDesk 只打开它保存的 HTML 和 PDF 报告。</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>No application can open this file:
%1</source>
        <translation>没有可以打开此文件的应用程序：
%1</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation>移除导出任务</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n export(s) from the list? Downloaded files stay where they are.</source>
        <translation>
            <numerusform>要从列表中移除 %n 个导出任务吗？已下载的文件不会被删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>The export history could not be read and could not be moved aside. Changes are kept only until ReportDesk closes.</source>
        <translation>无法读取导出历史，也无法将其移到一旁。更改只保留到 ReportDesk 关闭为止。</translation>
    </message>
    <message numerus="yes">
        <source>The export history was damaged. It was kept as %1; the %n export(s) still readable were written to a new history.</source>
        <translation>
            <numerusform>导出历史已损坏，已保留为 %1；仍可读取的 %n 个导出已写入新的历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export history was damaged. It was kept as %1 and ReportDesk started with an empty history.</source>
        <translation>导出历史已损坏，已保留为 %1，ReportDesk 以空的历史启动。</translation>
    </message>
    <message>
        <source>The export history was written by a newer version of ReportDesk (schema %1). It is shown as far as understood but will not be changed: changes are not saved.</source>
        <translation>导出历史由更新版本的 ReportDesk 写入（架构版本 %1）。将尽可能显示其内容，但不会修改它：更改不会被保存。</translation>
    </message>
    <message>
        <source>The export history cannot be opened (%1). Changes are kept and saved as soon as it can be written.</source>
        <translation>无法打开导出历史（%1）。更改会被保留，并在可以写入时立即保存。</translation>
    </message>
    <message numerus="yes">
        <source>Took over %n export(s) from the previous version&apos;s task lists.</source>
        <translation>
            <numerusform>已从旧版本的任务列表中接收 %n 个导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took over %n export(s) from the previous version&apos;s task lists; %1 could not be read and was kept aside.</source>
        <translation>
            <numerusform>已从旧版本的任务列表中接收 %n 个导出；%1 无法读取，已移到一旁保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableLayout</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>The service answered with a status ReportDesk does not know (%1).</source>
        <translation>服务返回了 ReportDesk 无法识别的状态（%1）。</translation>
    </message>
    <message>
        <source>Too many requests: ReportDesk asks again later by itself.</source>
        <translation>请求过于频繁：ReportDesk 稍后会自动重新查询。</translation>
    </message>
    <message>
        <source>Check the ExportId: the service does not accept it.</source>
        <translation>请检查导出 ID：服务不接受该 ID。</translation>
    </message>
    <message>
        <source>A temporary problem of the service: ReportDesk tries again by itself.</source>
        <translation>服务暂时出现问题：ReportDesk 会自动重试。</translation>
    </message>
    <message>
        <source>Refresh to try again. If it persists, quote the RequestId to support.</source>
        <translation>请刷新重试。如果问题持续存在，请向技术支持提供 RequestId。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>ExportId</source>
        <translation>导出 ID</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Export date</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>链接到期</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>The service marked this export as failed and gave no reason. Try “Export again”: a new export of the same report often succeeds.</source>
        <translation>服务将此导出标记为失败，但未给出原因。请尝试“重新导出”：重新导出同一报表通常会成功。</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <comment>downloaded size and percent</comment>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>The answer was not the service&apos;s (a web page or unreadable data); the details show it under “Show raw answer”.</source>
        <translation>这不是服务的应答（而是网页或无法读取的数据）；可在详情中的“显示原始响应”下查看。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>VerifyArchiveDialog</name>
    <message numerus="yes">
        <source>Cancelled after %1 of %n saved report(s); %2 differ so far.</source>
        <translation>
            <numerusform>已取消：%n 份已保存的报表中已校验 %1 份，其中 %2 份不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export history lists no saved reports.</source>
        <translation>导出历史中没有已保存的报表。</translation>
    </message>
    <message numerus="yes">
        <source>All %n saved report(s) match their recorded SHA-256.</source>
        <translation>
            <numerusform>全部 %n 份已保存的报表均与记录的 SHA-256 一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved report(s) differ from the export history.</source>
        <translation>
            <numerusform>%n 份已保存的报表中有 %1 份与导出历史不符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify Saved Reports</source>
        <translation>校验已保存的报表</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recorded SHA-256</source>
        <translation>记录的 SHA-256</translation>
    </message>
    <message>
        <source>Found SHA-256</source>
        <translation>实际的 SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) · %2 of %3 MiB</source>
        <translation>
            <numerusform>已校验 %1 / %n 个文件 · %2 / %3 MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已改动</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ReportDesk</source>
        <translation>欢迎使用 ReportDesk</translation>
    </message>
    <message>
        <source>Export Security Center reports, watch them finish and download them. Try it with a simulated Security Center first, or connect your Alibaba Cloud account.</source>
        <translation>导出云安全中心报表，跟踪导出进度并下载报表。您可以先用模拟的云安全中心体验，也可以直接连接您的阿里云账号。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>体验演示</translation>
    </message>
    <message>
        <source>Use my AccessKey</source>
        <translation>使用我的 AccessKey</translation>
    </message>
    <message>
        <source>Your AccessKey needs the RAM actions yundun-sas:DescribeCustomizeReportList, yundun-sas:ExportCustomizeReport and yundun-aegis:DescribeReportExport.</source>
        <translation>您的 AccessKey 需要以下 RAM 权限：yundun-sas:DescribeCustomizeReportList、yundun-sas:ExportCustomizeReport 和 yundun-aegis:DescribeReportExport。</translation>
    </message>
</context>
</TS>
