<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcceptanceArea</name>
    <message>
        <source>事项指南与告知单  (Ctrl+Shift+2)</source>
        <translation>Guides and notices  (Ctrl+Shift+2)</translation>
    </message>
    <message>
        <source>受理  (Ctrl+Shift+1)</source>
        <translation>Case  (Ctrl+Shift+1)</translation>
    </message>
</context>
<context>
    <name>AlertsList</name>
    <message>
        <source>暂无提醒</source>
        <extracomment>the item data role holding an alert&apos;s key</extracomment>
        <translation>No alerts</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>{number} 号已办结</source>
        <translation>{number} finished</translation>
    </message>
    <message>
        <source>{number} 号已转移：{reason}</source>
        <translation>{number} transferred: {reason}</translation>
    </message>
    <message>
        <source>{number} 号已过号，可到导服台重新激活</source>
        <translation>{number} skipped; it can be re-queued at the guide desk</translation>
    </message>
    <message>
        <source>{number} 号开始办理</source>
        <translation>Serving {number}</translation>
    </message>
    <message>
        <source>{number} 号窗口 · {name}</source>
        <translation>Window {number} · {name}</translation>
    </message>
    <message>
        <source>。可用“按号呼叫”(F8) 呼叫已取号的号码</source>
        <translation>. Use “Call number” (F8) for tickets already issued</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>叫号</source>
        <extracomment>(ticket id) a ticket was finished (办结) here: its service ended, the evaluation device is prompted</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>呼叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>已呼叫 {number} 号</source>
        <translation>Called {number}</translation>
    </message>
    <message>
        <source>已恢复服务</source>
        <translation>Service resumed</translation>
    </message>
    <message>
        <source>已暂停服务：{reason}</source>
        <translation>Service paused: {reason}</translation>
    </message>
    <message>
        <source>已暂停：{reason}</source>
        <translation>Paused: {reason}</translation>
    </message>
    <message>
        <source>已重呼 {number} 号（第 {n}/{max} 次）</source>
        <translation>Called {number} again ({n}/{max})</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>当前没有本窗口可办理的等候号码</source>
        <translation>Nobody is waiting for this window</translation>
    </message>
    <message>
        <source>恢复服务  (F7)</source>
        <translation>Resume service  (F7)</translation>
    </message>
    <message>
        <source>按号呼叫：输入号码，如 B023 (F8)</source>
        <translation>Call a number, e.g. B023 (F8)</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <source>暂停服务  (F7)</source>
        <translation>Pause service  (F7)</translation>
    </message>
    <message>
        <source>服务中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>未开始叫号</source>
        <translation>Not yet calling</translation>
    </message>
    <message>
        <source>本机未设置窗口</source>
        <translation>No window set for this PC</translation>
    </message>
    <message>
        <source>本窗口可呼叫的等候人数：{total} 人</source>
        <translation>Waiting for this window: {total}</translation>
    </message>
    <message>
        <source>窗口 {id} 不存在</source>
        <translation>Window {id} does not exist</translation>
    </message>
    <message>
        <source>请在“系统 → 设置 → 本机窗口”中选择本机所在的窗口</source>
        <translation>Choose this PC&apos;s window in “System → Settings → This PC&apos;s window”</translation>
    </message>
    <message>
        <source>请输入要呼叫的号码</source>
        <translation>Enter the number to call</translation>
    </message>
    <message>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>重呼  (F2)  {n}/{max}</source>
        <translation>Call again  (F2)  {n}/{max}</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <source>拍照失败：{reason}</source>
        <translation>Capture failed: {reason}</translation>
    </message>
    <message>
        <source>未检测到高拍仪或摄像头。请连接设备后重试，或使用扫描仪热文件夹、导入文件</source>
        <translation>No document camera or webcam found. Connect one and try again, or use the scanner&apos;s hot folder or import files</translation>
    </message>
    <message>
        <source>设备已拔出</source>
        <translation>device unplugged</translation>
    </message>
    <message>
        <source>高拍仪尚未就绪，请稍候再拍</source>
        <translation>The document camera is not ready yet; wait a moment and capture again</translation>
    </message>
    <message>
        <source>高拍仪连接中断（{reason}）。已拍摄的页面已保存，请重新连接后继续</source>
        <translation>The document camera was disconnected ({reason}). The pages captured so far are saved; reconnect it to continue</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>&#x3000;代办人：{name}（{id}）</source>
        <translation>   Agent: {name} ({id})</translation>
    </message>
    <message>
        <source>办件编号 {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>办理事项：{items}</source>
        <translation>Items: {items}</translation>
    </message>
    <message>
        <source>承诺办结：{day}</source>
        <translation>Promised by: {day}</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>申请人：{name}&#x3000;证件：{id}&#x3000;电话：{phone}</source>
        <translation>Applicant: {name}   ID: {id}   Phone: {phone}</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>今日办件（{n}）…</source>
        <translation>Today&apos;s cases ({n})…</translation>
    </message>
    <message>
        <source>办理时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>受理</source>
        <extracomment>(case id) the case was accepted or refused here: that service ended, the evaluation device is prompted</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <source>受理决定  (F9)</source>
        <translation>Decide  (F9)</translation>
    </message>
    <message>
        <source>已作出决定：{decision}</source>
        <translation>Decision recorded: {decision}</translation>
    </message>
    <message>
        <source>已呼叫 {number} 号；当前办件核验完毕后按 Ctrl+N 为其受理</source>
        <translation>{number} called; finish checking this case, then press Ctrl+N to open theirs</translation>
    </message>
    <message>
        <source>已登记补正材料到齐，请重新核验材料后按 F9 作出决定</source>
        <translation>Corrections received. Check the materials again, then press F9 to decide</translation>
    </message>
    <message>
        <source>扫描</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>按办件编号打开</source>
        <translation>Open by case number</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>新办件  (Ctrl+N)</source>
        <translation>New case  (Ctrl+N)</translation>
    </message>
    <message>
        <source>未找到办件 {number}</source>
        <translation>No case {number}</translation>
    </message>
    <message>
        <source>补正材料到齐  (F10)</source>
        <translation>Corrections received  (F10)</translation>
    </message>
</context>
<context>
    <name>CatalogSearch</name>
    <message>
        <source>事项查询</source>
        <extracomment>Item data roles of the results list (``Qt.UserRole`` and on): the guide desk&apos;s issuing panel reads them.</extracomment>
        <translation>Find a service item</translation>
    </message>
    <message>
        <source>输入事项名称、拼音首字母或编码，如 qysl</source>
        <translation>Item name, pinyin initials or code, e.g. qysl</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <source>✓ 校验通过</source>
        <translation>✓ Valid</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>{keys}   A 全部收取   +/− 页数   拖入文件即导入该材料</source>
        <translation>{keys}   A receive all   +/− pages   drop files to import them for the material</translation>
    </message>
    <message>
        <source>{need}·{form}{n}份</source>
        <translation>{need} · {form} ×{n}</translation>
    </message>
    <message>
        <source>{n} 页</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>「{name}」的问题（将写入一次性补正告知书）：</source>
        <translation>What is wrong with “{name}” (printed on the correction notice):</translation>
    </message>
    <message>
        <source>上传中 {percent}%</source>
        <translation>Uploading {percent}%</translation>
    </message>
    <message>
        <source>上传失败，请在“同步状态”中重试</source>
        <translation>Upload failed; retry it in “Sync status”</translation>
    </message>
    <message>
        <source>免提交</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>全部收取  (A)</source>
        <extracomment>Row colours: what is still needed stands out (DOMAIN.md §5: tell everything missing at once).</extracomment>
        <translation>Receive all  (A)</translation>
    </message>
    <message>
        <source>原件</source>
        <extracomment>Key → (action, legend text). Actions other than the material states are handled by the panel.</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>已保存，等待上传</source>
        <translation>Saved, waiting to upload</translation>
    </message>
    <message>
        <source>已扫 {n} 页，未完成</source>
        <translation>{n} pages scanned, not finished</translation>
    </message>
    <message>
        <source>待核验</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>必需材料 {total} 项：已齐 {ready}&#x3000;待核验 {pending}&#x3000;缺少 {missing}&#x3000;有误 {defective}&#x3000;｜&#x3000;可选 {optional} 项</source>
        <translation>{total} required: {ready} present   {pending} unchecked   {missing} missing   {defective} defective   |   {optional} optional</translation>
    </message>
    <message>
        <source>必需材料已齐全，可按 F9 作出受理决定</source>
        <translation>All required materials are present; press F9 to decide</translation>
    </message>
    <message>
        <source>必需（可容缺）</source>
        <translation>Required (deferrable)</translation>
    </message>
    <message>
        <source>扫描</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>收取情况</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <source>有误</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>材料有误</source>
        <translation>Defective material</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>还需：{names}</source>
        <translation>Still needed: {names}</translation>
    </message>
    <message>
        <source>适用事项：{codes}</source>
        <translation>Asked for by: {codes}</translation>
    </message>
    <message>
        <source>部门共享</source>
        <translation>Shared by the departments</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ClerkWorkspace</name>
    <message>
        <source>出件</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <source>综合窗口</source>
        <translation>Service window</translation>
    </message>
</context>
<context>
    <name>CurrentTicketCard</name>
    <message>
        <source>办理 {t}</source>
        <translation>Serving {t}</translation>
    </message>
    <message>
        <source>呼叫后 {t}</source>
        <translation>Since call {t}</translation>
    </message>
    <message>
        <source>已重呼 {n}/3</source>
        <translation>Called again {n}/3</translation>
    </message>
    <message>
        <source>当前无号票，按 F1 呼叫下一位</source>
        <translation>No ticket; press F1 to call the next</translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <source>爱心通道：{reason}</source>
        <translation>Priority: {reason}</translation>
    </message>
    <message>
        <source>离线取号</source>
        <translation>Issued offline</translation>
    </message>
    <message>
        <source>等候 {t}</source>
        <translation>Waited {t}</translation>
    </message>
    <message>
        <source>转入：{reason}</source>
        <translation>Transferred in: {reason}</translation>
    </message>
    <message>
        <source>过号激活</source>
        <translation>Re-queued</translation>
    </message>
    <message>
        <source>预约 {time}</source>
        <translation>Appointment {time}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>{day}（暂定）</source>
        <translation>{day} (provisional)</translation>
    </message>
    <message>
        <source>&#x3000;· 「{name}」有误</source>
        <translation>   · “{name}” is defective</translation>
    </message>
    <message>
        <source>&#x3000;· 缺少「{name}」</source>
        <translation>   · “{name}” is missing</translation>
    </message>
    <message>
        <source>不予受理（依法不予受理）</source>
        <translation>Refuse (not acceptable by law)</translation>
    </message>
    <message>
        <source>不受理（不属于本机关职权范围）</source>
        <translation>Do not accept (outside this authority&apos;s competence)</translation>
    </message>
    <message>
        <source>不适用告知承诺制：{items}</source>
        <translation>Commitment instead of proof does not apply to: {items}</translation>
    </message>
    <message>
        <source>以告知承诺代替下列材料：</source>
        <translation>The signed commitment replaces these materials:</translation>
    </message>
    <message>
        <source>取消  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
    <message>
        <source>受理决定 · {number}</source>
        <translation>Decision · {number}</translation>
    </message>
    <message>
        <source>将出具不予受理决定书（含理由及申请行政复议、提起行政诉讼的权利）。</source>
        <translation>A refusal decision will be issued (with the reason and the rights to administrative review and litigation).</translation>
    </message>
    <message>
        <source>将出具：{papers}</source>
        <translation>Documents: {papers}</translation>
    </message>
    <message>
        <source>承诺办结日期：{day}</source>
        <translation>Promised completion: {day}</translation>
    </message>
    <message>
        <source>按材料核验结果决定</source>
        <translation>Decide by the checklist</translation>
    </message>
    <message>
        <source>材料不齐全或有误，出具一次性补正告知书，一次告知全部 {n} 项：</source>
        <translation>Materials are incomplete or defective: a correction notice lists all {n} at once:</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>理由（必填，将写入不予受理决定书）</source>
        <translation>Reason (required, printed on the refusal decision)</translation>
    </message>
    <message>
        <source>申请人已签署告知承诺书。</source>
        <translation>The applicant signed the commitment.</translation>
    </message>
    <message>
        <source>申请人已签署告知承诺书（以承诺代替尚缺的证明材料）</source>
        <translation>The applicant signed the commitment (it replaces the proofs still missing)</translation>
    </message>
    <message>
        <source>申请材料齐全、符合法定形式。</source>
        <translation>The materials are complete and in the legal form.</translation>
    </message>
    <message>
        <source>确认并打印  (Enter)</source>
        <translation>Confirm and print  (Enter)</translation>
    </message>
    <message>
        <source>非关键材料容缺受理，请申请人在 {due} 前补交：</source>
        <translation>Accepted with non-key materials deferred; the applicant supplies them by {due}:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>{device}：已连接</source>
        <translation>{device}: connected</translation>
    </message>
    <message>
        <source>{device}：未连接</source>
        <translation>{device}: not connected</translation>
    </message>
    <message>
        <source>串口评价器</source>
        <translation>Serial rating pad</translation>
    </message>
    <message>
        <source>内置评价屏</source>
        <translation>Built-in rating screen</translation>
    </message>
    <message>
        <source>已请申请人评价</source>
        <translation>The applicant has been asked to rate</translation>
    </message>
    <message>
        <source>打开评价屏</source>
        <translation>Open rating screen</translation>
    </message>
    <message>
        <source>未评价（已开始下一位）</source>
        <translation>Not rated (next service started)</translation>
    </message>
    <message>
        <source>申请人已评价</source>
        <translation>Rated by the applicant</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>等待申请人评价</source>
        <translation>Waiting for the applicant&apos;s rating</translation>
    </message>
    <message>
        <source>等待申请人评价（评价屏已显示）</source>
        <translation>Waiting for the applicant&apos;s rating (screen shown)</translation>
    </message>
    <message>
        <source>网络评价平板</source>
        <translation>Network rating tablet</translation>
    </message>
    <message>
        <source>评价器</source>
        <translation>Rating device</translation>
    </message>
    <message>
        <source>超时未评价</source>
        <translation>Timed out, not rated</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>yyyy年M月d日 dddd  HH:mm:ss</source>
        <translation>dddd, d MMMM yyyy  HH:mm:ss</translation>
    </message>
    <message>
        <source>{n} 号窗口</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>到 {window} 号窗口 办理</source>
        <translation>please go to window {window}</translation>
    </message>
    <message>
        <source>最近呼叫</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>欢迎光临，请留意叫号</source>
        <translation>Welcome — please watch for your number</translation>
    </message>
    <message>
        <source>请 {number} 号</source>
        <translation>Ticket {number}</translation>
    </message>
</context>
<context>
    <name>DisplayWorkspace</name>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>叫号屏已全屏显示</source>
        <translation>The hall display is full screen</translation>
    </message>
    <message>
        <source>按 F11 或 Esc 退出全屏</source>
        <translation>Press F11 or Esc to leave full screen</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>作出受理决定后，在此预览和打印文书</source>
        <translation>After the decision, preview and print its documents here</translation>
    </message>
    <message>
        <source>小票已打印</source>
        <translation>Slip printed</translation>
    </message>
    <message>
        <source>已送往打印机：{names}</source>
        <translation>Sent to the printer: {names}</translation>
    </message>
    <message>
        <source>打印全部文书  (Ctrl+P)</source>
        <translation>Print all documents  (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印小票</source>
        <translation>Print slip</translation>
    </message>
</context>
<context>
    <name>ELicenceDialog</name>
    <message>
        <source>{kind}&#x3000;{number}&#x3000;{issuer}&#x3000;有效期至 {until}</source>
        <translation>{kind}   {number}   {issuer}   valid until {until}</translation>
    </message>
    <message>
        <source>{licence}&#x3000;（已过期，不能使用）</source>
        <translation>{licence}   (expired, cannot be used)</translation>
    </message>
    <message>
        <source>「{material}」可用：{kind}</source>
        <translation>“{material}” may be replaced by: {kind}</translation>
    </message>
    <message>
        <source>使用所选证照  (Enter)</source>
        <translation>Use the selected licence  (Enter)</translation>
    </message>
    <message>
        <source>取消  (Esc)</source>
        <translation>Cancel  (Esc)</translation>
    </message>
    <message>
        <source>找到 {n} 个电子证照</source>
        <translation>{n} e-licences found</translation>
    </message>
    <message>
        <source>正在查询电子证照库（{holders}）…</source>
        <translation>Looking up the e-licence library ({holders})…</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licences</translation>
    </message>
    <message>
        <source>电子证照库中没有该申请人的证照</source>
        <translation>The e-licence library has no licence of this applicant</translation>
    </message>
    <message>
        <source>长期有效</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>（该材料不能以电子证照代替）</source>
        <translation>(no e-licence can replace this material)</translation>
    </message>
</context>
<context>
    <name>EvaluatorWorkspace</name>
    <message>
        <source>评价器</source>
        <extracomment>The tablet&apos;s long-poll (seconds) and its pause after a failed request.</extracomment>
        <translation>Rating pad</translation>
    </message>
</context>
<context>
    <name>FigureTiles</name>
    <message>
        <source>90% ≤ {p90}</source>
        <translation>90% ≤ {p90}</translation>
    </message>
    <message>
        <source>{number} 号</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>今日取号 {n}</source>
        <translation>{n} tickets today</translation>
    </message>
    <message>
        <source>今日平均等候</source>
        <translation>Avg. wait today</translation>
    </message>
    <message>
        <source>办结者中等候 ≤ {n} 分钟</source>
        <translation>served after waiting ≤ {n} min</translation>
    </message>
    <message>
        <source>好评率</source>
        <translation>Good-rating rate</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>平均办理时长</source>
        <translation>Avg. service time</translation>
    </message>
    <message>
        <source>当前等候</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>未开启 {n}</source>
        <translation>{n} not opened</translation>
    </message>
    <message>
        <source>窗口 开放/暂停/空闲</source>
        <translation>Windows open/paused/idle</translation>
    </message>
    <message>
        <source>等候达标率</source>
        <translation>Served within target</translation>
    </message>
    <message>
        <source>评价 {n}，未评价 {u}</source>
        <translation>{n} rated, {u} unrated</translation>
    </message>
    <message>
        <source>转移 {n}</source>
        <translation>{n} transferred</translation>
    </message>
    <message>
        <source>过号 {n} / 已呼叫 {called}</source>
        <translation>{n} no-shows / {called} called</translation>
    </message>
    <message>
        <source>过号率</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>近一小时平均等候</source>
        <translation>Avg. wait, last hour</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>办结</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>每 15 分钟 取号 / 办结</source>
        <extracomment>one colour per queue, in the hall&apos;s order (zones, then 咨询 and 取件)</extracomment>
        <translation>Issued / served per 15 min</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>{stage}（已逾期）</source>
        <translation>{stage} (overdue)</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>回访情况（与申请人沟通的内容）</source>
        <translation>Callback notes (what was discussed with the applicant)</translation>
    </message>
    <message>
        <source>回访期限</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>回访：{note}</source>
        <translation>Callback: {note}</translation>
    </message>
    <message>
        <source>差评回访整改</source>
        <translation>Bad-review follow-up</translation>
    </message>
    <message>
        <source>已登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>整改措施与结果</source>
        <translation>Rectification measures and result</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification due</translation>
    </message>
    <message>
        <source>整改：{note}</source>
        <translation>Rectification: {note}</translation>
    </message>
    <message>
        <source>显示已办结</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <source>查看评价人</source>
        <translation>Show rater</translation>
    </message>
    <message>
        <source>申请人对整改不满意</source>
        <translation>Applicant not satisfied with rectification</translation>
    </message>
    <message>
        <source>申请人对整改满意</source>
        <translation>Applicant satisfied with rectification</translation>
    </message>
    <message>
        <source>登记回访核实</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <source>登记整改</source>
        <translation>Record rectification</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>经核实情况属实</source>
        <translation>Verified as true</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>评价人：{name} {phone}</source>
        <translation>Rater: {name} {phone}</translation>
    </message>
    <message>
        <source>说明：{text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>选择一条差评查看并登记回访整改</source>
        <translation>Choose a bad review to see and record its follow-up</translation>
    </message>
    <message>
        <source>（取号时未登记姓名）</source>
        <translation>(no name given with the ticket)</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>一次性告知单  (Ctrl+P)</source>
        <translation>One-time notice  (Ctrl+P)</translation>
    </message>
    <message>
        <source>办事指南与材料清单</source>
        <translation>Guide and material list</translation>
    </message>
    <message>
        <source>加入告知单  (Ins)</source>
        <translation>Add to notice  (Ins)</translation>
    </message>
    <message>
        <source>告知单：{items}</source>
        <translation>Notice: {items}</translation>
    </message>
    <message>
        <source>告知单：一件事「{name}」</source>
        <translation>Notice: “{name}”</translation>
    </message>
    <message>
        <source>告知单：当前事项（Ins 可加入多个事项合并告知）</source>
        <translation>Notice: this item (Ins adds more items to one merged notice)</translation>
    </message>
    <message>
        <source>按“一件事”选择…</source>
        <translation>Choose a “one thing” bundle…</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>&lt;b&gt;即办&lt;/b&gt;（当场办结）&#x3000;&lt;b&gt;法定时限&lt;/b&gt; {legal} 个工作日</source>
        <translation>&lt;b&gt;Immediate&lt;/b&gt; (done on the spot)   &lt;b&gt;Legal time limit&lt;/b&gt; {legal} working days</translation>
    </message>
    <message>
        <source>&lt;b&gt;承诺时限&lt;/b&gt; {promised} 个工作日&#x3000;&lt;b&gt;法定时限&lt;/b&gt; {legal} 个工作日</source>
        <translation>&lt;b&gt;Promised time limit&lt;/b&gt; {promised} working days   &lt;b&gt;Legal time limit&lt;/b&gt; {legal} working days</translation>
    </message>
    <message>
        <source>&lt;b&gt;收费&lt;/b&gt; {fees}</source>
        <translation>&lt;b&gt;Fees&lt;/b&gt; {fees}</translation>
    </message>
    <message>
        <source>{form} {n} 份</source>
        <translation>{form} ×{n}</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>以下事项暂无材料目录，请向窗口咨询：{items}</source>
        <translation>These items have no material list yet; ask at a window: {items}</translation>
    </message>
    <message>
        <source>共 {n} 个事项，一次提交、并联审批</source>
        <translation>{n} items, handed in once, approved in parallel</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>办理部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>可容缺</source>
        <translation>Deferrable</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>合并后的申请材料（共 {n} 项）</source>
        <translation>Merged material list ({n})</translation>
    </message>
    <message>
        <source>告知承诺：不适用</source>
        <translation>Commitment instead of proof: not applicable</translation>
    </message>
    <message>
        <source>告知承诺：适用</source>
        <extracomment>序号, name, 要求, 容缺, form and copies, source, e-licence, notes (percent of the table&apos;s width).</extracomment>
        <translation>Commitment instead of proof: applicable</translation>
    </message>
    <message>
        <source>咨询电话</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>容缺</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>形式与份数</source>
        <translation>Form and copies</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>无需提交</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>样表：{sample}</source>
        <translation>Sample: {sample}</translation>
    </message>
    <message>
        <source>申请材料（共 {n} 项）</source>
        <translation>Materials ({n})</translation>
    </message>
    <message>
        <source>申请条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>该事项暂无材料目录，请向窗口工作人员咨询</source>
        <translation>This item has no material list yet; ask the window staff</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>须填写投资项目代码</source>
        <translation>Investment project code required</translation>
    </message>
</context>
<context>
    <name>GuideWorkspace</name>
    <message>
        <source>取件号与待出件</source>
        <translation>Pickup tickets &amp; results waiting</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>导服台</source>
        <translation>Guide desk</translation>
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
        <source>同步问题 {n}</source>
        <translation>Sync problems: {n}</translation>
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
        <extracomment>The user asked for the sync status view (the main window opens it).</extracomment>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>重新登录</source>
        <translation>Log in again</translation>
    </message>
</context>
<context>
    <name>HandoutCard</name>
    <message>
        <source>{done}；取件号 {number} 已办结</source>
        <translation>{done}; pickup ticket {number} finished</translation>
    </message>
    <message>
        <source>{done}；取件号 {number} 未能自动办结（{reason}），请按 F5 办结</source>
        <translation>{done}; pickup ticket {number} could not be finished automatically ({reason}); press F5 to finish it</translation>
    </message>
    <message>
        <source>✓ 核验通过：{id} 与受理记录一致，请申请人签名</source>
        <translation>✓ Verified: {id} matches the acceptance record. Please ask the applicant to sign</translation>
    </message>
    <message>
        <source>出件核验</source>
        <extracomment>(HandedOver) the applicant&apos;s hand-out visit ended (the last result of its 取件号, or a chosen one)</extracomment>
        <translation>Hand-out check</translation>
    </message>
    <message>
        <source>办件 {number} 已出件</source>
        <translation>Case {number} handed out</translation>
    </message>
    <message>
        <source>办件 {number} 已寄出</source>
        <translation>Case {number} mailed</translation>
    </message>
    <message>
        <source>办件编号：{number}</source>
        <translation>Case number: {number}</translation>
    </message>
    <message>
        <source>办理事项：{items}</source>
        <translation>Service items: {items}</translation>
    </message>
    <message>
        <source>办理结果：{outcome}&#x3000;结果文书：{document}（{state}）</source>
        <translation>Result: {outcome}   Document: {document} ({state})</translation>
    </message>
    <message>
        <source>取件号 {number}：{count} 件结果待领取</source>
        <translation>Pickup number {number}: {count} result(s) to collect</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>申请人签名</source>
        <translation>Applicant&apos;s signature</translation>
    </message>
    <message>
        <source>申请人：{name}（{id}）</source>
        <translation>Applicant: {name} ({id})</translation>
    </message>
    <message>
        <source>确认出件</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>纸质结果送达窗口后当面交付</source>
        <translation>The paper result is handed over in person once it is at the window</translation>
    </message>
    <message>
        <source>请在左侧选择待出件的结果，或呼叫取件号</source>
        <extracomment>(ticket number or None, results waiting on it) the summary was shown for; a refresh keeps it</extracomment>
        <translation>Choose a waiting result on the left, or call a pickup number</translation>
    </message>
    <message>
        <source>读身份证</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>邮寄送达…</source>
        <translation>Mail it…</translation>
    </message>
    <message>
        <source>重新签名</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>领取人身份证号码</source>
        <translation>ID number of the person collecting</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>等候时长分布（已办结，分钟）</source>
        <translation>Waits of served applicants (min)</translation>
    </message>
</context>
<context>
    <name>HotFolderWatcher</name>
    <message>
        <source>{name} 未导入：{reason}（已移入 rejected 文件夹）</source>
        <translation>{name} not imported: {reason} (moved to the rejected folder)</translation>
    </message>
    <message>
        <source>已从热文件夹导入 {name}（{n} 页）</source>
        <translation>Imported {name} from the hot folder ({n} pages)</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>18 位居民身份证号码</source>
        <translation>18-character resident ID number</translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>与营业执照一致的单位全称</source>
        <translation>Full name as on the business licence</translation>
    </message>
    <message>
        <source>与证件一致的姓名</source>
        <translation>Name as on the ID document</translation>
    </message>
    <message>
        <source>从号票 {number}（{zone}）受理</source>
        <translation>Case from ticket {number} ({zone})</translation>
    </message>
    <message>
        <source>代办人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>代办人居民身份证号码</source>
        <translation>Agent&apos;s resident ID number</translation>
    </message>
    <message>
        <source>代办人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>代办人联系电话</source>
        <translation>Agent&apos;s phone number</translation>
    </message>
    <message>
        <source>代办人证件</source>
        <translation>Agent&apos;s ID</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>如 2026-330602-70-03-012345</source>
        <translation>e.g. 2026-330602-70-03-012345</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <extracomment>The names of the domain&apos;s ``ID_TYPES`` for the translation tool (lupdate cannot read the domain).</extracomment>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>开始受理  (Ctrl+Enter)</source>
        <translation>Open the case  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>当前无号票：现场来人可直接受理（无号办件）</source>
        <translation>No ticket called: a walk-in case can be opened directly</translation>
    </message>
    <message>
        <source>手机号或带区号的座机</source>
        <translation>Mobile, or landline with area code</translation>
    </message>
    <message>
        <source>投资项目代码</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>法人或其他组织  (Alt+2)</source>
        <translation>Organisation  (Alt+2)</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>法定代表人姓名</source>
        <translation>Name of the legal representative</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>由代办人办理（材料清单将加入授权委托书和代办人身份证明）</source>
        <translation>An agent applies (the checklist adds the authorisation and the agent&apos;s ID)</translation>
    </message>
    <message>
        <source>申请人姓名</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Social credit code</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>自然人  (Alt+1)</source>
        <translation>Person  (Alt+1)</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>优先</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>爱心通道 (Ctrl+L)</source>
        <translation>Priority lane (Ctrl+L)</translation>
    </message>
    <message>
        <source>请注明原因</source>
        <translation>State the reason</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>选填：手机号码，短信提醒用</source>
        <extracomment>A hall&apos;s reason that needs the guide&apos;s own words (&quot;其他（请注明）&quot;).</extracomment>
        <translation>Optional: mobile number, for SMS reminders</translation>
    </message>
    <message>
        <source>选填：身份证号码</source>
        <translation>Optional: resident ID number</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>预约签到 (Ctrl+T)</source>
        <translation>Appointment check-in (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>中心系统暂时无法连接，已从本机离线号段发号；恢复连接后自动同步</source>
        <translation>The central system is unreachable: issued from this desk&apos;s offline numbers; it syncs when the connection is back</translation>
    </message>
    <message>
        <source>前面 {n} 人 · 预计等候 {wait}</source>
        <translation>{n} ahead · estimated wait {wait}</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Issue ticket</translation>
    </message>
    <message>
        <source>取号并打印 (Enter)</source>
        <translation>Issue and print (Enter)</translation>
    </message>
    <message>
        <source>取号：{queue}</source>
        <translation>Ticket for: {queue}</translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <source>按事项取号：{item}（{zone}）</source>
        <translation>Ticket for the item: {item} ({zone})</translation>
    </message>
    <message>
        <source>本机尚未发放号码。选择号码种类（F1–F7）后按 Enter 取号，小票随即打印。</source>
        <translation>No ticket issued here yet. Pick a queue (F1–F7) and press Enter; the slip prints at once.</translation>
    </message>
    <message>
        <source>爱心通道：{reason}</source>
        <translation>Priority: {reason}</translation>
    </message>
    <message>
        <source>离线取号</source>
        <translation>Issued offline</translation>
    </message>
    <message>
        <source>请先选择号码种类或受理区（F1–F7），或选择事项</source>
        <translation>Pick a queue or zone (F1–F7) or a service item first</translation>
    </message>
    <message>
        <source>请选择号码种类或受理区（F1–F7），或在左侧查询事项</source>
        <translation>Pick a queue or zone (F1–F7), or look up an item on the left</translation>
    </message>
    <message>
        <source>重新打印 (Ctrl+R)</source>
        <translation>Print again (Ctrl+R)</translation>
    </message>
    <message>
        <source>预约 {time}</source>
        <translation>Appointment {time}</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Delete 移除所选事项</source>
        <translation>Delete removes the selected item</translation>
    </message>
    <message>
        <source>或选择“一件事”…</source>
        <translation>or choose a “one thing” bundle…</translation>
    </message>
    <message>
        <source>添加事项：名称、拼音首字母或编码，回车加入</source>
        <translation>Add an item: name, pinyin initials or code; Enter adds it</translation>
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
        <source>请填写中心系统地址（以 http:// 或 https:// 开头）</source>
        <translation>Enter the central system URL (starting with http:// or https://)</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Enter your user name and password</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>如 EA123456789CN</source>
        <translation>e.g. EA123456789CN</translation>
    </message>
    <message>
        <source>寄递公司</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>手机号码或带区号的座机</source>
        <translation>Mobile number, or landline with area code</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>收件地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>省市区、街道、门牌号</source>
        <translation>Province, city, district, street and number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>Delivery by mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>同步状态…</source>
        <translation>Sync status…</translation>
    </message>
    <message>
        <source>当前账号没有可用的工作区，请联系管理员分配角色</source>
        <translation>This account has no workspace. Ask an administrator to assign a role.</translation>
    </message>
    <message>
        <source>政务服务大厅 · HallClient</source>
        <translation>Government Service Hall · HallClient</translation>
    </message>
    <message>
        <source>正在启动…</source>
        <translation>Starting…</translation>
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
        <source>{hall} 实时看板 · {day} {weekday}</source>
        <translation>{hall} live dashboard · {day} {weekday}</translation>
    </message>
    <message>
        <source>{n} 号窗口</source>
        <translation>Window {n}</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>今日趋势</source>
        <translation>Today&apos;s trends</translation>
    </message>
    <message>
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>大厅实时看板</source>
        <translation>Live hall dashboard</translation>
    </message>
    <message>
        <source>大厅管理</source>
        <translation>Hall management</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>差评回访</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>新提醒时提示音</source>
        <translation>Sound on new alerts</translation>
    </message>
    <message>
        <source>日报导出…</source>
        <translation>Daily report…</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>统计至 {time}</source>
        <translation>As of {time}</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>一次性告知单</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>共 {items} 个事项、{materials} 项材料</source>
        <translation>{items} items, {materials} materials</translation>
    </message>
    <message>
        <source>关闭  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <source>告知单小票已打印</source>
        <translation>Notice slip printed</translation>
    </message>
    <message>
        <source>告知单已送往打印机</source>
        <translation>Notice sent to the printer</translation>
    </message>
    <message>
        <source>打印 A4  (Ctrl+P)</source>
        <translation>Print A4  (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印小票</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>正在生成告知单…</source>
        <translation>Preparing the notice…</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>{page} · 彩色</source>
        <translation>{page} · colour</translation>
    </message>
    <message>
        <source>第 {n} 页</source>
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>业务会商</source>
        <translation>Case meeting</translation>
    </message>
    <message>
        <source>临时离开</source>
        <translation>Away for a moment</translation>
    </message>
    <message>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>暂停原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>Equipment fault</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>关闭  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
</context>
<context>
    <name>PickupPanel</name>
    <message>
        <source>办件编号、身份证号码或手机号码</source>
        <translation>Case number, ID number or phone number</translation>
    </message>
    <message>
        <source>发取件号</source>
        <translation>Issue pickup number</translation>
    </message>
    <message>
        <source>取件号</source>
        <translation>Pickup number</translation>
    </message>
    <message>
        <source>取件号 {number}：{cases}</source>
        <translation>Pickup number {number}: {cases}</translation>
    </message>
</context>
<context>
    <name>QueueButtons</name>
    <message>
        <source>等候 {n} 人 · {wait}</source>
        <translation>{n} waiting · {wait}</translation>
    </message>
</context>
<context>
    <name>QueueStrip</name>
    <message>
        <source> · 最长 {m}</source>
        <translation> · longest {m}</translation>
    </message>
    <message>
        <source>{queue}  等候 {n} 人</source>
        <translation>{queue}  {n} waiting</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{window} · 工作人员 {name}</source>
        <translation>{window} · Staff: {name}</translation>
    </message>
    <message>
        <source>其他说明（选填，选择“其他”时必填）</source>
        <translation>Other remarks (optional; required with &quot;Other&quot;)</translation>
    </message>
    <message>
        <source>办件编号：{number}</source>
        <translation>Case no.: {number}</translation>
    </message>
    <message>
        <source>办理事项：{item}</source>
        <translation>Service: {item}</translation>
    </message>
    <message>
        <source>您选择了“{level}”，请告诉我们原因（可多选）</source>
        <translation>You chose &quot;{level}&quot;. Please tell us why (choose any):</translation>
    </message>
    <message>
        <source>感谢您的光临</source>
        <translation>Thank you for your visit</translation>
    </message>
    <message>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>本次评价已超时，感谢您的光临</source>
        <translation>The rating has timed out. Thank you for your visit</translation>
    </message>
    <message>
        <source>欢迎您！服务结束后，请为本次服务评价</source>
        <extracomment>How long the thanks page stays before the welcome page returns. (prompt) from any thread → shown on the Qt thread (prompt_id, outcome, error) from any thread the rating page is on screen for this prompt (the bench and the device&apos;s &quot;shown&quot;)</extracomment>
        <translation>Welcome! Please rate our service when it is finished</translation>
    </message>
    <message>
        <source>请为以下各项评分</source>
        <translation>Please rate each of the following</translation>
    </message>
    <message>
        <source>请您对本次服务进行评价</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <source>返回重选</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>评价等级分布</source>
        <translation>Ratings by level</translation>
    </message>
</context>
<context>
    <name>RatingsTable</name>
    <message>
        <source>主动评价好评率</source>
        <translation>Active good-rating rate</translation>
    </message>
    <message>
        <source>回访整改率</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <source>好评率</source>
        <translation>Good-rating rate</translation>
    </message>
    <message>
        <source>差评</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <source>差评回复率</source>
        <translation>Callback rate</translation>
    </message>
    <message>
        <source>未评率</source>
        <translation>Unrated rate</translation>
    </message>
    <message>
        <source>评价数</source>
        <translation>Rated services</translation>
    </message>
</context>
<context>
    <name>ReactivatePanel</name>
    <message>
        <source>{number} 号已重新排队，前面 {n} 人，预计等候 {wait}</source>
        <translation>{number} is back in the queue: {n} ahead, estimated wait {wait}</translation>
    </message>
    <message>
        <source>{number}&#x3000;{queue}&#x3000;{time} 过号</source>
        <translation>{number}&#x3000;{queue}&#x3000;skipped at {time}</translation>
    </message>
    <message>
        <source>打印小票</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>请输入过号的号码</source>
        <translation>Enter the skipped number</translation>
    </message>
    <message>
        <source>过号激活</source>
        <translation>Re-queue a skipped ticket</translation>
    </message>
    <message>
        <source>过号的号码，如 B023 (Ctrl+J)</source>
        <translation>Skipped number, e.g. B023 (Ctrl+J)</translation>
    </message>
    <message>
        <source>重新排队</source>
        <translation>Re-queue</translation>
    </message>
    <message>
        <source>（已激活过，需重新取号）</source>
        <translation> (already re-queued once; needs a new ticket)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>大厅运行日报</source>
        <extracomment>format → (file suffix, writer)</extracomment>
        <translation>Daily hall report</translation>
    </message>
    <message>
        <source>大厅运行日报-{day}</source>
        <translation>hall-report-{day}</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>导出 PDF（A4 打印）</source>
        <translation>Export PDF (A4, printable)</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>选择日期后导出；以往日期按当日结束时的数据统计。</source>
        <translation>Choose a day, then export; a past day is reported as it stood at its end.</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>SANE 未找到扫描仪，请检查电源和连线</source>
        <translation>SANE found no scanner; check its power and cable</translation>
    </message>
    <message>
        <source>◀ 前移</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <source>「{name}」已生成 PDF，后台上传中</source>
        <translation>“{name}” saved as PDF; uploading in the background</translation>
    </message>
    <message>
        <source>关闭高拍仪</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除本页 (Delete)</source>
        <translation>Delete this page (Delete)</translation>
    </message>
    <message>
        <source>后移 ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <source>完成，生成 PDF  (Ctrl+S)</source>
        <translation>Done: make the PDF  (Ctrl+S)</translation>
    </message>
    <message>
        <source>导入扫描文件</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <source>导入文件…  (Ctrl+O)</source>
        <translation>Import files…  (Ctrl+O)</translation>
    </message>
    <message>
        <source>已导入 {n} 页</source>
        <translation>{n} pages imported</translation>
    </message>
    <message>
        <source>已扫描 1 页</source>
        <translation>1 page scanned</translation>
    </message>
    <message>
        <source>已拍摄 1 页</source>
        <translation>1 page captured</translation>
    </message>
    <message>
        <source>扫描仪扫描</source>
        <translation>Scan (SANE)</translation>
    </message>
    <message>
        <source>扫描文件 ({patterns})</source>
        <translation>Scans ({patterns})</translation>
    </message>
    <message>
        <source>扫描材料：{name}</source>
        <translation>Scanning: {name}</translation>
    </message>
    <message>
        <source>拍照  (Space)</source>
        <translation>Capture  (Space)</translation>
    </message>
    <message>
        <source>放大预览本页 (Enter)</source>
        <translation>Preview this page large (Enter)</translation>
    </message>
    <message>
        <source>旋转</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>未设置扫描仪热文件夹（系统 → 设置 → 外部设备）</source>
        <translation>No scanner hot folder set (System → Settings → Devices)</translation>
    </message>
    <message>
        <source>本页前移一位 (Ctrl+←)</source>
        <translation>Move this page one earlier (Ctrl+←)</translation>
    </message>
    <message>
        <source>本页后移一位 (Ctrl+→)</source>
        <translation>Move this page one later (Ctrl+→)</translation>
    </message>
    <message>
        <source>正在查找扫描仪…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <source>正在用 {scanner} 扫描…</source>
        <translation>Scanning with {scanner}…</translation>
    </message>
    <message>
        <source>热文件夹：{path}（放入的扫描文件自动导入当前材料）</source>
        <translation>Hot folder: {path} (scans saved there are imported into the selected material)</translation>
    </message>
    <message>
        <source>第 {n} 页预览</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>请先在清单中选择材料</source>
        <translation>Select a material in the checklist first</translation>
    </message>
    <message>
        <source>请先在清单中选择要扫描的材料</source>
        <translation>Select the material to scan in the checklist first</translation>
    </message>
    <message>
        <source>顺时针旋转 90° (R)</source>
        <translation>Rotate 90° clockwise (R)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>高拍仪</source>
        <translation>Document camera</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
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
    <name>SignaturePad</name>
    <message>
        <source>请申请人在此处签名</source>
        <extracomment>A stroke: points with the pen&apos;s width at each (pressure-scaled for a pen, fixed otherwise).</extracomment>
        <translation>Applicant, please sign here</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>上传</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>上传中</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>上传失败</source>
        <translation>Upload failed</translation>
    </message>
    <message>
        <source>上次推送成功：{push}&#x3000;上次接收成功：{pull}</source>
        <translation>Last successful push: {push}   last successful pull: {pull}</translation>
    </message>
    <message>
        <source>中心系统的答复</source>
        <translation>Central system&apos;s answer</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>同步日志</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>同步状态</source>
        <extracomment>The view redraws at most this often while a drain or an upload reports progress.</extracomment>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>同步问题</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>已送达（重复）</source>
        <translation>Delivered (duplicate)</translation>
    </message>
    <message>
        <source>待同步操作</source>
        <translation>Operation waiting</translation>
    </message>
    <message>
        <source>待同步（按类型）</source>
        <translation>Waiting to sync (by type)</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>推送</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>等待上传</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>被拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>重新上传</source>
        <translation>Upload restarted</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>重试：{reason}</source>
        <translation>Retry: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>{day} 起（补正期间计时暂停）</source>
        <translation>{day} at the earliest (the clock stops during corrections)</translation>
    </message>
    <message>
        <source>办件状态（BLZT）</source>
        <translation>Status (BLZT)</translation>
    </message>
    <message>
        <source>受理后计算</source>
        <translation>set on acceptance</translation>
    </message>
    <message>
        <source>承诺办结日期：{day}</source>
        <translation>Promised completion: {day}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>该日期所在年度的节假日安排尚未公布，公布后自动重算</source>
        <translation>That year&apos;s holiday schedule is not published yet; the date is recomputed when it is</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>{number} 号窗口 · {name}</source>
        <translation>Window {number} · {name}</translation>
    </message>
    <message>
        <source>必填，如：需到不动产登记窗口办理</source>
        <translation>Required, e.g. needs the real-estate registration window</translation>
    </message>
    <message>
        <source>转到受理区</source>
        <translation>To zone</translation>
    </message>
    <message>
        <source>转到窗口</source>
        <translation>To window</translation>
    </message>
    <message>
        <source>转移原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>转移号票</source>
        <translation>Transfer ticket</translation>
    </message>
</context>
<context>
    <name>WaitingChart</name>
    <message>
        <source>各队列等候人数</source>
        <translation>Waiting per queue</translation>
    </message>
</context>
<context>
    <name>WaitingResults</name>
    <message>
        <source>{d} 天 {h} 小时</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>下载中</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>取件号</source>
        <translation>Pickup no.</translation>
    </message>
    <message>
        <source>已核验</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>已等待</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>待出件</source>
        <translation>Results to hand out</translation>
    </message>
    <message>
        <source>待出件（{n}）</source>
        <translation>Results to hand out ({n})</translation>
    </message>
    <message>
        <source>校验不符，待重新下载</source>
        <translation>Checksum mismatch, will download again</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>结果文书</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>WaitingTiles</name>
    <message>
        <source>{queue}
等候 {n} 人</source>
        <translation>{queue}
{n} waiting</translation>
    </message>
</context>
<context>
    <name>WindowsTable</name>
    <message>
        <source>{n} 号</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>今日办结</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>好评率</source>
        <translation>Good-rating rate</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>平均办理</source>
        <translation>Avg. service</translation>
    </message>
    <message>
        <source>当前号码</source>
        <translation>Current ticket</translation>
    </message>
    <message>
        <source>持续</source>
        <translation>For</translation>
    </message>
    <message>
        <source>暂停时长</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法启动</source>
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
    <message>
        <source>正在启动演示中心服务…</source>
        <extracomment>``HALLCLIENT_EXIT_AFTER_PAINT=1``: print &quot;first paint after X s&quot; when the window first paints and &quot;ready after X s&quot; when the workspaces have loaded, then quit (tests, start-up benchmark).</extracomment>
        <translation>Starting the demo central service…</translation>
    </message>
    <message>
        <source>请登录</source>
        <translation>Please log in</translation>
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
    <name>dashboard</name>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>{title}已打印</source>
        <translation>{title} printed</translation>
    </message>
    <message>
        <source>{title}未打印：{reason}</source>
        <translation>{title} not printed: {reason}</translation>
    </message>
    <message>
        <source>取件凭条</source>
        <extracomment>The slips&apos; titles (``printers.handout_slips``), for the messages on screen.</extracomment>
        <translation>Pickup slip</translation>
    </message>
    <message>
        <source>未设置小票打印机，{title}未打印</source>
        <translation>No receipt printer set: {title} not printed</translation>
    </message>
    <message>
        <source>邮寄凭条</source>
        <translation>Mailing slip</translation>
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
    <name>printing</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <source>{number} 号小票已打印</source>
        <translation>Slip for {number} printed</translation>
    </message>
    <message>
        <source>{number} 号已发放。未设置取号打印机，未打印小票（请在“系统 → 设置 → 打印机”中设置）</source>
        <translation>{number} issued. No ticket printer is set, so no slip was printed (set one in “System → Settings → Printers”)</translation>
    </message>
    <message>
        <source>{number} 号已发放，但小票未打印：{reason}</source>
        <translation>{number} issued, but the slip was not printed: {reason}</translation>
    </message>
    <message>
        <source>取件号</source>
        <translation>Pickup ticket</translation>
    </message>
    <message>
        <source>受理号</source>
        <translation>Application ticket</translation>
    </message>
    <message>
        <source>咨询号</source>
        <translation>Consultation ticket</translation>
    </message>
    <message>
        <source>约 {n} 分钟</source>
        <translation>about {n} min</translation>
    </message>
    <message>
        <source>该号码已不在本机记录中，无法重新打印</source>
        <translation>This ticket is no longer known here and cannot be printed again</translation>
    </message>
    <message>
        <source>重新打印</source>
        <translation>Print again</translation>
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
