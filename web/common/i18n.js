// Labels in Vietnamese (the default) and English, the chosen language kept in localStorage, and number formats
// that follow the language (28.000 and 96,4 % in Vietnamese; 28,000 and 96.4% in English).

const STORAGE_KEY = 'customs.lang';
export const LANGUAGES = ['vi', 'en'];

const LABELS = {
  vi: {
    'lang.vi': 'Tiếng Việt', 'lang.en': 'English', 'lang.switch': 'Ngôn ngữ',
    'board.title': 'Bảng chỉ số của Cục Hải quan', 'board.subtitle': 'Các cửa khẩu trong quý, nhìn một lần',
    'period': 'Kỳ', 'period.quarter': 'Quý {q}/{y}', 'period.toDate': 'đến nay', 'period.range': 'từ {from} đến {to}',
    'signin.title': 'Đăng nhập để xem bảng chỉ số',
    'signin.paste': 'Dán mã truy cập (bearer token)', 'signin.use': 'Xem bảng chỉ số',
    'signin.hint': 'Chạy cục bộ: lấy mã bằng lệnh {hint}',
    'signin.oidc': 'Đăng nhập', 'signin.or': 'hoặc',
    'signin.expired': 'Phiên đăng nhập đã hết hạn hoặc mã không hợp lệ. Xin đăng nhập lại.',
    'signin.failed': 'Đăng nhập không thành công: {detail}',
    'signout': 'Đăng xuất',
    'refused.title': 'Bạn không có quyền xem bảng chỉ số',
    'refused.text': 'Bảng chỉ số dành cho người có vai trò DASHBOARD. Tài khoản này không có vai trò đó; các dịch vụ đã từ chối (403).',
    'refused.other': 'Đăng nhập bằng tài khoản khác',
    'loading': 'Đang tải số liệu…', 'error.service': '{service} không trả lời: {detail}',
    'error.config': 'Không đọc được config.json: {detail}',
    'dept': 'Toàn Cục', 'gate': 'Cửa khẩu',
    'section.summary': 'Toàn Cục trong kỳ', 'section.charts': 'Biểu đồ theo cửa khẩu', 'section.table': 'Số liệu theo cửa khẩu',
    'section.declarations': 'Tờ khai hải quan', 'section.hotline': 'Đường dây nóng', 'section.inspections': 'Kiểm tra công vụ',
    'section.staffing': 'Luân chuyển cán bộ',
    'fig.declarations': 'Tờ khai', 'fig.electronicShare': 'Tỷ lệ khai điện tử', 'fig.onTimeShare': 'Tỷ lệ thông quan đúng hạn',
    'fig.received': 'Phản ánh đã nhận', 'fig.open': 'Đang xử lý', 'fig.overdue': 'Quá hạn',
    'fig.thematic': 'Kiểm tra chuyên đề', 'fig.surprise': 'Kiểm tra đột xuất', 'fig.targeted': 'Kiểm tra có mục tiêu',
    'fig.findings': 'Vi phạm phát hiện', 'fig.heads': 'Người đứng đầu bị quy trách nhiệm',
    'fig.moves': 'Đã luân chuyển', 'fig.due': 'Đến hạn luân chuyển', 'fig.rotationOverdue': 'Quá hạn luân chuyển',
    'cat.UNIFORM': 'Trang phục', 'cat.NAME_BADGE': 'Biển tên', 'cat.CONDUCT': 'Tác phong, thái độ', 'cat.PROCEDURE': 'Thủ tục',
    'cat.DELAY': 'Chậm trễ', 'cat.BRIBERY': 'Nhận hối lộ', 'cat.OTHER': 'Khác',
    'target': 'mục tiêu {value}', 'target.met': 'đạt mục tiêu', 'target.missed': 'chưa đạt mục tiêu',
    'chart.electronic': 'Tỷ lệ khai điện tử so với mục tiêu 90%', 'chart.onTime': 'Tỷ lệ thông quan đúng hạn so với mục tiêu 100%',
    'chart.reports': 'Phản ánh qua đường dây nóng', 'chart.inspections': 'Kiểm tra theo loại',
    'chart.findings': 'Vi phạm theo loại (toàn Cục)', 'chart.rotations': 'Luân chuyển cán bộ',
    'panel.close': 'Đóng', 'panel.more': 'Xem thêm', 'panel.empty': 'Không có mục nào.',
    'panel.refused': 'Vai trò của bạn không được xem danh sách này ({service} trả lời 403). Con số tổng hợp vẫn đúng; danh sách chi tiết dành cho vai trò khác (ví dụ AUDITOR).',
    'panel.source': 'Nguồn: {url}', 'panel.filtered': 'Lọc theo cửa khẩu và kỳ trên trình duyệt.',
    'none': '—', 'sources': 'Nguồn số liệu: API thống kê của bốn dịch vụ, đọc bằng mã truy cập của bạn.',
    'public.title': 'Số liệu công khai của Cục Hải quan',
    'public.subtitle': 'Theo cửa khẩu và quý; chỉ số tổng hợp, số nhỏ hơn 5 được ẩn ("< 5").',
    'public.declarations': 'Tờ khai', 'public.lodged': 'Tờ khai đã tiếp nhận',
    'public.electronicShare': 'Tỷ lệ khai điện tử', 'public.clearedWithinCharterShare': 'Tỷ lệ giải quyết đúng thời hạn cam kết',
    'public.hotline': 'Đường dây nóng', 'public.received': 'Phản ánh đã nhận', 'public.accepted': 'Đã thụ lý',
    'public.settledWithinTerm': 'Giải quyết trong thời hạn luật định',
    'public.inspections': 'Kiểm tra công vụ đã tiến hành', 'public.thematic': 'Chuyên đề', 'public.surprise': 'Đột xuất',
    'public.targeted': 'Có mục tiêu',
    'public.unavailable': 'Chưa có số liệu công bố ({service}: {detail}).',
    'public.boardLink': 'Bảng chỉ số nội bộ',
    'col.number': 'Số tờ khai',
    'col.status': 'Trạng thái',
    'col.channel': 'Luồng',
    'col.gateCode': 'Cửa khẩu',
    'col.clock.state': 'Thời hạn',
    'col.receivedAt': 'Nhận lúc',
    'col.kind': 'Loại',
    'col.category': 'Nhóm',
    'col.unitCode': 'Đơn vị',
    'col.deadlineState': 'Hạn xử lý',
    'col.decisionNumber': 'Số quyết định',
    'col.type': 'Loại',
    'col.plannedStart': 'Dự kiến bắt đầu',
    'col.startedOn': 'Bắt đầu',
    'col.scope': 'Nội dung',
    'col.officerName': 'Cán bộ',
    'col.postTitle': 'Vị trí',
    'col.rotationDate': 'Hạn luân chuyển',
    'col.standing': 'Tình trạng',
    'col.exemption': 'Miễn trừ',
    'col.validFrom': 'Từ ngày',
    'col.violationDate': 'Ngày vi phạm',
    'col.reason': 'Lý do',
    'col.accountableHeadOfficerId': 'Người đứng đầu chịu trách nhiệm',
  },
  en: {
    'lang.vi': 'Tiếng Việt', 'lang.en': 'English', 'lang.switch': 'Language',
    'board.title': 'Customs department KPI board', 'board.subtitle': 'The quarter at the gates, at a glance',
    'period': 'Period', 'period.quarter': 'Q{q} {y}', 'period.toDate': 'to date', 'period.range': 'from {from} to {to}',
    'signin.title': 'Sign in to see the KPI board',
    'signin.paste': 'Paste an access token (bearer token)', 'signin.use': 'Show the board',
    'signin.hint': 'Running locally: get one with {hint}',
    'signin.oidc': 'Sign in', 'signin.or': 'or',
    'signin.expired': 'Your sign-in has expired or the token is not valid. Please sign in again.',
    'signin.failed': 'Sign-in failed: {detail}',
    'signout': 'Sign out',
    'refused.title': 'You may not see the KPI board',
    'refused.text': 'The KPI board is for people with the DASHBOARD role. This account does not have it; the services refused (403).',
    'refused.other': 'Sign in as someone else',
    'loading': 'Loading the figures…', 'error.service': '{service} did not answer: {detail}',
    'error.config': 'config.json could not be read: {detail}',
    'dept': 'Department', 'gate': 'Gate',
    'section.summary': 'The department in the period', 'section.charts': 'Charts by gate', 'section.table': 'Figures by gate',
    'section.declarations': 'Customs declarations', 'section.hotline': 'Hotline', 'section.inspections': 'Inspections of the forces',
    'section.staffing': 'Rotation of officers',
    'fig.declarations': 'Declarations', 'fig.electronicShare': 'E-declaration share', 'fig.onTimeShare': 'Cleared on time',
    'fig.received': 'Reports received', 'fig.open': 'Open', 'fig.overdue': 'Overdue',
    'fig.thematic': 'Thematic inspections', 'fig.surprise': 'Surprise inspections', 'fig.targeted': 'Targeted inspections',
    'fig.findings': 'Findings', 'fig.heads': 'Unit heads held accountable',
    'fig.moves': 'Rotations done', 'fig.due': 'Due for rotation', 'fig.rotationOverdue': 'Overdue for rotation',
    'cat.UNIFORM': 'Uniform', 'cat.NAME_BADGE': 'Name badge', 'cat.CONDUCT': 'Conduct', 'cat.PROCEDURE': 'Procedure',
    'cat.DELAY': 'Delay', 'cat.BRIBERY': 'Bribery', 'cat.OTHER': 'Other',
    'target': 'target {value}', 'target.met': 'target met', 'target.missed': 'below target',
    'chart.electronic': 'E-declaration share against the 90% target', 'chart.onTime': 'Cleared on time against the 100% target',
    'chart.reports': 'Hotline reports', 'chart.inspections': 'Inspections by type',
    'chart.findings': 'Findings by category (department)', 'chart.rotations': 'Rotation of officers',
    'panel.close': 'Close', 'panel.more': 'More', 'panel.empty': 'No items.',
    'panel.refused': 'Your role may not read this list ({service} answered 403). The figure itself is right; the list behind it is for another role (e.g. AUDITOR).',
    'panel.source': 'Source: {url}', 'panel.filtered': 'Filtered by gate and period in the browser.',
    'none': '—', 'sources': 'Figures from the four services\' statistics APIs, read with your access token.',
    'public.title': 'Published figures of the customs department',
    'public.subtitle': 'Per gate and quarter; aggregates only, counts under 5 are suppressed ("< 5").',
    'public.declarations': 'Declarations', 'public.lodged': 'Declarations lodged',
    'public.electronicShare': 'E-declaration share', 'public.clearedWithinCharterShare': 'Handled within the charter time',
    'public.hotline': 'Hotline', 'public.received': 'Reports received', 'public.accepted': 'Accepted',
    'public.settledWithinTerm': 'Settled within the legal time',
    'public.inspections': 'Inspections carried out', 'public.thematic': 'Thematic', 'public.surprise': 'Surprise',
    'public.targeted': 'Targeted',
    'public.unavailable': 'No published figures yet ({service}: {detail}).',
    'public.boardLink': 'Internal KPI board',
    'col.number': 'Number',
    'col.status': 'Status',
    'col.channel': 'Channel',
    'col.gateCode': 'Gate',
    'col.clock.state': 'Charter clock',
    'col.receivedAt': 'Received at',
    'col.kind': 'Kind',
    'col.category': 'Category',
    'col.unitCode': 'Unit',
    'col.deadlineState': 'Deadline',
    'col.decisionNumber': 'Decision',
    'col.type': 'Type',
    'col.plannedStart': 'Planned start',
    'col.startedOn': 'Started on',
    'col.scope': 'Scope',
    'col.officerName': 'Officer',
    'col.postTitle': 'Post',
    'col.rotationDate': 'Rotation date',
    'col.standing': 'Standing',
    'col.exemption': 'Exemption',
    'col.validFrom': 'From',
    'col.violationDate': 'Violation date',
    'col.reason': 'Reason',
    'col.accountableHeadOfficerId': 'Accountable head',
  },
};

export function language() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(stored) ? stored : 'vi';
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, LANGUAGES.includes(lang) ? lang : 'vi');
  document.documentElement.lang = language();
}

/** The label of `key` in the current language, with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = LABELS[language()][key] ?? LABELS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Fills every element carrying data-i18n="key" under `root` with its label. */
export function applyLabels(root = document) {
  document.documentElement.lang = language();
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
}

function locale() {
  return language() === 'vi' ? 'vi-VN' : 'en-US';
}

/** A count as people of the language write it; a missing one as a dash. */
export function formatCount(value) {
  return typeof value === 'number' ? new Intl.NumberFormat(locale()).format(value) : t('none');
}

/** A share given in percent (96.4), with one decimal. */
export function formatPercent(value) {
  return typeof value === 'number'
    ? new Intl.NumberFormat(locale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
        .format(value / 100)
    : t('none');
}

/** A language switch: one button per language, the current one pressed; `onChange` re-renders the page. */
export function languageSwitch(container, onChange) {
  container.replaceChildren();
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', t('lang.switch'));
  for (const lang of LANGUAGES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lang';
    button.dataset.lang = lang;
    button.textContent = lang.toUpperCase();
    button.title = t(`lang.${lang}`);
    button.setAttribute('aria-pressed', String(lang === language()));
    button.addEventListener('click', () => {
      setLanguage(lang);
      languageSwitch(container, onChange);
      onChange();
    });
    container.append(button);
  }
}
