import type { commonEn } from './common.en';
import type { TranslationOf } from './text';

export const commonZhCN: TranslationOf<typeof commonEn> = {
  colon: '：',
  listSeparator: '、',
  none: '—',
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  quarters: ['一季度', '二季度', '三季度', '四季度'],
  quarterOfYear: '{{year}} 年第{{quarter}}',
  campaignStatus: { idea: '构想', planned: '计划中', 'in-progress': '进行中', done: '已完成', cancelled: '已取消' },
  campaignKind: { campaign: '营销活动', event: '活动', 'trade-show': '展会' },
  confidence: { low: '低', medium: '中', high: '高' },
  promotionTypes: {
    advertising: '广告', pr: '公关', 'sales-promotion': '销售促进',
    'direct-marketing': '直销推广', events: '活动与展会', 'content-social': '内容与社交媒体',
  },
  channelTypes: {
    'online-store': '线上商城', marketplace: '电商平台', retail: '线下零售',
    distributor: '代理商 / 分销商', 'direct-sales': '直销', partner: '合作伙伴 / 运营商',
  },
};
