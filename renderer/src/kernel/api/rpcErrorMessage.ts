import type { RpcError } from '../../../../shared/contract/errors';
import type { UiLanguage } from '../../../../shared/schema/primitives';

/** "path — reason" lines for the issues attached to an error, in the UI language. */
export function issueLines(issues: RpcError['issues'], language: UiLanguage): string[] {
  return (issues ?? []).map((issue) => `${issue.path} — ${language === 'zh-CN' ? issue.zh : issue.en}`);
}
