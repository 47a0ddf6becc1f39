import { DEFAULT_LABELS, type RichTextEditorLabels } from '@mantine/tiptap';
import type { UiLanguage } from '../../../../../shared/schema/primitives';

/** Mantine ships the toolbar's accessible names in English only; these are the Chinese ones. */
const ZH_LABELS: Partial<RichTextEditorLabels> = {
  boldControlLabel: '加粗',
  italicControlLabel: '斜体',
  underlineControlLabel: '下划线',
  strikeControlLabel: '删除线',
  clearFormattingControlLabel: '清除格式',
  linkControlLabel: '链接',
  unlinkControlLabel: '取消链接',
  bulletListControlLabel: '无序列表',
  orderedListControlLabel: '有序列表',
  h1ControlLabel: '一级标题',
  h2ControlLabel: '二级标题',
  h3ControlLabel: '三级标题',
  h4ControlLabel: '四级标题',
  blockquoteControlLabel: '引用',
  codeControlLabel: '代码',
  hrControlLabel: '分隔线',
  undoControlLabel: '撤销',
  redoControlLabel: '重做',
  linkEditorInputLabel: '输入网址',
  linkEditorInputPlaceholder: 'https://example.com/',
  linkEditorExternalLink: '在新窗口打开链接',
  linkEditorInternalLink: '在当前窗口打开链接',
  linkEditorSave: '保存',
  imageUploadControlLabel: '插入图片',
  tableInsertControlLabel: '插入表格',
  tableInsertLabel: (columns, rows) => `${rows} 行 × ${columns} 列`,
  tableDeleteControlLabel: '删除表格',
  tableColumnAfterControlLabel: '在右侧添加列',
  tableColumnDeleteControlLabel: '删除列',
  tableRowAfterControlLabel: '在下方添加行',
  tableRowDeleteControlLabel: '删除行',
};

const EN_LABELS: Partial<RichTextEditorLabels> = {
  imageUploadControlLabel: 'Insert image',
  tableInsertControlLabel: 'Insert table',
};

export function editorLabels(language: UiLanguage): RichTextEditorLabels {
  return { ...DEFAULT_LABELS, ...(language === 'zh-CN' ? ZH_LABELS : EN_LABELS) } as RichTextEditorLabels;
}
