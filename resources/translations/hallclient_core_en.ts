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
        <source>一次性补正告知书</source>
        <translation>One-time correction notice</translation>
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
        <source>不支持的小票纸宽：{mm} 毫米（支持 58 或 80）</source>
        <translation>Unsupported slip paper width: {mm} mm (58 or 80 are supported)</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
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
        <source>中心系统响应超时</source>
        <translation>The central system did not answer in time</translation>
    </message>
    <message>
        <source>中心系统接口版本 {theirs} 与本客户端（{ours}）不兼容，请升级</source>
        <translation>The central system&apos;s API version {theirs} does not work with this client ({ours}); please upgrade</translation>
    </message>
    <message>
        <source>中心系统状态异常</source>
        <translation>The central system reports a problem</translation>
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
        <source>中心系统返回的数据不完整或格式错误</source>
        <translation>The central system sent incomplete or malformed data</translation>
    </message>
    <message>
        <source>中心系统返回的登录信息不完整</source>
        <translation>The central system sent incomplete login data</translation>
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
        <source>免提交（共享）</source>
        <translation>Not required (shared)</translation>
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
        <source>办事指南不清楚、不准确</source>
        <translation>The service guide was unclear or inaccurate</translation>
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
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <source>受理（告知承诺）</source>
        <translation>Accept on commitment</translation>
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
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
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
        <source>尚未配置中心系统地址：请在“设置 → 中心系统”中填写，或用 --central-url 指定</source>
        <translation>No central system URL configured: enter it in “Settings → Central system” or pass --central-url</translation>
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
        <source>已转移</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>已重呼 {count} 次，达到上限，请按过号处理</source>
        <translation>Already recalled {count} times, the limit; mark the ticket as a no-show</translation>
    </message>
    <message>
        <source>当前账号无权执行此操作</source>
        <translation>This account may not do this</translation>
    </message>
    <message>
        <source>待核验</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>必须填写不予受理的理由</source>
        <translation>Enter the reason for refusal</translation>
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
        <source>撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Revoked</translation>
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
        <source>数据目录 {path} 不可写：{reason}。请检查权限，或用 --data-dir 指定其他目录</source>
        <translation>The data directory {path} is not writable: {reason}. Check its permissions, or choose another one with --data-dir</translation>
    </message>
    <message>
        <source>整体满意度</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>无法打开本地数据库 {path}：{reason}</source>
        <translation>Cannot open the local database {path}: {reason}</translation>
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
        <source>有误</source>
        <translation>Defective</translation>
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
        <source>未知的测试版式：{layout}（可选 ticket 或 receipt）</source>
        <translation>Unknown test layout: {layout} (ticket or receipt)</translation>
    </message>
    <message>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>材料不齐全或有误，不能{choice}，应出具一次性补正告知书：{problems}</source>
        <translation>Materials are missing or defective, so “{choice}” is not possible; issue a one-time correction notice: {problems}</translation>
    </message>
    <message>
        <source>材料清单为空，请核对所办事项的材料目录</source>
        <translation>The materials checklist is empty; check the materials listed for the items</translation>
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
        <source>申请人自备</source>
        <translation>Provided by the applicant</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
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
        <source>窗口人员</source>
        <translation>Window clerk</translation>
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
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <source>该号码已重新激活过一次，请重新取号</source>
        <translation>This ticket was already reactivated once; please take a new ticket</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>请至少选择一个办理事项</source>
        <translation>Choose at least one service item</translation>
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
        <source>过号</source>
        <translation>No-show</translation>
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
</context>
</TS>
