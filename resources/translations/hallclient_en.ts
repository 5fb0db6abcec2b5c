<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ClerkWorkspace</name>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>呼叫下一位 (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <source>呼叫号票后在此受理办件、核验材料</source>
        <translation>Call a ticket, then accept the case and check its materials here</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>当前号票</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <source>当前无办理中的号票</source>
        <translation>No ticket in service</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <source>综合窗口</source>
        <translation>Service window</translation>
    </message>
    <message>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>过号 (F3)</source>
        <translation>Skip (F3)</translation>
    </message>
    <message>
        <source>重呼 (F2)</source>
        <translation>Recall (F2)</translation>
    </message>
</context>
<context>
    <name>DisplayWorkspace</name>
    <message>
        <source>{zone} {prefix}：{n} 人等候</source>
        <translation>{zone} {prefix}: {n} waiting</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>EvaluatorWorkspace</name>
    <message>
        <source>欢迎您！服务结束后，请为本次服务评价</source>
        <translation>Welcome! Please rate our service when you are done</translation>
    </message>
    <message>
        <source>评价器</source>
        <translation>Rating pad</translation>
    </message>
</context>
<context>
    <name>GuideWorkspace</name>
    <message>
        <source>&lt;b&gt;承诺时限&lt;/b&gt; {promised} 个工作日&#x3000;&lt;b&gt;法定时限&lt;/b&gt; {legal} 个工作日</source>
        <translation>&lt;b&gt;Promised time limit&lt;/b&gt; {promised} working days&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;b&gt;Statutory time limit&lt;/b&gt; {legal} working days</translation>
    </message>
    <message>
        <source>事项查询</source>
        <translation>Find an item</translation>
    </message>
    <message>
        <source>办事指南与材料清单</source>
        <translation>Service guide and materials</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>导服台</source>
        <translation>Guide desk</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>输入事项名称、拼音首字母或编码，如 qysl</source>
        <translation>Item name, pinyin initials or code, e.g. qysl</translation>
    </message>
    <message>
        <source>选择受理区或事项后发放咨询号、受理号、取件号</source>
        <translation>Choose a zone or an item to issue a consultation, service or pickup ticket</translation>
    </message>
</context>
<context>
    <name>HallStatusBar</name>
    <message>
        <source>同步中</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>同步中 {p}%</source>
        <translation>Syncing {p}%</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>在线 · {n} 条待同步</source>
        <translation>Online · {n} to sync</translation>
    </message>
    <message>
        <source>未设置窗口</source>
        <translation>No window set</translation>
    </message>
    <message>
        <source>用户：{name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录</source>
        <translation>Session expired, please log in again</translation>
    </message>
    <message>
        <source>离线 · {n} 条待同步</source>
        <translation>Offline · {n} to sync</translation>
    </message>
    <message>
        <source>窗口：{window}</source>
        <translation>Window: {window}</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>中心系统</source>
        <translation>Central system</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>登录 · 政务服务大厅</source>
        <translation>Log in · Government Service Hall</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Enter your user name and password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>政务服务大厅 · HallClient</source>
        <translation>Government Service Hall · HallClient</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ManagerWorkspace</name>
    <message>
        <source>受理区</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>大厅管理</source>
        <translation>Hall management</translation>
    </message>
    <message>
        <source>好评率</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <source>已服务</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>平均等候</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>排队趋势、即将超期办件与差评回访提醒</source>
        <translation>Queue trends, cases close to their deadline and follow-ups of poor ratings</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>服务中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>未开启</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>趋势与提醒</source>
        <translation>Trends and alerts</translation>
    </message>
    <message>
        <source>过号率</source>
        <translation>No-show rate</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{number} 号窗口 · {name}</source>
        <translation>Window {number} · {name}</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>当前数据目录</source>
        <translation>Current data directory</translation>
    </message>
    <message>
        <source>数据库、扫描件与日志都保存在此目录。更换目录请在启动时使用 --data-dir 参数。</source>
        <translation>The database, scans and logs are kept in this directory. To use another one, start with --data-dir.</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置文件无法写入：{reason}</source>
        <translation>Cannot write the settings file: {reason}</translation>
    </message>
    <message>
        <source>重启后生效</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <source>（按登录用户）</source>
        <translation>(the logged-in user&apos;s window)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法启动</source>
        <extracomment>``HALLCLIENT_EXIT_AFTER_PAINT=1``: print &quot;first paint after X s&quot; and quit (tests, start-up benchmark).</extracomment>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>本地数据库已重建</source>
        <translation>Local database rebuilt</translation>
    </message>
    <message>
        <source>本地数据库损坏，已移至 {path}，并已新建数据库。</source>
        <translation>The local database was damaged. It was moved to {path} and a new database was created.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>操作失败：{error}</source>
        <translation>Operation failed: {error}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>操作未完成</source>
        <translation>Operation not completed</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>中心系统</source>
        <translation>Central system</translation>
    </message>
    <message>
        <source>叫号屏与语音</source>
        <translation>Hall display and voice</translation>
    </message>
    <message>
        <source>外部设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>排队</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>本机窗口</source>
        <translation>This counter</translation>
    </message>
</context>
</TS>
