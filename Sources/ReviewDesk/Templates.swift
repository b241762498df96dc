/// The desk's templates (mustache: `{{x}}` is escaped; `{{{body}}}` is used only for the page
/// body the desk itself rendered). Kept in the binary so that an installed `tonghop` needs no
/// resource folder beside it.
enum Templates {
    static let all: [(String, String)] = [
        ("layout", layout), ("login", login), ("error", error), ("overview", overview), ("findings", findings),
        ("finding", finding), ("units", units), ("unit", unit), ("decisions", decisions), ("report", report),
        ("findingRow", findingRow), ("csrfField", csrfField), ("taught", taught), ("refused", refused),
        ("passage", passage), ("passageText", passageText),
    ]

    static let csrfField = #"<input type="hidden" name="csrf" value="{{csrf}}">"#

    static let layout = #"""
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · Bàn rà soát tonghop</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/">Bàn rà soát</a>
  <nav>
    <a href="/">Tổng quan</a>
    <a href="/findings">Phát hiện</a>
    <a href="/units">Đơn vị</a>
    <a href="/report">Báo cáo</a>
    <a href="/decisions">Nhật ký</a>
  </nav>
  <span class="who">{{officer}}
  {{#canLogout}}<form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link">Đăng xuất</button></form>{{/canLogout}}
  </span>
</header>
<main>
{{#hasFlash}}<div class="flash" role="status"><ul>{{#flash}}<li>{{.}}</li>{{/flash}}</ul></div>{{/hasFlash}}
{{{body}}}
</main>
</body>
</html>
"""#

    static let login = #"""
<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập · Bàn rà soát tonghop</title><link rel="stylesheet" href="/style.css"></head>
<body><main class="narrow">
<h1>Đăng nhập bàn rà soát</h1>
{{#hasError}}<p class="error">{{error}}</p>{{/hasError}}
<form method="post" action="/login" class="stack">
  <label>Tên đăng nhập <input name="name" autocomplete="username" required></label>
  <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
  <button>Đăng nhập</button>
</form>
</main></body></html>
"""#

    static let error = #"""
<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không thực hiện được · Bàn rà soát tonghop</title><link rel="stylesheet" href="/style.css"></head>
<body><main class="narrow"><h1>Không thực hiện được</h1><p class="error">{{message}}</p>
<p><a href="/">Về trang tổng quan</a></p></main></body></html>
"""#

    static let findingRow = #"""
<tr class="sev-{{severityClass}}">
  <td data-label="Mức"><span class="badge {{severityClass}}">{{severity}}</span></td>
  <td data-label="Đơn vị">{{#hasUnitID}}<a href="/units/{{unitID}}">{{unit}}</a>{{/hasUnitID}}{{^hasUnitID}}{{unit}}{{/hasUnitID}}</td>
  <td data-label="Nhiệm vụ" class="nowrap">{{task}}</td>
  <td data-label="Nội dung"><a href="/findings/{{id}}">{{message}}</a><div class="muted small">{{file}}{{#hasPlace}} · {{place}}{{/hasPlace}}</div></td>
  <td data-label="Trạng thái" class="muted nowrap">{{state}}</td>
</tr>
"""#

    static let overview = #"""
<h1>Tổng quan</h1>
<p class="muted">{{plan}} · số liệu đến ngày {{asOf}}</p>
<section class="card {{#hasBlocking}}alert{{/hasBlocking}}">
  <h2>Việc cần làm trước khi ký báo cáo</h2>
  {{#hasBlocking}}
  <p><strong>{{blockingCount}}</strong> phát hiện chặn việc ký báo cáo; {{reviewCount}} phát hiện cần xem; {{infoCount}} để biết.</p>
  <table class="list"><thead><tr><th>Mức</th><th>Đơn vị</th><th>Nhiệm vụ</th><th>Nội dung</th><th>Trạng thái</th></tr></thead>
  <tbody>{{#blocking}}{{> findingRow}}{{/blocking}}</tbody></table>
  <p><a href="/findings?severity=blocking">Xem tất cả phát hiện chặn ký</a></p>
  {{/hasBlocking}}
  {{^hasBlocking}}<p>Không còn phát hiện nào chặn việc ký báo cáo. Còn {{reviewCount}} phát hiện cần xem, {{infoCount}} để biết.</p>{{/hasBlocking}}
</section>
<section class="card">
  <h2>Tình hình gửi báo cáo</h2>
  {{#headlineLines}}<p class="headline">{{text}}</p>{{/headlineLines}}
  <table class="list"><thead><tr><th>Nhóm đơn vị</th><th class="num">Phải gửi</th><th class="num">Đúng hạn</th><th class="num">Trễ hạn</th><th class="num">Tệp không đọc được</th><th class="num">Chưa gửi</th></tr></thead>
  <tbody>{{#groups}}<tr><td data-label="Nhóm">{{label}}</td><td class="num" data-label="Phải gửi">{{expected}}</td><td class="num" data-label="Đúng hạn">{{onTime}}</td><td class="num" data-label="Trễ hạn">{{late}}</td><td class="num" data-label="Tệp không đọc được">{{unreadable}}</td><td class="num" data-label="Chưa gửi">{{missing}}</td></tr>{{/groups}}</tbody></table>
</section>
{{#hasChasing}}
<section class="card">
  <h2>Đơn vị cần đôn đốc</h2>
  <p><a class="button" href="/reminder.docx">Tải công văn đôn đốc (DOCX)</a></p>
  {{#chasingGroups}}
  <details{{#open}} open{{/open}}>
    <summary><strong>{{group}}</strong>: {{summary}}</summary>
    <table class="list"><thead><tr><th>Đơn vị</th><th>Tình trạng</th><th>Liên hệ</th></tr></thead>
    <tbody>{{#units}}<tr><td data-label="Đơn vị"><a href="/units/{{id}}">{{name}}</a></td><td data-label="Tình trạng">{{state}}</td><td data-label="Liên hệ">{{#hasContact}}{{phone}} {{email}}{{/hasContact}}{{^hasContact}}<span class="muted">chưa có số điện thoại, thư điện tử</span>{{/hasContact}}</td></tr>{{/units}}</tbody></table>
  </details>
  {{/chasingGroups}}
</section>
{{/hasChasing}}
{{#hasRefused}}
<section class="card">
  <h2>Tệp không đọc được</h2>
  <table class="list"><thead><tr><th>Tệp</th><th>Lý do</th><th>Có thể của đơn vị</th></tr></thead>
  <tbody>{{#refused}}<tr><td data-label="Tệp">{{file}}{{#canAccept}}<div><a href="/refused/{{submission}}">Nhập tay kết quả</a></div>{{/canAccept}}</td><td data-label="Lý do">{{reason}}</td><td data-label="Có thể của">{{#hasUnit}}{{unit}}{{/hasUnit}}{{^hasUnit}}<span class="muted">chưa rõ</span>{{/hasUnit}}</td></tr>{{/refused}}</tbody></table>
</section>
{{/hasRefused}}
{{#hasChanges}}
<section class="card">
  <h2>Thay đổi từ lần chạy trước</h2>
  <ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul>
</section>
{{/hasChanges}}
"""#

    static let findings = #"""
<h1>Phát hiện cần xem <span class="muted">({{count}})</span></h1>
<form method="get" action="/findings" class="filters">
  <select name="unit" aria-label="Đơn vị">{{#units}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/units}}</select>
  <select name="task" aria-label="Nhiệm vụ">{{#tasks}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/tasks}}</select>
  <select name="kind" aria-label="Loại">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
  <select name="severity" aria-label="Mức">{{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select>
  <select name="state" aria-label="Trạng thái">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select>
  <button>Lọc</button>
</form>
{{#none}}<p class="card">Không có phát hiện nào khớp bộ lọc.</p>{{/none}}
{{#sections}}
<section class="group">
  <h2 class="grouphead"><span class="badge {{severityClass}}">{{severity}}</span> {{kind}} <span class="muted">({{count}})</span></h2>
  {{#groups}}
  {{#many}}<p class="samewords">Cùng cách viết “{{quote}}” ở {{count}} tệp:</p>{{/many}}
  <table class="list"><thead><tr><th>Mức</th><th>Đơn vị</th><th>Nhiệm vụ</th><th>Nội dung</th><th>Trạng thái</th></tr></thead><tbody>{{#items}}{{> findingRow}}{{/items}}</tbody></table>
  {{/groups}}
</section>
{{/sections}}
"""#

    static let finding = #"""
{{#f}}
<h1>{{kind}}</h1>
<p><span class="badge {{severityClass}}">{{severity}}</span> · {{#hasUnitID}}<a href="/units/{{unitID}}">{{unit}}</a>{{/hasUnitID}}{{^hasUnitID}}{{unit}}{{/hasUnitID}}{{#hasTask}} · nhiệm vụ {{task}}{{/hasTask}} · {{state}}</p>
<p class="message">{{message}}</p>
{{#hasNote}}<p class="muted">Ghi chú: {{note}}</p>{{/hasNote}}
{{/f}}
<section class="card">
  <h2>Trong văn bản</h2>
  {{#hasPassage}}
  {{> passageText}}
  {{/hasPassage}}
  {{^hasPassage}}<p class="muted">Không tìm thấy vị trí này trong văn bản đã lưu{{#f}}{{#hasPlace}} (vị trí: {{place}}){{/hasPlace}}{{/f}}.</p>{{/hasPassage}}
</section>
{{#f}}{{#isOpen}}
<section class="card actions">
  <h2>Xử lý</h2>
  {{#assign}}
  <form method="post" action="/actions/assign-finding" class="stack assign">
    <h3>Nội dung này thuộc nhiệm vụ nào?</h3>
    <p class="muted">Chương trình chưa xếp được nội dung này vào nhiệm vụ nào{{#hasCandidates}}; phát hiện nêu nhiệm vụ {{candidates}}{{/hasCandidates}}. Sau khi gán, số liệu được tổng hợp như số liệu đọc được, ghi rõ do cán bộ quyết định.</p>
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="finding" value="{{findingID}}"><input type="hidden" name="back" value="{{back}}">
    <label>Thuộc nhiệm vụ
      <select name="task">{{#assignTasks}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{title}}</option>{{/assignTasks}}<option value="none">Không thuộc Kế hoạch này (không tổng hợp)</option></select>
    </label>
    <fieldset class="numbers">
      <legend>Số liệu được tính (đánh dấu từng số cần tính)</legend>
      {{#hasNumbers}}<p class="muted">Các số trong dòng, đoạn văn bản này; chỉ tiêu gợi ý theo chữ đứng sau số hoặc tên cột.</p>{{/hasNumbers}}
      {{#numbers}}
      <div class="number">
        <label class="pick"><input type="checkbox" name="pick.{{n}}" value="1"{{#chosen}} checked{{/chosen}}> Tính số <b>{{number}}</b> <span class="muted">({{context}})</span>{{#counted}} <span class="badge info">đã tính vào “{{countedAs}}”</span>{{/counted}}</label>
        <div class="row wrap">
          <label>Giá trị <input name="value.{{n}}" value="{{value}}" inputmode="decimal" maxlength="40" size="14"></label>
          <label>vào chỉ tiêu <select name="indicator.{{n}}"><option value="">(chọn chỉ tiêu)</option>{{#indicators}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/indicators}}</select></label>
        </div>
      </div>
      {{/numbers}}
      <div class="number">
        <label class="pick"><input type="checkbox" name="pick.{{extraNumber}}" value="1"> Tính thêm một số khác (nhập tay)</label>
        <div class="row wrap">
          <label>Giá trị <input name="value.{{extraNumber}}" inputmode="decimal" maxlength="40" size="14"></label>
          <label>vào chỉ tiêu <select name="indicator.{{extraNumber}}"><option value="">(chọn chỉ tiêu)</option>{{#indicators}}<option value="{{id}}">{{label}}</option>{{/indicators}}</select></label>
        </div>
      </div>
    </fieldset>
    <label>Tiến độ (nếu đoạn này nêu)
      <select name="status"><option value="">(không đổi)</option>{{#statuses}}<option value="{{id}}">{{label}}</option>{{/statuses}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Gán</button>
  </form>
  {{/assign}}
  <form method="post" action="/actions/resolve" class="stack">
    <h3>Đánh dấu phát hiện</h3>
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="finding" value="{{id}}"><input type="hidden" name="back" value="{{back}}">
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <div class="row"><button>Đã xử lý</button>
    <button formaction="/actions/dismiss" class="secondary">Bỏ qua</button></div>
  </form>
{{/isOpen}}{{/f}}
  {{#hasEntry}}
  <form method="post" action="/actions/status" class="stack">
    <h3>Sửa tiến độ nhiệm vụ {{entryTask}}</h3>
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{submission}}"><input type="hidden" name="entry" value="{{entry}}"><input type="hidden" name="back" value="{{back}}">
    <label>Tiến độ đúng (hiện: {{entryStatus}})
      <select name="status">{{#statuses}}<option value="{{id}}">{{label}}</option>{{/statuses}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Sửa tiến độ</button>
  </form>
  <form method="post" action="/actions/assign" class="stack">
    <h3>Chuyển cả mục nhiệm vụ {{entryTask}} sang nhiệm vụ khác</h3>
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{submission}}"><input type="hidden" name="entry" value="{{entry}}"><input type="hidden" name="back" value="{{back}}">
    <label>Mục này thuộc nhiệm vụ
      <select name="task">{{#tasks}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{title}}</option>{{/tasks}}<option value="none">Không thuộc Kế hoạch này</option></select>
    </label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button class="secondary">Gán nhiệm vụ</button>
  </form>
  {{/hasEntry}}
  {{#setUnit}}
  <form method="post" action="/actions/submission" class="stack">
    <h3>Đơn vị gửi báo cáo</h3>
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{submission}}"><input type="hidden" name="back" value="{{back}}">
    <label>Báo cáo này là của đơn vị
      <select name="unit">{{#units}}<option value="{{id}}">{{name}}</option>{{/units}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Ghi đơn vị</button>
  </form>
  {{/setUnit}}
  {{#teachStatus}}
  <form method="post" action="/actions/teach-status" class="stack teach">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="back" value="{{back}}">
    <h3>Dạy chương trình cách đơn vị viết tiến độ</h3>
    <p class="muted">Chép cụm từ chỉ tiến độ từ đoạn văn bản ở trên. Mọi báo cáo hiện có sẽ được đọc lại.</p>
    <label>Cụm từ <input name="phrase" value="{{phrase}}" maxlength="200" required></label>
    <label>nghĩa là <select name="status">{{#statuses}}<option value="{{id}}">{{label}}</option>{{/statuses}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Dạy và đọc lại</button>
  </form>
  {{/teachStatus}}
  {{#teachIndicator}}
  <form method="post" action="/actions/teach-indicator" class="stack teach">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="back" value="{{back}}">
    <h3>Dạy chương trình tên một chỉ tiêu</h3>
    <p class="muted">Chép tên dòng hoặc tên cột của bảng (ví dụ “Số hộ dân tham dự”). Mọi báo cáo hiện có sẽ được đọc lại.</p>
    <label>Tên dòng, cột <input name="label" value="{{phrase}}" maxlength="200" required></label>
    <label>là chỉ tiêu <select name="indicator">{{#indicators}}<option value="{{id}}">{{label}}</option>{{/indicators}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Dạy và đọc lại</button>
  </form>
  {{/teachIndicator}}
  {{#teachAlias}}
  <form method="post" action="/actions/teach-alias" class="stack teach">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="back" value="{{back}}">
    <h3>Dạy chương trình một tên gọi của đơn vị</h3>
    <label>Tên gọi <input name="alias" value="{{phrase}}" maxlength="200" required></label>
    <label>là <select name="unit">{{#units}}<option value="{{id}}">{{name}}</option>{{/units}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Dạy và đọc lại</button>
  </form>
  {{/teachAlias}}
  {{#hasUnitPage}}<p><a href="{{unitPage}}">Xem và sửa mọi số liệu của đơn vị</a></p>{{/hasUnitPage}}
</section>
"""#

    /// A passage or table row as the ledger keeps it, the finding's words marked (shared by the
    /// finding page and the passage page).
    static let passageText = #"""
  <p class="muted">{{passageFile}} · {{passagePlace}}</p>
  {{#passageKept}}
  <div class="scroll{{#hasPairs}} wide-only{{/hasPairs}}"><table class="passage">{{#rows}}<tr>{{#cells}}<td{{#mark}} class="mark"{{/mark}}>{{#split}}{{before}}<mark>{{words}}</mark>{{after}}{{/split}}{{^split}}{{text}}{{/split}}</td>{{/cells}}</tr>{{/rows}}</table></div>
  {{#hasPairs}}<dl class="pairs phone-only">{{#pairs}}<div{{#mark}} class="mark"{{/mark}}><dt>{{head}}</dt><dd>{{text}}</dd></div>{{/pairs}}</dl>{{/hasPairs}}
  {{/passageKept}}
  {{^passageKept}}<p class="muted">Văn bản chưa lưu trong sổ: báo cáo này được đọc trước khi sổ cái lưu nội dung văn bản; đoạn văn sẽ hiện sau lần chạy đọc lại tệp.</p>{{/passageKept}}
"""#

    static let passage = #"""
<h1>Trong văn bản</h1>
<section class="card">
  {{#hasPassage}}
  {{> passageText}}
  {{/hasPassage}}
  {{^hasPassage}}<p class="muted">Không tìm thấy vị trí này ({{passagePlace}}) trong văn bản đã lưu.</p>{{/hasPassage}}
</section>
<p><a href="{{back}}">Quay lại đơn vị</a></p>
"""#

    static let taught = #"""
<h1>Kết quả dạy chương trình</h1>
<p class="message">{{what}}</p>
<p class="muted">{{officer}} · {{at}} · đọc lại {{reread}} tệp</p>
<section class="card">
  {{#hasChanges}}
  <h2>{{count}} thay đổi trong các báo cáo</h2>
  <ul class="changes">{{#changes}}<li>{{.}}</li>{{/changes}}</ul>
  {{/hasChanges}}
  {{^hasChanges}}<p>Không có tiến độ hay số liệu nào thay đổi: chưa báo cáo hiện có nào viết như vậy.</p>{{/hasChanges}}
</section>
<p><a href="/findings">Về danh sách phát hiện</a> · <a href="/decisions">Nhật ký quyết định</a></p>
"""#

    static let refused = #"""
<h1>Nhập tay tệp không đọc được</h1>
<p class="message">{{file}}</p>
<p class="error">{{reason}}</p>
<section class="card">
  <p class="muted">Khi đơn vị không gửi lại được, nhập kết quả theo bản giấy hoặc bản chụp của báo cáo. Việc nhập tay được ghi vào nhật ký.</p>
  <form method="post" action="/actions/accept" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{submission}}"><input type="hidden" name="back" value="{{back}}">
    <label>Đơn vị <select name="unit">{{#units}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/units}}</select></label>
    <label>Ngày văn bản (nếu bản giấy ghi) <input name="date" placeholder="dd/mm/yyyy" maxlength="10"></label>
    <label>Nhiệm vụ <select name="task">{{#tasks}}<option value="{{code}}">{{code}} — {{title}}</option>{{/tasks}}</select></label>
    <label>Tiến độ <select name="status">{{#statuses}}<option value="{{id}}">{{label}}</option>{{/statuses}}</select></label>
    <fieldset><legend>Số liệu (bỏ trống nếu không có)</legend>
    {{#indicators}}<label>{{label}} <input name="fig.{{id}}" inputmode="decimal" maxlength="30"></label>{{/indicators}}
    </fieldset>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Ghi kết quả nhập tay</button>
  </form>
</section>
"""#

    static let units = #"""
<h1>Đơn vị báo cáo</h1>
<table class="list"><thead><tr><th>Đơn vị</th><th>Nhóm</th><th>Tình trạng</th><th>Số tệp</th></tr></thead>
<tbody>{{#units}}<tr class="st-{{stateClass}}"><td data-label="Đơn vị"><a href="/units/{{id}}">{{name}}</a></td><td data-label="Nhóm">{{group}}</td><td data-label="Tình trạng"><span class="state {{stateClass}}">{{state}}</span></td><td class="num" data-label="Số tệp">{{count}}</td></tr>{{/units}}</tbody></table>
"""#

    static let unit = #"""
<h1>{{name}}</h1>
<p class="muted">Mã {{id}} · {{state}}{{#hasPhone}} · Điện thoại {{phone}}{{/hasPhone}}{{#hasEmail}} · {{email}}{{/hasEmail}}</p>
<section class="card">
  <h2>Các lần gửi</h2>
  <table class="list"><thead><tr><th>Tệp</th><th>Nhận ngày</th><th>Số</th><th>Ngày văn bản</th><th></th></tr></thead>
  <tbody>{{#submissions}}<tr><td data-label="Tệp">{{file}}{{#isRefused}}<div class="error">{{refused}}</div>{{/isRefused}}</td><td data-label="Nhận ngày">{{received}}</td><td data-label="Số">{{number}}</td><td data-label="Ngày văn bản">{{date}}</td><td>{{#current}}<strong>đang dùng</strong>{{/current}}{{^current}}<span class="muted">bản cũ</span>{{/current}}</td></tr>{{/submissions}}</tbody></table>
  {{#hasCurrent}}
  <details class="edit"><summary>Sửa số, ngày, đơn vị của báo cáo đang dùng</summary>
  <form method="post" action="/actions/submission" class="row wrap">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{currentID}}"><input type="hidden" name="back" value="{{back}}">
    <label>Số văn bản <input name="number" value="{{currentNumber}}" maxlength="60"></label>
    <label>Ngày văn bản <input name="date" value="{{currentDate}}" placeholder="dd/mm/yyyy" maxlength="10"></label>
    <label>Đơn vị gửi <select name="unit">{{#unitOptions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/unitOptions}}</select></label>
    <label>Ghi chú <input name="note" maxlength="1000"></label>
    <button>Ghi</button>
  </form>
  </details>
  {{/hasCurrent}}
</section>
<section class="card">
  <h2>Kết quả theo nhiệm vụ</h2>
  {{#entries}}
  <div class="entry">
    <h3>{{task}} — {{title}}</h3>
    <p>Tiến độ: <strong>{{status}}</strong>{{#statusCorrected}} <span class="badge info">đã sửa</span>{{/statusCorrected}}</p>
    {{#editable}}
    <details class="edit"><summary>Sửa tiến độ</summary>
    <form method="post" action="/actions/status" class="row wrap">
      <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{currentID}}"><input type="hidden" name="entry" value="{{entry}}"><input type="hidden" name="back" value="{{back}}">
      <select name="status" aria-label="Tiến độ đúng">{{#statusOptions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statusOptions}}</select>
      <input name="note" placeholder="Ghi chú" maxlength="1000" aria-label="Ghi chú">
      <button>Sửa tiến độ</button>
    </form>
    </details>
    <details class="edit"><summary>Gán cho nhiệm vụ khác</summary>
    <form method="post" action="/actions/assign" class="row wrap">
      <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{currentID}}"><input type="hidden" name="entry" value="{{entry}}"><input type="hidden" name="back" value="{{back}}">
      <select name="task" aria-label="Nhiệm vụ">{{#taskOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{code}} — {{title}}</option>{{/taskOptions}}<option value="none">Không thuộc Kế hoạch này</option></select>
      <input name="note" placeholder="Ghi chú" maxlength="1000" aria-label="Ghi chú">
      <button>Gán</button>
    </form>
    </details>
    {{/editable}}
    {{#hasFigures}}
    <table class="list figures"><thead><tr><th>Chỉ tiêu</th><th class="num">Số liệu</th><th></th></tr></thead><tbody>
    {{#figures}}<tr><td data-label="Chỉ tiêu">{{label}}<div class="muted small">{{#hasPlaceLink}}<a href="{{placeLink}}">{{place}}</a>{{/hasPlaceLink}}{{^hasPlaceLink}}{{place}}{{/hasPlaceLink}}</div></td><td class="num" data-label="Số liệu"><strong>{{value}}</strong>{{#corrected}} <span class="badge info">đã sửa</span>{{/corrected}}</td>
      <td>{{#editable}}<details class="edit"><summary>Sửa số</summary><form method="post" action="/actions/figure" class="row wrap">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submission" value="{{currentID}}"><input type="hidden" name="entry" value="{{entry}}"><input type="hidden" name="indicator" value="{{indicator}}"><input type="hidden" name="back" value="{{back}}">
        <input name="value" placeholder="Số đúng" inputmode="decimal" maxlength="30" aria-label="Số đúng" class="short">
        <input name="note" placeholder="Ghi chú" maxlength="1000" aria-label="Ghi chú">
        <button>Ghi số đúng</button></form></details>{{/editable}}</td></tr>{{/figures}}
    </tbody></table>
    {{/hasFigures}}
  </div>
  {{/entries}}
</section>
<section class="card">
  <h2>Phát hiện của đơn vị</h2>
  <table class="list"><tbody>{{#findings}}{{> findingRow}}{{/findings}}</tbody></table>
</section>
"""#

    static let decisions = #"""
<h1>Nhật ký quyết định</h1>
<table class="list"><thead><tr><th>Lúc</th><th>Người</th><th>Việc</th><th>Cũ</th><th>Mới</th><th>Ghi chú</th><th></th></tr></thead>
<tbody>{{#decisions}}<tr{{#reverted}} class="reverted"{{/reverted}}><td data-label="Lúc" class="nowrap">{{at}}<div class="muted small">{{id}}</div></td><td data-label="Người">{{officer}}</td><td data-label="Việc">{{what}}{{#stale}} <span class="badge review">văn bản đã thay đổi</span>{{/stale}}</td><td data-label="Cũ">{{old}}</td><td data-label="Mới">{{new}}</td><td data-label="Ghi chú">{{note}}</td>
<td>{{#canRevert}}<form method="post" action="/actions/revert" class="row"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="decision" value="{{id}}"><input type="hidden" name="back" value="/decisions"><button class="secondary">Hoàn tác</button></form>{{/canRevert}}{{#reverted}}<span class="muted">đã hoàn tác</span>{{/reverted}}</td></tr>{{/decisions}}</tbody></table>
"""#

    static let report = #"""
<h1>Báo cáo</h1>
{{#hasBlocking}}<p class="error">Còn {{blocking}} phát hiện chặn việc ký báo cáo (<a href="/findings?severity=blocking">xem</a>).</p>{{/hasBlocking}}
<form method="post" action="/report/build" class="row wrap">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <button>Lập báo cáo</button>
  <a class="button secondary" href="/reminder.docx">Tải công văn đôn đốc</a>
</form>
<p class="muted">“Lập báo cáo” chạy lượt tổng hợp như lượt chạy hằng đêm và ghi báo cáo (DOCX), phụ lục (XLSX), dữ liệu (JSON), trang rà soát (HTML) vào {{outbox}}.</p>
<section class="card">
  <h2>Thay đổi từ lần lập báo cáo trước{{#hasLastBuilt}} ({{lastBuilt}}){{/hasLastBuilt}}</h2>
  {{#hasSince}}<ul class="changes">{{#since}}<li>{{what}}{{#hasNew}}: <strong>{{new}}</strong>{{/hasNew}} <span class="muted">— {{officer}}, {{at}}</span></li>{{/since}}</ul>{{/hasSince}}
  {{^hasSince}}<p class="muted">Chưa có quyết định nào.</p>{{/hasSince}}
</section>
<section class="card preview">
  <h2>Xem trước nội dung báo cáo</h2>
{{#paragraphs}}{{#h1}}<h3>{{text}}</h3>{{/h1}}{{#h2}}<h4>{{text}}</h4>{{/h2}}{{#h3}}<p class="task">{{text}}</p>{{/h3}}{{#p}}<p>{{text}}</p>{{/p}}{{/paragraphs}}
</section>
"""#
}

extension Pages {
    static let css = """
    :root { --fg:#1b1b1b; --muted:#5f6368; --line:#d9d9d9; --accent:#0b5394; --block:#b3261e; --review:#8a5a00; --info:#2f6f3e; }
    * { box-sizing: border-box; }
    body { margin:0; font: 16px/1.5 "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif; color:var(--fg); background:#f6f7f9; }
    header.top { display:flex; flex-wrap:wrap; gap:.5rem 1.25rem; align-items:center; padding:.6rem 1rem; background:#0b3d6e; color:#fff; }
    header.top a { color:#fff; text-decoration:none; }
    header.top nav { display:flex; flex-wrap:wrap; gap:.25rem 1rem; }
    header.top .brand { font-weight:700; }
    header.top .who { margin-left:auto; font-size:.9rem; }
    main { max-width:72rem; margin:0 auto; padding:1rem; }
    main.narrow { max-width:26rem; }
    h1 { font-size:1.5rem; margin:.5rem 0 1rem; }
    h2 { font-size:1.15rem; margin:0 0 .6rem; }
    h3 { font-size:1rem; margin:.8rem 0 .4rem; }
    .card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; margin:0 0 1rem; }
    .card.alert { border-left:5px solid var(--block); }
    .muted { color:var(--muted); }
    .error { color:var(--block); }
    .flash { background:#e8f3ea; border:1px solid #b7d7bf; border-radius:6px; padding:.4rem 1rem; margin-bottom:1rem; }
    table.list { width:100%; border-collapse:collapse; }
    table.list th, table.list td { text-align:left; padding:.45rem .5rem; border-bottom:1px solid var(--line); vertical-align:top; }
    td.num { text-align:right; font-variant-numeric: tabular-nums; }
    .badge { display:inline-block; font-size:.8rem; padding:.05rem .45rem; border-radius:999px; border:1px solid currentColor; white-space:nowrap; }
    .badge.blocking { color:var(--block); } .badge.review { color:var(--review); } .badge.info { color:var(--info); }
    .quote { color:var(--muted); font-style:italic; }
    .small { font-size:.85rem; }
    .nowrap { white-space:nowrap; }
    details { margin:.4rem 0; }
    details summary { cursor:pointer; padding:.3rem 0; }
    .samewords { margin:.8rem 0 .2rem; font-weight:600; }
    .grouphead { margin-top:1.2rem; }
    .state.onTime { color:var(--info); } .state.late, .state.unreadable { color:var(--block); } .state.missing { color:var(--review); }
    ul.changes li { margin:.25rem 0; }
    input.short { width:8rem; }
    fieldset { border:1px solid var(--line); border-radius:4px; display:flex; flex-direction:column; gap:.4rem; }
    form.teach { border-top:1px solid var(--line); padding-top:.6rem; }
    fieldset.numbers .number { border-bottom:1px solid var(--line); padding:.35rem 0; }
    fieldset.numbers .number:last-child { border-bottom:none; }
    form.stack fieldset.numbers label.pick { flex-direction:row; align-items:baseline; gap:.4rem; flex-wrap:wrap; }
    fieldset.numbers .row label { flex:1 1 12rem; }
    select { width:100%; text-overflow:ellipsis; }
    form.filters select, form.row select { width:auto; }
    .message { font-size:1.05rem; }
    .scroll { overflow-x:auto; }
    table.passage { border-collapse:collapse; }
    table.passage td { border:1px solid var(--line); padding:.35rem .5rem; vertical-align:top; }
    table.passage td.mark { background:#fff3b0; outline:2px solid #e0b800; }
    table.passage mark { background:#ffd54a; color:inherit; font-weight:600; padding:0 2px; border-radius:2px; }
    form.stack { display:flex; flex-direction:column; gap:.45rem; margin-bottom:1.2rem; max-width:40rem; }
    form.stack label { display:flex; flex-direction:column; gap:.2rem; }
    form.stack button { align-self:flex-start; }
    form.stack h3 { margin:.2rem 0 0; }
    details.edit { margin:.3rem 0; }
    details.edit summary { color:var(--accent); cursor:pointer; }
    details.edit[open] summary { margin-bottom:.4rem; }
    .preview h3 { font-size:1.05rem; margin:1rem 0 .4rem; }
    .preview h4 { font-size:1rem; margin:.8rem 0 .3rem; }
    .preview p.task { font-weight:600; }
    dl.pairs { margin:0; }
    dl.pairs div { display:flex; gap:.5rem; padding:.3rem .4rem; border-bottom:1px solid var(--line); }
    dl.pairs div.mark { background:#fff3b0; outline:2px solid #e0b800; }
    dl.pairs dt { flex:0 0 40%; color:var(--muted); }
    dl.pairs dd { margin:0; flex:1; }
    .phone-only { display:none; }
    button, .button { white-space:nowrap; }
    th.num { text-align:right; }
    form.row, .row { display:flex; gap:.5rem; align-items:center; }
    .wrap { flex-wrap:wrap; }
    form.inline { display:inline; }
    form.filters { display:flex; flex-wrap:wrap; gap:.5rem; margin-bottom:1rem; }
    input, select, button, .button { font:inherit; padding:.4rem .6rem; border:1px solid #9aa0a6; border-radius:4px; background:#fff; max-width:100%; }
    button, .button { background:var(--accent); color:#fff; border-color:var(--accent); cursor:pointer; text-decoration:none; display:inline-block; }
    button.secondary, .button.secondary { background:#fff; color:var(--accent); }
    button.link { background:none; border:none; color:#fff; text-decoration:underline; padding:0; }
    tr.reverted td { color:var(--muted); text-decoration:line-through; }
    .preview p { text-align:justify; font-family:"Times New Roman", "Liberation Serif", serif; font-size:1.05rem; }
    @media (max-width: 40rem) {
      table.list thead { display:none; }
      table.list tr { display:block; border-bottom:1px solid var(--line); padding:.3rem 0; }
      table.list td { display:block; border:none; padding:.1rem 0; }
      table.list td[data-label]::before { content: attr(data-label) ": "; color:var(--muted); font-size:.85rem; }
      header.top { gap:.25rem .75rem; padding:.4rem .75rem; }
      header.top nav { gap:.2rem .9rem; width:100%; }
      header.top nav a { white-space:nowrap; padding:.15rem 0; }
      .phone-only { display:block; }
      .wide-only { display:none; }
      th.num { text-align:left; }
      main { padding:.6rem; }
      .card { padding:.75rem; }
      form.row { flex-wrap:wrap; }
      td.num { text-align:left; }
      header.top .who { margin-left:0; }
    }
    """
}
