// كل نصوص الواجهة بالعربية. Same keys as en.ts (the type and a unit test both enforce it).
import type { Messages } from './en.ts';

export const ar: Messages = {
  'app.name': 'تايلاينز',
  'app.loading': 'جارٍ تحميل القصة…',
  'problems.title': 'لا يمكن عرض هذه القصة',
  'problems.intro': 'في القصة {origin} عدد من المشكلات ({count}). أصلحها ثم أعد التحميل:',
  'problems.json': 'السطر {line}، العمود {column}',
  'problems.file': '(الملف)',
  'problems.back': 'افتح القصة الافتراضية بدلًا منها',
  'problems.crash': 'حدث خطأ أثناء رسم القصة.',
  'problems.retry': 'حاول مرة أخرى',
  'story.default': 'القصة الافتراضية',
  'date.circa': 'حوالي {date}',
  'table.caption': 'العلاقات في {date}',
  'table.tie': 'العلاقة بين',
  'table.relation': 'نوع العلاقة',
  'table.since': 'منذ',
  'table.empty': 'لا علاقات بعد في هذا التاريخ.',
};
