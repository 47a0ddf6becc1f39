import type { TranslationOf } from '../../../../../shared/i18n/text';
import type { dashboardEn } from './dashboardEn';

export const dashboardZh: TranslationOf<typeof dashboardEn> = {
  title: '概览',
  company: '公司',
  noCompany: '尚未填写公司名称',
  counts: '工作区内容',
  strategies: '策略',
  campaigns: '营销活动',
  events: '活动与展会',
  documents: '文档',
  templates: '模板',
  workshops: '研讨会',
  saveStatus: '保存状态',
  lastSaved: '上次保存',
  filePath: '工作区文件',
};
