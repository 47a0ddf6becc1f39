import type { z } from 'zod';

/** One problem found in a document: where (a readable path) and why, in both UI languages. */
export interface IssueSummary {
  path: string;
  en: string;
  zh: string;
}

/** ["campaigns", 3, "endDate"] -> "campaigns[3].endDate" — how users and support talk about a spot in the file. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

function describe(issue: z.core.$ZodIssue): { en: string; zh: string } {
  const reason = issue.code === 'custom' ? (issue.params?.reason as string | undefined) ?? issue.message : issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { en: `is missing (expected ${issue.expected})`, zh: `缺少此项（应为 ${issue.expected}）` }
        : { en: `has the wrong type (expected ${issue.expected})`, zh: `类型错误（应为 ${issue.expected}）` };
    case 'too_big':
      return issue.origin === 'string'
        ? { en: `is too long (limit ${issue.maximum} characters)`, zh: `过长（上限 ${issue.maximum} 个字符）` }
        : issue.origin === 'array'
          ? { en: `has too many items (limit ${issue.maximum})`, zh: `条目过多（上限 ${issue.maximum}）` }
          : { en: `is too large (maximum ${issue.maximum})`, zh: `数值过大（最大 ${issue.maximum}）` };
    case 'too_small':
      return issue.origin === 'string'
        ? { en: 'must not be empty', zh: '不能为空' }
        : issue.origin === 'array'
          ? { en: `needs at least ${issue.minimum} item(s)`, zh: `至少需要 ${issue.minimum} 项` }
          : { en: `is too small (minimum ${issue.minimum})`, zh: `数值过小（最小 ${issue.minimum}）` };
    case 'invalid_value':
      return { en: `must be one of: ${issue.values.map(String).join(', ')}`, zh: `必须是以下之一：${issue.values.map(String).join(', ')}` };
    case 'invalid_format':
      return issue.format === 'datetime'
        ? { en: 'is not a valid date and time', zh: '不是有效的日期时间' }
        : { en: `has an invalid format (${issue.message})`, zh: `格式无效（${issue.message}）` };
    case 'custom':
      if (reason === 'calendar-date') return { en: 'is not a real calendar date (YYYY-MM-DD)', zh: '不是有效的日历日期（YYYY-MM-DD）' };
      if (reason === 'required') return { en: 'must not be empty', zh: '不能为空' };
      if (reason === 'forbidden-key') return { en: 'uses a reserved key name', zh: '使用了保留的键名' };
      if (reason === 'end-before-start') return { en: 'ends before it starts', zh: '结束日期早于开始日期' };
      return { en: reason, zh: reason };
    default:
      return { en: issue.message, zh: issue.message };
  }
}

/** Turns zod issues into at most `limit` readable lines so a broken file gets a useful, short report. */
export function summarizeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, limit = 20): IssueSummary[] {
  return issues.slice(0, limit).map((issue) => ({ path: formatPath(issue.path), ...describe(issue) }));
}
