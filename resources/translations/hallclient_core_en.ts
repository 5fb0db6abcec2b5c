<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>config</name>
    <message>
        <source>A4 打印机（系统打印机名称）</source>
        <translation>A4 printer (system printer name)</translation>
    </message>
    <message>
        <source>中心系统地址</source>
        <translation>Central system URL</translation>
    </message>
    <message>
        <source>取号/小票打印机</source>
        <translation>Ticket and slip printer</translation>
    </message>
    <message>
        <source>叫号屏显示的窗口（空为全部）</source>
        <translation>Windows on the hall display (empty: all)</translation>
    </message>
    <message>
        <source>小票纸宽（毫米）</source>
        <translation>Slip paper width (mm)</translation>
    </message>
    <message>
        <source>扫描仪热文件夹</source>
        <translation>Scanner hot folder</translation>
    </message>
    <message>
        <source>播报音量</source>
        <translation>Announcement volume</translation>
    </message>
    <message>
        <source>本机窗口</source>
        <translation>This PC&apos;s window</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>离线号段大小</source>
        <translation>Offline ticket block size</translation>
    </message>
    <message>
        <source>自定义 CA 证书文件</source>
        <translation>Custom CA certificate file</translation>
    </message>
    <message>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <source>评价超时（秒）</source>
        <translation>Rating timeout (s)</translation>
    </message>
    <message>
        <source>语音播报</source>
        <translation>Voice announcements</translation>
    </message>
    <message>
        <source>读取超时（秒）</source>
        <translation>Read timeout (s)</translation>
    </message>
    <message>
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>连接超时（秒）</source>
        <translation>Connect timeout (s)</translation>
    </message>
    <message>
        <source>高拍仪（摄像头）</source>
        <translation>Document camera</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>PDF 文件 {name} 已损坏或不完整，无法读取，请重新扫描或重新导出</source>
        <translation>The PDF file {name} is damaged or incomplete and cannot be read; please scan or export it again</translation>
    </message>
    <message>
        <source>PDF 文件 {name} 有密码保护，无法读取：请去除密码后再导入，或直接扫描纸质材料</source>
        <translation>The PDF file {name} is password-protected and cannot be read: remove the password and import it again, or scan the paper document</translation>
    </message>
    <message>
        <source>PDF 文件 {name} 没有任何页面</source>
        <translation>The PDF file {name} has no pages</translation>
    </message>
    <message>
        <source>PDF 文件无法显示：{error}</source>
        <translation>The PDF cannot be shown: {error}</translation>
    </message>
    <message>
        <source>Windows 不支持 SANE 扫描，请使用扫描仪软件保存到热文件夹，或导入扫描文件</source>
        <translation>SANE scanning is not available on Windows; let the scanner software save into the hot folder, or import the scanned files</translation>
    </message>
    <message>
        <source>{carrier}运单号 {number} 格式不正确</source>
        <translation>{carrier} tracking number {number} is not valid</translation>
    </message>
    <message>
        <source>{label}不能超过 {n} 个字</source>
        <translation>{label} must not exceed {n} characters</translation>
    </message>
    <message>
        <source>{label}的{doc}号码应为 5–18 位字母或数字</source>
        <translation>The {doc} number of the {label} must be 5–18 letters or digits</translation>
    </message>
    <message>
        <source>{label}的时间格式不正确：{value}</source>
        <translation>The time of {label} is not valid: {value}</translation>
    </message>
    <message>
        <source>{label}的证件类型 {id_type} 不受支持</source>
        <translation>The identity document type {id_type} of the {label} is not supported</translation>
    </message>
    <message>
        <source>{label}须为带时区的时间</source>
        <translation>{label} must be a time with a time zone</translation>
    </message>
    <message>
        <source>{number} 不是本大厅的号码（没有字头 {prefix}）</source>
        <translation>{number} is not a number of this hall (no prefix {prefix})</translation>
    </message>
    <message>
        <source>{number} 号{status}，{window} 号窗口的离线呼叫未能同步</source>
        <translation>Ticket {number} is {status}; the offline call at window {window} could not be synced</translation>
    </message>
    <message>
        <source>{number} 号{status}，不能{action}</source>
        <translation>Ticket {number} is {status} and cannot be {action}</translation>
    </message>
    <message>
        <source>{number} 号{status}，不能呼叫</source>
        <translation>Ticket {number} is {status} and cannot be called</translation>
    </message>
    <message>
        <source>{number} 号{status}，只有等候中的号码可以取消</source>
        <translation>Ticket {number} is {status}; only waiting tickets can be cancelled</translation>
    </message>
    <message>
        <source>{number} 号不在 {window} 号窗口办理，离线办结未能同步</source>
        <translation>Ticket {number} is not at window {window}; the offline finish could not be synced</translation>
    </message>
    <message>
        <source>{number} 号不是今天的号码，请重新取号</source>
        <translation>Ticket {number} is not from today; please take a new ticket</translation>
    </message>
    <message>
        <source>{number} 号尚未办结，请先办结或过号，再呼叫下一位</source>
        <translation>Ticket {number} is not finished yet; finish or skip it before calling the next</translation>
    </message>
    <message>
        <source>{queue}最长已等候 {minutes} 分钟（{number} 号），超过目标 {target} 分钟</source>
        <translation>{queue}: the longest wait is {minutes} min (ticket {number}), over the {target} min target</translation>
    </message>
    <message>
        <source>{what}时间格式错误</source>
        <translation>Invalid time format: {what}</translation>
    </message>
    <message>
        <source>{what}时间缺少时区</source>
        <translation>Time without time zone: {what}</translation>
    </message>
    <message>
        <source>{what}的评价等级 {value!r} 无效，应为 1–5</source>
        <translation>Invalid rating level {value!r} for {what}; expected 1–5</translation>
    </message>
    <message>
        <source>{window} 号窗口已处于暂停状态</source>
        <translation>Window {window} is already paused</translation>
    </message>
    <message>
        <source>{window} 号窗口已暂停服务 {minutes} 分钟，原因：{reason}</source>
        <translation>Window {window} has been paused for {minutes} min, reason: {reason}</translation>
    </message>
    <message>
        <source>{window} 号窗口已暂停服务，请先恢复服务再叫号</source>
        <translation>Window {window} is paused; resume service before calling</translation>
    </message>
    <message>
        <source>{window} 号窗口当前号码是 {number}，请刷新后再操作</source>
        <translation>Window {window} is now serving {number}; refresh and try again</translation>
    </message>
    <message>
        <source>{window} 号窗口当前没有已呼叫的号码</source>
        <translation>Window {window} has no called ticket</translation>
    </message>
    <message>
        <source>{window} 号窗口未暂停，无需恢复</source>
        <translation>Window {window} is not paused</translation>
    </message>
    <message>
        <source>{window} 号窗口未配置办理的业务（受理区或号码种类），无法叫号，请联系大厅管理员</source>
        <translation>Window {window} serves no zones or ticket kinds and cannot call; please contact the hall manager</translation>
    </message>
    <message>
        <source>{zone}当前等候 {waiting} 人，已达预警人数 {warn} 人</source>
        <translation>{zone}: {waiting} people waiting, at or above the warning level of {warn}</translation>
    </message>
    <message>
        <source>一件事 {code} 不存在</source>
        <translation>Bundle {code} does not exist</translation>
    </message>
    <message>
        <source>一次咨询最多登记 {n} 个事项</source>
        <translation>A consultation can list at most {n} items</translation>
    </message>
    <message>
        <source>一次性补正告知书</source>
        <translation>One-time correction notice</translation>
    </message>
    <message>
        <source>上传任务 {sha} 不存在</source>
        <translation>Upload {sha} does not exist</translation>
    </message>
    <message>
        <source>上传任务不存在</source>
        <translation>The upload does not exist</translation>
    </message>
    <message>
        <source>上传任务已过期或已作废，请重新上传</source>
        <translation>The upload has expired or was discarded; please upload again</translation>
    </message>
    <message>
        <source>上传偏移量与服务器不符，请重新查询后继续</source>
        <translation>The upload offset does not match the server&apos;s; ask again and continue</translation>
    </message>
    <message>
        <source>上传元数据编码错误</source>
        <translation>The upload metadata is not encoded correctly</translation>
    </message>
    <message>
        <source>上传元数据缺少文件的 SHA-256</source>
        <translation>The upload metadata lacks the file&apos;s SHA-256</translation>
    </message>
    <message>
        <source>上传数据的类型应为 application/offset+octet-stream</source>
        <translation>Upload data must be of type application/offset+octet-stream</translation>
    </message>
    <message>
        <source>上传的数据超过声明的文件长度</source>
        <translation>The uploaded data exceeds the declared file length</translation>
    </message>
    <message>
        <source>上传请求的头部缺失或有误</source>
        <translation>An upload request header is missing or wrong</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>不予受理决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <source>不受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>不支持的寄递公司：{carrier}</source>
        <translation>Unsupported carrier: {carrier}</translation>
    </message>
    <message>
        <source>不支持的小票纸宽：{mm} 毫米（支持 58 或 80）</source>
        <translation>Unsupported slip paper width: {mm} mm (58 or 80 are supported)</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>不能转移到本窗口</source>
        <translation>Cannot transfer to this same window</translation>
    </message>
    <message>
        <source>与中心系统的安全连接失败（证书无效）：{reason}</source>
        <translation>Secure connection to the central system failed (invalid certificate): {reason}</translation>
    </message>
    <message>
        <source>与中心系统通信出错：{reason}</source>
        <translation>Error talking to the central system: {reason}</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>中国邮政 EMS</source>
        <translation>China Post EMS</translation>
    </message>
    <message>
        <source>中心系统不支持操作类型 {type}</source>
        <translation>The central system does not support operation type {type}</translation>
    </message>
    <message>
        <source>中心系统响应超时</source>
        <translation>The central system did not answer in time</translation>
    </message>
    <message>
        <source>中心系统对同步操作的应答格式错误</source>
        <translation>The central system&apos;s answer to the sync operations is malformed</translation>
    </message>
    <message>
        <source>中心系统接口版本 {theirs} 与本客户端（{ours}）不兼容，请升级</source>
        <translation>The central system&apos;s API version {theirs} does not work with this client ({ours}); please upgrade</translation>
    </message>
    <message>
        <source>中心系统未返回上传地址</source>
        <translation>The central system did not return an upload address</translation>
    </message>
    <message>
        <source>中心系统状态异常</source>
        <translation>The central system reports a problem</translation>
    </message>
    <message>
        <source>中心系统的上传应答缺少 {name}</source>
        <translation>The central system&apos;s upload answer lacks {name}</translation>
    </message>
    <message>
        <source>中心系统的应答与发送的操作不符</source>
        <translation>The central system&apos;s answer does not match the operations sent</translation>
    </message>
    <message>
        <source>中心系统繁忙（HTTP {status}），稍后自动重试</source>
        <translation>The central system is busy (HTTP {status}); retrying shortly</translation>
    </message>
    <message>
        <source>中心系统返回的变更序号不连续</source>
        <translation>The central system sent changes out of sequence</translation>
    </message>
    <message>
        <source>中心系统返回的变更数据格式错误</source>
        <translation>The central system sent malformed changes</translation>
    </message>
    <message>
        <source>中心系统返回的号段数据不完整</source>
        <translation>The central system&apos;s number lease reply is incomplete</translation>
    </message>
    <message>
        <source>中心系统返回的排队数据不完整</source>
        <translation>The central system&apos;s queue reply is incomplete</translation>
    </message>
    <message>
        <source>中心系统返回的排队数据格式错误</source>
        <translation>The central system&apos;s queue reply is malformed</translation>
    </message>
    <message>
        <source>中心系统返回的数据不完整或格式错误</source>
        <translation>The central system sent incomplete or malformed data</translation>
    </message>
    <message>
        <source>中心系统返回的核验结果不完整</source>
        <translation>The central system&apos;s verification reply is incomplete</translation>
    </message>
    <message>
        <source>中心系统返回的电子证照数据格式错误</source>
        <translation>The central system returned malformed e-licence data</translation>
    </message>
    <message>
        <source>中心系统返回的登录信息不完整</source>
        <translation>The central system sent incomplete login data</translation>
    </message>
    <message>
        <source>中心系统返回的窗口数据不完整</source>
        <translation>The central system&apos;s window reply is incomplete</translation>
    </message>
    <message>
        <source>中心系统返回的结果数据不完整</source>
        <translation>The central system&apos;s result data is incomplete</translation>
    </message>
    <message>
        <source>中心系统返回的评价人信息不完整</source>
        <translation>The central system returned incomplete rater details</translation>
    </message>
    <message>
        <source>事项 {code} 不在本机事项目录中，请先与中心系统同步</source>
        <translation>Item {code} is not in this PC&apos;s catalog; sync with the central system first</translation>
    </message>
    <message>
        <source>事项 {code} 不存在</source>
        <translation>Service item {code} does not exist</translation>
    </message>
    <message>
        <source>事项 {code} 不存在或已停止办理</source>
        <translation>Item {code} does not exist or is no longer handled</translation>
    </message>
    <message>
        <source>事项 {item} 不属于所选受理区 {zone}</source>
        <translation>Service item {item} does not belong to the selected zone {zone}</translation>
    </message>
    <message>
        <source>事项「{item}」须填写投资项目代码</source>
        <translation>Item “{item}” requires the investment project code</translation>
    </message>
    <message>
        <source>事项「{name}」已停止办理</source>
        <translation>Item “{name}” is no longer handled</translation>
    </message>
    <message>
        <source>京东物流</source>
        <translation>JD Logistics</translation>
    </message>
    <message>
        <source>仅支持 sha256 校验</source>
        <translation>Only sha256 checksums are supported</translation>
    </message>
    <message>
        <source>仅支持 tus 1.0.0 协议</source>
        <translation>Only the tus 1.0.0 protocol is supported</translation>
    </message>
    <message>
        <source>今天没有 {number} 号，请核对号码</source>
        <translation>There is no ticket {number} today; please check the number</translation>
    </message>
    <message>
        <source>以下事项不适用告知承诺制，承诺书不能代替材料：{items}</source>
        <translation>The commitment scheme does not apply to these items, so a commitment letter cannot replace materials: {items}</translation>
    </message>
    <message>
        <source>使用 {scheme}:// 打印机需要先安装 {package}</source>
        <translation>{scheme}:// printers need {package} to be installed</translation>
    </message>
    <message>
        <source>修改咨询登记</source>
        <translation>Consultation changed</translation>
    </message>
    <message>
        <source>免提交（共享）</source>
        <translation>Not required (shared)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内部共享</source>
        <translation>Shared internally</translation>
    </message>
    <message>
        <source>出示的证件号码 {typed} 与受理记录中的申请人或代办人（{recorded}）不符</source>
        <translation>The ID number shown, {typed}, does not match the applicant or agent on the acceptance record ({recorded})</translation>
    </message>
    <message>
        <source>分项评价 {name} 不存在</source>
        <translation>Unknown rating dimension {name}</translation>
    </message>
    <message>
        <source>分项评价格式错误</source>
        <translation>Malformed dimension ratings</translation>
    </message>
    <message>
        <source>办事指南不清楚、不准确</source>
        <translation>The service guide was unclear or inaccurate</translation>
    </message>
    <message>
        <source>办件 {case} 已超过承诺办结日期 {date}（暂定），逾期 {days} 个工作日</source>
        <translation>Case {case} is past its promised completion date {date} (provisional), {days} working day(s) overdue</translation>
    </message>
    <message>
        <source>办件 {case} 已超过承诺办结日期 {date}，逾期 {days} 个工作日</source>
        <translation>Case {case} is past its promised completion date {date}, {days} working day(s) overdue</translation>
    </message>
    <message>
        <source>办件 {case} 承诺办结日期为 {date}（暂定），剩余 {days} 个工作日</source>
        <translation>Case {case} is promised for {date} (provisional), {days} working day(s) left</translation>
    </message>
    <message>
        <source>办件 {case} 承诺办结日期为 {date}，剩余 {days} 个工作日</source>
        <translation>Case {case} is promised for {date}, {days} working day(s) left</translation>
    </message>
    <message>
        <source>办件 {case} 的结果已到件 {days} 个工作日，尚未领取</source>
        <translation>The result of case {case} arrived {days} working day(s) ago and has not been collected</translation>
    </message>
    <message>
        <source>办件 {id} 不存在</source>
        <translation>Case {id} does not exist</translation>
    </message>
    <message>
        <source>办件 {id} 已存在</source>
        <translation>Case {id} already exists</translation>
    </message>
    <message>
        <source>办件 {number} 不在办理中，不能办结</source>
        <translation>Case {number} is not being processed and cannot be finished</translation>
    </message>
    <message>
        <source>办件 {number} 当前为「{status}」，不能{action}</source>
        <translation>Case {number} is “{status}”: {action} is not possible</translation>
    </message>
    <message>
        <source>办件 {number} 没有材料 {id}</source>
        <translation>Case {number} has no material {id}</translation>
    </message>
    <message>
        <source>办件 {number} 的状态记录不正确</source>
        <translation>The status records of case {number} are not valid</translation>
    </message>
    <message>
        <source>办件 {number} 的结果已于 {at} 由窗口 {window}「{state}」，不能重复出件</source>
        <translation>The result of case {number} was already &quot;{state}&quot; by window {window} at {at}; it cannot be handed out twice</translation>
    </message>
    <message>
        <source>办件编号 {number} 与大厅、窗口 {window} 或受理日期不符</source>
        <translation>Case number {number} does not match the hall, window {window} or the day of intake</translation>
    </message>
    <message>
        <source>办件编号 {number} 已被另一台电脑使用：本机与另一台电脑设置成了同一窗口（{window} 号），请联系管理员更正本机的窗口设置</source>
        <translation>Case number {number} is already used by another PC: this PC and another one are set to the same window (no. {window}); ask the administrator to correct this PC&apos;s window setting</translation>
    </message>
    <message>
        <source>办件编号 {number} 未被接收：{window} 号窗口当日的编号已由另一台电脑（设备 {device}）签发（如 {other}）。两台电脑被设置成了同一窗口，请管理员更正其中一台的窗口设置</source>
        <translation>Case number {number} was refused: window {window}&apos;s numbers of that day were issued by another PC (device {device}, e.g. {other}). Two PCs are set to the same window; ask the administrator to correct one of them</translation>
    </message>
    <message>
        <source>办件编号 {number} 格式不正确</source>
        <translation>Case number {number} is not well formed</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>办理时间长、超过承诺时限</source>
        <translation>Processing was slow or exceeded the promised time limit</translation>
    </message>
    <message>
        <source>办结（不通过）</source>
        <translation>Finished (rejected)</translation>
    </message>
    <message>
        <source>办结（容缺通过）</source>
        <translation>Finished (approved with deferred materials)</translation>
    </message>
    <message>
        <source>办结（通过）</source>
        <translation>Finished (approved)</translation>
    </message>
    <message>
        <source>单位办件且无代办人：请用身份证阅读器读取法定代表人身份证</source>
        <translation>Organisation case without an agent: read the legal representative&apos;s ID card with the reader</translation>
    </message>
    <message>
        <source>单次上传的数据不能超过 16 MB</source>
        <translation>A single upload request may not exceed 16 MB</translation>
    </message>
    <message>
        <source>即办件</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>原件及复印件</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <source>取件</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>受理区 {code} 不存在</source>
        <translation>Zone {code} does not exist</translation>
    </message>
    <message>
        <source>受理号须选择受理区或事项</source>
        <translation>An acceptance ticket needs a zone or a service item</translation>
    </message>
    <message>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <source>受理（告知承诺）</source>
        <translation>Accept on commitment</translation>
    </message>
    <message>
        <source>只有“不满意”和“非常不满意”需要选择原因</source>
        <translation>Reasons are only for &quot;Dissatisfied&quot; and &quot;Very dissatisfied&quot;</translation>
    </message>
    <message>
        <source>只有大厅管理员可以查看评价人信息</source>
        <translation>Only the hall manager may see who rated</translation>
    </message>
    <message>
        <source>只有过号的号码可以重新激活</source>
        <translation>Only skipped tickets can be reactivated</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>号码 {id} 不存在</source>
        <translation>Ticket {id} does not exist</translation>
    </message>
    <message>
        <source>号码 {number} 不在本导服台领取的离线号段内</source>
        <translation>Number {number} is not in the offline block leased to this guide desk</translation>
    </message>
    <message>
        <source>号码 {number} 已被使用，离线号段冲突</source>
        <translation>Number {number} is already in use: offline number blocks collide</translation>
    </message>
    <message>
        <source>号码 {number} 格式不正确，应为字母加三位数字，如 B023</source>
        <translation>Number {number} is malformed: letters followed by three digits, e.g. B023</translation>
    </message>
    <message>
        <source>号码不存在（编号 {id}）</source>
        <translation>The ticket does not exist (id {id})</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>咨询事项应为事项编码列表</source>
        <translation>The items of a consultation must be a list of item codes</translation>
    </message>
    <message>
        <source>咨询备注不能超过 {n} 字</source>
        <translation>The consultation note may not exceed {n} characters</translation>
    </message>
    <message>
        <source>咨询登记 {id} 不存在</source>
        <translation>Consultation {id} does not exist</translation>
    </message>
    <message>
        <source>咨询登记 {id} 已存在</source>
        <translation>Consultation {id} already exists</translation>
    </message>
    <message>
        <source>咨询登记没有字段 {name}</source>
        <translation>A consultation has no field {name}</translation>
    </message>
    <message>
        <source>咨询登记编号不正确</source>
        <translation>The consultation id is not valid</translation>
    </message>
    <message>
        <source>回访或整改说明不能为空</source>
        <translation>The callback or rectification note must not be empty</translation>
    </message>
    <message>
        <source>回访整改记录没有字段 {name}</source>
        <translation>A follow-up has no field {name}</translation>
    </message>
    <message>
        <source>回访整改记录的 {name} 格式错误</source>
        <translation>Malformed follow-up field {name}</translation>
    </message>
    <message>
        <source>图片 {name} 已损坏或不完整（可能未传输完毕），请重新扫描</source>
        <translation>The image {name} is damaged or incomplete (perhaps not fully transferred); please scan again</translation>
    </message>
    <message>
        <source>图片 {name} 的像素过多，不像是扫描件，请检查文件</source>
        <translation>The image {name} has far too many pixels for a scan; please check the file</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>备注不能超过 {n} 字</source>
        <translation>The note must not exceed {n} characters</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>外部共享</source>
        <translation>Shared externally</translation>
    </message>
    <message>
        <source>大厅管理员</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>字头 {prefix} 的离线号段已用完，恢复与中心系统的连接后才能取号</source>
        <translation>The offline numbers for prefix {prefix} are used up; tickets can be issued again once the central system is reachable</translation>
    </message>
    <message>
        <source>容缺受理</source>
        <translation>Accept with deferred materials</translation>
    </message>
    <message>
        <source>容缺补交承诺书</source>
        <translation>Pledge to supply deferred materials</translation>
    </message>
    <message>
        <source>导服人员</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>尚未从中心系统取得大厅编码，请联网同步后再受理</source>
        <translation>The hall code has not been received from the central system yet; sync before accepting cases</translation>
    </message>
    <message>
        <source>工作人员业务不熟练</source>
        <translation>Staff did not know the procedure well</translation>
    </message>
    <message>
        <source>工作人员服务态度差</source>
        <translation>Staff were unfriendly</translation>
    </message>
    <message>
        <source>差评 {case} 的回访今日（{date}）到期，尚未回访</source>
        <translation>The callback for the bad rating of {case} is due today ({date}) and not yet made</translation>
    </message>
    <message>
        <source>差评 {case} 的回访已于 {date} 到期，尚未回访</source>
        <translation>The callback for the bad rating of {case} was due on {date} and not yet made</translation>
    </message>
    <message>
        <source>差评原因 {reason} 不在原因列表中</source>
        <translation>Reason {reason} is not in the list</translation>
    </message>
    <message>
        <source>差评原因格式错误</source>
        <translation>Malformed reasons</translation>
    </message>
    <message>
        <source>差评必须且只有差评带有回访整改记录</source>
        <translation>Exactly the bad ratings carry a follow-up</translation>
    </message>
    <message>
        <source>差评请为“{name}”评分</source>
        <translation>Please rate &quot;{name}&quot; as well</translation>
    </message>
    <message>
        <source>差评请至少选择一项原因</source>
        <translation>Please choose at least one reason</translation>
    </message>
    <message>
        <source>已出件</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已呼叫</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>已寄出</source>
        <translation>Mailed</translation>
    </message>
    <message>
        <source>已扫描</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>已接件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已撤件</source>
        <translation>Withdrawn before acceptance</translation>
    </message>
    <message>
        <source>已收取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已评价记录的结束方式应为 rated</source>
        <translation>A rated evaluation must be closed as rated</translation>
    </message>
    <message>
        <source>已转移</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>已重呼 {count} 次，达到上限，请按过号处理</source>
        <translation>Already recalled {count} times, the limit; mark the ticket as a no-show</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>当前账号无权执行此操作</source>
        <translation>This account may not do this</translation>
    </message>
    <message>
        <source>待出件</source>
        <translation>Waiting to be handed out</translation>
    </message>
    <message>
        <source>待同步操作 {op_id} 不存在</source>
        <translation>Operation {op_id} is not in the outbox</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>Rectification due</translation>
    </message>
    <message>
        <source>待核验</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>待确认满意度</source>
        <translation>Awaiting applicant&apos;s verdict</translation>
    </message>
    <message>
        <source>必须填写不予受理的理由</source>
        <translation>Enter the reason for refusal</translation>
    </message>
    <message>
        <source>手工录入证件号码</source>
        <translation>ID number typed</translation>
    </message>
    <message>
        <source>打印机 {name} 无法开始打印，请检查打印机是否在线</source>
        <translation>Printer {name} cannot start printing; check that it is online</translation>
    </message>
    <message>
        <source>打印机切刀故障</source>
        <translation>Printer cutter fault</translation>
    </message>
    <message>
        <source>打印机地址格式不正确：{url}（{hint}）</source>
        <translation>Invalid printer address: {url} ({hint})</translation>
    </message>
    <message>
        <source>打印机故障，请关机后重新开启</source>
        <translation>Printer fault: switch the printer off and on again</translation>
    </message>
    <message>
        <source>打印机暂时故障（如打印头过热），请稍候重新打印</source>
        <translation>Temporary printer fault (e.g. the print head is too hot); wait a moment and print again</translation>
    </message>
    <message>
        <source>打印机未连接或已关机</source>
        <translation>The printer is not connected or switched off</translation>
    </message>
    <message>
        <source>打印机盖未合上</source>
        <translation>The printer cover is open</translation>
    </message>
    <message>
        <source>打印机纸将用尽</source>
        <translation>The printer paper is running low</translation>
    </message>
    <message>
        <source>打印机缺纸，请更换纸卷</source>
        <translation>The printer is out of paper: change the roll</translation>
    </message>
    <message>
        <source>扫描仪 {device} 在 {seconds} 秒内没有响应，请检查电源和连线</source>
        <translation>The scanner {device} did not answer within {seconds} seconds; please check its power and cable</translation>
    </message>
    <message>
        <source>扫描仪 {device} 扫描失败：{reason}</source>
        <translation>Scanning on {device} failed: {reason}</translation>
    </message>
    <message>
        <source>扫描仪 {device} 没有返回图像，请检查是否放好纸张</source>
        <translation>The scanner {device} returned no image; please check that the paper is in place</translation>
    </message>
    <message>
        <source>扫描文件 {name} 已处理，但无法移入 {folder} 文件夹：{reason}。请手工移走该文件</source>
        <translation>The scan {name} was handled but cannot be moved into the {folder} folder: {reason}. Please move the file away by hand</translation>
    </message>
    <message>
        <source>扫描文件 {sha} 不在本机文件库中</source>
        <translation>Scanned file {sha} is not in this PC&apos;s file store</translation>
    </message>
    <message>
        <source>扫描热文件夹 {path} 无法访问：{reason}。请在设置中检查文件夹路径</source>
        <translation>The scanner hot folder {path} cannot be accessed: {reason}. Please check the folder path in the settings</translation>
    </message>
    <message>
        <source>扫描页 {id} 不存在</source>
        <translation>Scanned page {id} does not exist</translation>
    </message>
    <message>
        <source>扫描页的原始文件 {sha} 不在本机文件库中，请重新扫描该页</source>
        <translation>The original file {sha} of this page is not in the local file store; please scan the page again</translation>
    </message>
    <message>
        <source>找不到身份证阅读器驱动 {name}，请安装厂家驱动</source>
        <translation>ID card reader driver {name} not found; install the vendor&apos;s driver</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Commitment letter</translation>
    </message>
    <message>
        <source>承诺件</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>投资项目代码应为 24 位（含连字符），当前为 {n} 位</source>
        <translation>An investment project code has 24 characters (with hyphens); this one has {n}</translation>
    </message>
    <message>
        <source>投资项目代码格式应为 YYYY-XXXXXX-XX-XX-XXXXXX</source>
        <translation>An investment project code has the form YYYY-XXXXXX-XX-XX-XXXXXX</translation>
    </message>
    <message>
        <source>排队等候时间过长</source>
        <translation>Waited too long in the queue</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>操作内容不符合中心系统的要求：{error}</source>
        <translation>The operation&apos;s content does not meet the central system&apos;s requirements: {error}</translation>
    </message>
    <message>
        <source>收费不合理</source>
        <translation>Unreasonable fees</translation>
    </message>
    <message>
        <source>放假安排文件 {path} 无法读取或格式不正确：{reason}</source>
        <translation>Holiday schedule file {path} is unreadable or malformed: {reason}</translation>
    </message>
    <message>
        <source>放假安排文件中的日期 {day} 不属于 {year} 年</source>
        <translation>The date {day} in the holiday schedule file is not in {year}</translation>
    </message>
    <message>
        <source>政务服务大厅运行日报</source>
        <translation>Government service hall daily report</translation>
    </message>
    <message>
        <source>数据块校验失败，请重新发送</source>
        <translation>The chunk&apos;s checksum does not match; send it again</translation>
    </message>
    <message>
        <source>数据目录 {path} 不可写：{reason}。请检查权限，或用 --data-dir 指定其他目录</source>
        <translation>The data directory {path} is not writable: {reason}. Check its permissions, or choose another one with --data-dir</translation>
    </message>
    <message>
        <source>整个文件的 SHA-256 与声明的不符，文件未保存</source>
        <translation>The whole file&apos;s SHA-256 differs from the declared one; the file was not kept</translation>
    </message>
    <message>
        <source>整体满意度</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>文件 {name} 上传反复出错，稍后重试</source>
        <translation>Uploading {name} keeps failing; it will be retried later</translation>
    </message>
    <message>
        <source>文件 {name} 不存在或已被移走</source>
        <translation>The file {name} does not exist or has been moved</translation>
    </message>
    <message>
        <source>文件 {name} 不存在或已被移走，请重新扫描</source>
        <translation>File {name} does not exist or was moved; please scan it again</translation>
    </message>
    <message>
        <source>文件 {name} 不是可识别的 PDF 或图片（JPEG、PNG、TIFF），请检查文件</source>
        <translation>The file {name} is not a recognisable PDF or image (JPEG, PNG, TIFF); please check the file</translation>
    </message>
    <message>
        <source>文件 {name} 共 {pages} 页，超过每次最多 {limit} 页的上限：请确认是否选错文件，或拆分后分批导入</source>
        <translation>The file {name} has {pages} pages, more than the limit of {limit} pages at a time: check that it is the right file, or split it and import the parts one by one</translation>
    </message>
    <message>
        <source>文件 {name} 在保存时被移走，请重新扫描</source>
        <translation>File {name} was moved while being stored; please scan it again</translation>
    </message>
    <message>
        <source>文件 {name} 无法保存：{reason}</source>
        <translation>File {name} could not be stored: {reason}</translation>
    </message>
    <message>
        <source>文件 {name} 是空文件（0 字节），请重新扫描</source>
        <translation>The file {name} is empty (0 bytes); please scan again</translation>
    </message>
    <message>
        <source>文件 {name} 的格式（{format}）不支持，请使用 PDF、JPEG、PNG 或 TIFF</source>
        <translation>The format of {name} ({format}) is not supported; please use PDF, JPEG, PNG or TIFF</translation>
    </message>
    <message>
        <source>文件 {name} 过大（{size}），单个文件不能超过 {limit}</source>
        <translation>File {name} is too large ({size}); a file may not exceed {limit}</translation>
    </message>
    <message>
        <source>文件过大，单个文件不能超过 2 GB</source>
        <translation>The file is too large; a file may not exceed 2 GB</translation>
    </message>
    <message>
        <source>新增咨询登记</source>
        <translation>Consultation logged</translation>
    </message>
    <message>
        <source>无法打开本地数据库 {path}：{reason}</source>
        <translation>Cannot open the local database {path}: {reason}</translation>
    </message>
    <message>
        <source>无法识别的身份证阅读器设置：{url}（示例 termb://1001）</source>
        <translation>Unrecognised ID card reader setting: {url} (example: termb://1001)</translation>
    </message>
    <message>
        <source>无法读取文件 {name}：{reason}</source>
        <translation>Cannot read the file {name}: {reason}</translation>
    </message>
    <message>
        <source>无法运行 scanimage：{reason}</source>
        <translation>Cannot run scanimage: {reason}</translation>
    </message>
    <message>
        <source>无法连接中心系统 {url}</source>
        <translation>Cannot connect to the central system {url}</translation>
    </message>
    <message>
        <source>无法连接打印机（{url}），请检查电源和连线后重新打印</source>
        <translation>Cannot connect to the printer ({url}); check its power and cable, then print again</translation>
    </message>
    <message>
        <source>无法连接身份证阅读器（端口 {port}）</source>
        <translation>Cannot connect to the ID card reader (port {port})</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>有误</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>服务 {ref} 已有评价，一次服务只能评价一次</source>
        <translation>Service {ref} is already rated; one rating per service</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>服务效率</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>服务水平</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>未一次性告知需补正的材料</source>
        <translation>Missing materials were not all listed in one notice</translation>
    </message>
    <message>
        <source>未找到办件 {number} 的受理记录，不能出件</source>
        <translation>No acceptance record of case {number}: it cannot be handed out</translation>
    </message>
    <message>
        <source>未找到该号码，请核对小票上的二维码</source>
        <translation>Ticket not found; please check the QR code on the slip</translation>
    </message>
    <message>
        <source>未检测到身份证，请将身份证放在阅读器上</source>
        <translation>No ID card found: place the card on the reader</translation>
    </message>
    <message>
        <source>未知的测试版式：{layout}（可选 ticket 或 receipt）</source>
        <translation>Unknown test layout: {layout} (ticket or receipt)</translation>
    </message>
    <message>
        <source>未设置小票打印机，请在“系统 → 设置 → 打印机”中设置</source>
        <translation>No receipt printer is set; set one in “System → Settings → Printers”</translation>
    </message>
    <message>
        <source>未设置身份证阅读器，请手工输入证件号码</source>
        <translation>No ID card reader set up: type the ID number</translation>
    </message>
    <message>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>未评价记录不能带有评价等级或原因</source>
        <translation>An unrated evaluation cannot carry a level or reasons</translation>
    </message>
    <message>
        <source>未评价须说明原因（超时、被下一次服务替代或中断）</source>
        <translation>An unrated evaluation needs its cause (timeout, superseded or interrupted)</translation>
    </message>
    <message>
        <source>本地文件 {name} 已丢失，请重新扫描</source>
        <translation>Local file {name} is missing; please scan it again</translation>
    </message>
    <message>
        <source>本地文件 {name} 比登记时短，已损坏，请重新扫描</source>
        <translation>Local file {name} is shorter than when it was stored and is damaged; please scan it again</translation>
    </message>
    <message>
        <source>本大厅没有字头为 {prefix} 的号码</source>
        <translation>This hall has no tickets with prefix {prefix}</translation>
    </message>
    <message>
        <source>本机尚未设置窗口，无法发起评价</source>
        <translation>This PC has no window set; cannot prompt for a rating</translation>
    </message>
    <message>
        <source>本机尚未设置窗口，请在设置中选择本机窗口后再受理</source>
        <translation>This PC has no window set; choose this PC&apos;s window in the settings first</translation>
    </message>
    <message>
        <source>本机无法核对该办件的证件号码，请联网后由中心系统核验</source>
        <translation>This PC cannot check this case&apos;s ID number; verify it with the central system once online</translation>
    </message>
    <message>
        <source>本机未安装 SANE 扫描程序（scanimage），请安装 sane-utils，或使用扫描仪软件保存到热文件夹、导入扫描文件</source>
        <translation>SANE (scanimage) is not installed on this PC; install sane-utils, let the scanner software save into the hot folder, or import the scanned files</translation>
    </message>
    <message>
        <source>本机磁盘已满，同步的数据未能保存；请清理磁盘后重试</source>
        <translation>This PC&apos;s disk is full and synced data could not be saved; free some space and retry</translation>
    </message>
    <message>
        <source>本机磁盘空间不足（剩余 {mb} MB），已暂停接收中心系统的数据，请清理磁盘</source>
        <translation>Low disk space on this PC ({mb} MB left); receiving the central system&apos;s data is paused, please free some space</translation>
    </message>
    <message>
        <source>本次服务已经评价过（一次服务只能评价一次），不能再次发起评价</source>
        <translation>This service has already been put up for rating (one rating per service); it cannot be prompted again</translation>
    </message>
    <message>
        <source>本次服务正在等待申请人评价，请勿重复发起</source>
        <translation>This service is already waiting for the applicant&apos;s rating</translation>
    </message>
    <message>
        <source>本次服务的评价已记录，不能重复提交</source>
        <translation>The rating of this service is already recorded</translation>
    </message>
    <message>
        <source>本次评价已提交，请勿重复提交</source>
        <translation>This rating has already been submitted</translation>
    </message>
    <message>
        <source>本次评价已结束，请勿重复提交</source>
        <translation>This rating is over; nothing more can be submitted</translation>
    </message>
    <message>
        <source>材料 {id} 不存在（办件可能已被删除）</source>
        <translation>Material {id} does not exist (the case may have been deleted)</translation>
    </message>
    <message>
        <source>材料 {id} 不属于办件 {number}</source>
        <translation>Material {id} does not belong to case {number}</translation>
    </message>
    <message>
        <source>材料「{material}」不能以电子证照代替</source>
        <translation>Material “{material}” cannot be replaced by an e-licence</translation>
    </message>
    <message>
        <source>材料「{material}」需要「{wanted}」，所选电子证照为「{got}」</source>
        <translation>Material “{material}” needs a “{wanted}”; the chosen e-licence is a “{got}”</translation>
    </message>
    <message>
        <source>材料「{name}」还没有扫描页</source>
        <translation>The material “{name}” has no scanned pages yet</translation>
    </message>
    <message>
        <source>材料不齐全或有误，不能{choice}，应出具一次性补正告知书：{problems}</source>
        <translation>Materials are missing or defective, so “{choice}” is not possible; issue a one-time correction notice: {problems}</translation>
    </message>
    <message>
        <source>材料形式 {form} 不正确（原件、复印件或原件及复印件）</source>
        <translation>Material form {form} is not valid (original, copy, or original and copy)</translation>
    </message>
    <message>
        <source>材料有误时请注明问题，以便一次性告知申请人</source>
        <translation>Note what is wrong with the material, so the applicant is told everything at once</translation>
    </message>
    <message>
        <source>材料清单为空，请核对所办事项的材料目录</source>
        <translation>The materials checklist is empty; check the materials listed for the items</translation>
    </message>
    <message>
        <source>校验值编码错误</source>
        <translation>The checksum is not encoded correctly</translation>
    </message>
    <message>
        <source>根据材料核验结果应为「{decision}」，不能选择「{choice}」；如材料有问题，请先在清单中标注</source>
        <translation>The materials check calls for “{decision}”, not “{choice}”; if a material has a problem, mark it in the checklist first</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>没有容缺材料或补交期限，不能出具容缺补交承诺书</source>
        <translation>There are no deferred materials or no deadline: a deferral pledge cannot be issued</translation>
    </message>
    <message>
        <source>没有找到待领取的结果，请核对办件编号、身份证号码或手机号码</source>
        <translation>No result waiting to be collected; check the case number, ID number or phone number</translation>
    </message>
    <message>
        <source>没有需要补正的材料，不能出具一次性补正告知书</source>
        <translation>No material needs correcting: a one-time correction notice cannot be issued</translation>
    </message>
    <message>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>特别程序（开始）</source>
        <translation>Special procedure (start)</translation>
    </message>
    <message>
        <source>特别程序（结束）</source>
        <translation>Special procedure (end)</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>申请人类型 {kind} 不受支持</source>
        <translation>Applicant type {kind} is not supported</translation>
    </message>
    <message>
        <source>申请人自备</source>
        <translation>Provided by the applicant</translation>
    </message>
    <message>
        <source>申请表字段不正确（最多 {n} 个字段，字段名不超过 64 个字符）</source>
        <translation>The application form is not valid (at most {n} fields, names up to 64 characters)</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>电子证照 {number} 已于 {day} 过期，不能使用</source>
        <translation>E-licence {number} expired on {day} and cannot be used</translation>
    </message>
    <message>
        <source>电子证照 {number} 的持证人不是本案申请人或代办人</source>
        <translation>The holder of e-licence {number} is neither the applicant nor the agent of this case</translation>
    </message>
    <message>
        <source>电话号码格式不正确：手机号应为 11 位（以 1 开头），座机应含区号</source>
        <translation>Invalid phone number: a mobile number has 11 digits starting with 1, a landline needs its area code</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录</source>
        <translation>Session expired, please log in again</translation>
    </message>
    <message>
        <source>磁盘空间不足（剩余 {free}），文件 {name} 未保存</source>
        <translation>Not enough disk space ({free} left); file {name} was not stored</translation>
    </message>
    <message>
        <source>磁盘空间不足，文件 {name} 未保存</source>
        <translation>Not enough disk space; file {name} was not stored</translation>
    </message>
    <message>
        <source>票号 {number} 格式不正确（如 C012）</source>
        <translation>Ticket number {number} is not valid (e.g. C012)</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>窗口 {window} 不在本机的大厅配置中：请检查本机窗口设置并与中心系统同步</source>
        <translation>Window {window} is not in this PC&apos;s hall configuration: check this PC&apos;s window setting and sync with the central system</translation>
    </message>
    <message>
        <source>窗口 {window} 不存在</source>
        <translation>Window {window} does not exist</translation>
    </message>
    <message>
        <source>窗口 {window} 今日的办件编号已用完</source>
        <translation>Window {window} has used up today&apos;s case numbers</translation>
    </message>
    <message>
        <source>窗口人员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <source>窗口编号 {window} 不正确</source>
        <translation>Window id {window} is not valid</translation>
    </message>
    <message>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>结束时间不能早于开始时间</source>
        <translation>The end time cannot be before the start time</translation>
    </message>
    <message>
        <source>结果 {id} 不存在（中心系统没有对应的办件结果）</source>
        <translation>Result {id} does not exist (the central system has no such case result)</translation>
    </message>
    <message>
        <source>结果上的申请人「{result}」与受理记录「{case}」不符</source>
        <translation>The applicant on the result, &quot;{result}&quot;, does not match the acceptance record, &quot;{case}&quot;</translation>
    </message>
    <message>
        <source>结果上的证件号码 {result} 与受理记录 {case} 不符</source>
        <translation>The ID number on the result, {result}, does not match the acceptance record, {case}</translation>
    </message>
    <message>
        <source>结果文书已更新，请重新下载</source>
        <translation>The result document has been updated; download it again</translation>
    </message>
    <message>
        <source>结果的办件编号 {result} 与受理记录 {case} 不符</source>
        <translation>The result&apos;s case number {result} does not match the acceptance record {case}</translation>
    </message>
    <message>
        <source>结果的办理事项（{result}）与受理记录（{case}）不符</source>
        <translation>The result&apos;s service items ({result}) do not match the acceptance record ({case})</translation>
    </message>
    <message>
        <source>统一社会信用代码含有不允许的字符：{chars}（不使用 I、O、Z、S、V）</source>
        <translation>The unified social credit code contains characters that are not allowed: {chars} (I, O, Z, S and V are not used)</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位，当前为 {n} 位</source>
        <translation>A unified social credit code has 18 characters; this one has {n}</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位错误：末位应为 {expected}</source>
        <translation>Wrong check character in the unified social credit code: the last one should be {expected}</translation>
    </message>
    <message>
        <source>统一社会信用代码第 3–8 位应为登记管理机关行政区划码（数字）</source>
        <translation>Characters 3–8 of a unified social credit code are the registering authority&apos;s area code (digits)</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>补正</source>
        <translation>Request corrections</translation>
    </message>
    <message>
        <source>补正（开始）</source>
        <translation>Corrections (start)</translation>
    </message>
    <message>
        <source>补正（结束）</source>
        <translation>Corrections (end)</translation>
    </message>
    <message>
        <source>要求提交的材料过多或重复提交</source>
        <translation>Too many materials were required, or the same ones twice</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>设置项“{title}”应以 {schemes} 开头</source>
        <translation>The setting “{title}” must start with {schemes}</translation>
    </message>
    <message>
        <source>设置项“{title}”的值 {value!r} 无效</source>
        <translation>The setting “{title}” does not accept the value {value!r}</translation>
    </message>
    <message>
        <source>访问令牌已过期</source>
        <translation>Access token expired</translation>
    </message>
    <message>
        <source>证件上的姓名「{name}」与受理记录「{recorded}」不符</source>
        <translation>The name on the card, &quot;{name}&quot;, does not match the acceptance record, &quot;{recorded}&quot;</translation>
    </message>
    <message>
        <source>评价 {id} 不存在</source>
        <translation>Evaluation {id} does not exist</translation>
    </message>
    <message>
        <source>评价 {id} 已存在</source>
        <translation>Evaluation {id} already exists</translation>
    </message>
    <message>
        <source>评价 {id} 没有差评回访记录</source>
        <translation>Evaluation {id} has no follow-up</translation>
    </message>
    <message>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <source>评价器串口地址 {url} 无效，应为 serial:///dev/ttyUSB0?baudrate=9600</source>
        <translation>Invalid rating pad port {url}; expected serial:///dev/ttyUSB0?baudrate=9600</translation>
    </message>
    <message>
        <source>评价器串口波特率无效：{url}</source>
        <translation>Invalid rating pad baud rate: {url}</translation>
    </message>
    <message>
        <source>评价器发来了未知类型的消息，已丢弃</source>
        <translation>The rating pad sent an unknown message; dropped</translation>
    </message>
    <message>
        <source>评价器发来的数据不是有效的 JSON，已丢弃</source>
        <translation>The rating pad sent invalid JSON; dropped</translation>
    </message>
    <message>
        <source>评价器发来的数据校验失败，已丢弃</source>
        <translation>The rating pad sent a line with a wrong checksum; dropped</translation>
    </message>
    <message>
        <source>评价器发来的数据缺少校验码，已丢弃</source>
        <translation>The rating pad sent a line without checksum; dropped</translation>
    </message>
    <message>
        <source>评价器发来的数据过长（{n} 字节），已丢弃</source>
        <translation>The rating pad sent a line too long ({n} bytes); dropped</translation>
    </message>
    <message>
        <source>评价器设置 {value} 无效：应为 builtin、tablet 或 serial://端口?baudrate=9600</source>
        <translation>Invalid rating device setting {value}: expected builtin, tablet or serial://port?baudrate=9600</translation>
    </message>
    <message>
        <source>评价数据格式错误</source>
        <translation>Malformed rating</translation>
    </message>
    <message>
        <source>评价暂时无法保存，请告知窗口工作人员</source>
        <translation>The rating cannot be saved right now; please tell the staff</translation>
    </message>
    <message>
        <source>评价状态 {status} 无效（应为已评价或未评价，{prompted} 不上报）</source>
        <translation>Invalid evaluation status {status} (rated or unrated; {prompted} is not reported)</translation>
    </message>
    <message>
        <source>评价的服务编号 {ref} 与服务类型不符</source>
        <translation>Service reference {ref} does not match its kind</translation>
    </message>
    <message>
        <source>评价说明最多 {max} 字，当前 {n} 字</source>
        <translation>Remarks may have at most {max} characters, not {n}</translation>
    </message>
    <message>
        <source>评价说明格式错误</source>
        <translation>Malformed remarks</translation>
    </message>
    <message>
        <source>该号码不是本窗口当前办理的号码，请刷新后再操作</source>
        <translation>This ticket is not the one at this window; refresh and try again</translation>
    </message>
    <message>
        <source>该号码已重新激活过一次，请重新取号</source>
        <translation>This ticket was already reactivated once; please take a new ticket</translation>
    </message>
    <message>
        <source>该操作未被拒绝，无需重试</source>
        <translation>This operation was not rejected; there is nothing to retry</translation>
    </message>
    <message>
        <source>该文件未上传失败，无需重试</source>
        <translation>This file&apos;s upload has not failed; there is nothing to retry</translation>
    </message>
    <message>
        <source>说明最多 {max} 字</source>
        <translation>A note may have at most {max} characters</translation>
    </message>
    <message>
        <source>请先核验领取人身份</source>
        <translation>Verify the identity of the person collecting first</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>请先登记整改结果，再记录申请人对整改是否满意</source>
        <translation>Record the rectification before the applicant&apos;s verdict on it</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Please enter the {label}</translation>
    </message>
    <message>
        <source>请填写完整的收件地址（省市区、街道、门牌号，8–200 个字）</source>
        <translation>Enter the full address (province, city, district, street and number; 8–200 characters)</translation>
    </message>
    <message>
        <source>请填写接待人员</source>
        <translation>Please enter the staff member</translation>
    </message>
    <message>
        <source>请填写收件人姓名（2–50 个字）</source>
        <translation>Enter the recipient&apos;s name (2–50 characters)</translation>
    </message>
    <message>
        <source>请填写暂停原因</source>
        <translation>Please give a reason for the pause</translation>
    </message>
    <message>
        <source>请填写电子证照编号</source>
        <translation>Please enter the e-licence number</translation>
    </message>
    <message>
        <source>请填写联系电话（用于办理进度和取件通知）</source>
        <translation>Please enter a phone number (for progress and pick-up notices)</translation>
    </message>
    <message>
        <source>请填写要登记的回访或整改内容</source>
        <translation>Enter the callback or rectification to record</translation>
    </message>
    <message>
        <source>请填写转移原因</source>
        <translation>Please give a reason for the transfer</translation>
    </message>
    <message>
        <source>请求标识 {key} 已用于另一个操作，请重新操作</source>
        <translation>Request key {key} was used for another action; please try again</translation>
    </message>
    <message>
        <source>请注明爱心通道的原因</source>
        <translation>State the reason for the priority lane</translation>
    </message>
    <message>
        <source>请申请人先在签名板上签名</source>
        <translation>The applicant must sign on the signature pad first</translation>
    </message>
    <message>
        <source>请至少选择一个事项再打印一次性告知单</source>
        <translation>Please choose at least one item before printing the one-time notice</translation>
    </message>
    <message>
        <source>请至少选择一个办理事项</source>
        <translation>Choose at least one service item</translation>
    </message>
    <message>
        <source>请输入办件编号、身份证号码或手机号码</source>
        <translation>Enter a case number, ID number or phone number</translation>
    </message>
    <message>
        <source>请选择收取的是原件还是复印件</source>
        <translation>Choose whether the original or a copy was received</translation>
    </message>
    <message>
        <source>请选择爱心通道的原因</source>
        <translation>Choose the reason for the priority lane</translation>
    </message>
    <message>
        <source>请选择转移到的受理区或窗口（二选一）</source>
        <translation>Choose either a zone or a window to transfer to</translation>
    </message>
    <message>
        <source>账号 {user} 无权上报评价</source>
        <translation>Account {user} may not report ratings</translation>
    </message>
    <message>
        <source>账号 {user} 无权办理出件</source>
        <translation>Account {user} may not hand out results</translation>
    </message>
    <message>
        <source>账号 {user} 无权受理办件</source>
        <translation>Account {user} may not accept cases</translation>
    </message>
    <message>
        <source>账号 {user} 无权执行此离线操作</source>
        <translation>Account {user} may not perform this offline action</translation>
    </message>
    <message>
        <source>账号 {user} 无权登记咨询</source>
        <translation>Account {user} may not log consultations</translation>
    </message>
    <message>
        <source>账号 {user} 无权登记差评回访整改</source>
        <translation>Account {user} may not record follow-ups</translation>
    </message>
    <message>
        <source>身份证信息读取失败，请重新放置身份证</source>
        <translation>Could not read the ID card; place it on the reader again</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 {d} 不在合理范围内</source>
        <translation>The date of birth {d} in the ID number is out of range</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期 {d} 不是有效日期</source>
        <translation>The date of birth {d} in the ID number is not a valid date</translation>
    </message>
    <message>
        <source>身份证号码前 17 位应为数字，末位为数字或 X</source>
        <translation>The first 17 characters of an ID number are digits, the last is a digit or X</translation>
    </message>
    <message>
        <source>身份证号码应为 18 位，当前为 {n} 位</source>
        <translation>An ID number has 18 characters; this one has {n}</translation>
    </message>
    <message>
        <source>身份证号码校验位错误：末位应为 {expected}</source>
        <translation>Wrong check digit in the ID number: the last character should be {expected}</translation>
    </message>
    <message>
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>输入的内容不是办件编号、身份证号码或手机号码</source>
        <translation>What was entered is not a case number, ID number or phone number</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>选择“{other}”时请填写具体说明</source>
        <translation>With &quot;{other}&quot;, please describe the problem</translation>
    </message>
    <message>
        <source>部门开始办理</source>
        <translation>Department processing</translation>
    </message>
    <message>
        <source>需要多次跑动</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>页数 {pages} 不正确</source>
        <translation>Page count {pages} is not valid</translation>
    </message>
    <message>
        <source>页面只能按 90 度旋转</source>
        <translation>Pages can only be rotated in steps of 90 degrees</translation>
    </message>
    <message>
        <source>顺丰速运</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <source>预约时间 {at} 不是今天，请核对预约信息</source>
        <translation>The appointment time {at} is not today; please check the appointment</translation>
    </message>
</context>
</TS>
