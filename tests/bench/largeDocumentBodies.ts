import type { DocumentKind } from '../../shared/schema/document';
import type { Random } from './seededRandom';

/**
 * Bodies of BRD / PRD / launch-brief … documents as the editor stores them: h2/h3 headings,
 * paragraphs with bold, italic and links, bullet and numbered lists (list items hold a <p>, as
 * Tiptap writes them), tables with a header row, the odd blockquote and a live strategy block.
 * English and Chinese text mixed, as bilingual teams write. Only fixed, harmless text: this is
 * a size and shape benchmark, not a hostile-input test.
 */

const SENTENCES = [
  'Customers in tier-two cities compare kettles on temperature control, app reliability and after-sales service.',
  'Retail partners expect a display unit and a trained promoter for every store that stocks the premium range.',
  'The first production run is 8,000 units; the factory can double that within six weeks of a firm order.',
  'Returns above 3 % in the first quarter trigger a design review with the quality team.',
  'Firmware updates ship every two months and never change a preset the user has saved.',
  'Marketplace campaigns convert best in the two weeks before a shopping festival, not during it.',
  'The warranty card links to a support page in both languages and to the service hotline.',
  'Packaging must pass a 1.2 m drop test and fit the standard courier box without filler.',
  '二线城市的用户最关心温控精度、应用稳定性和售后服务。',
  '首批生产8,000台，工厂可在收到正式订单后六周内产能翻倍。',
  '电商大促前两周的转化率最高，大促期间反而回落。',
  '零售合作伙伴希望每家门店都有展示样机和经过培训的促销员。',
  '包装须通过1.2米跌落测试，并能放入标准快递箱。',
  'Sales asked for a one-page comparison against Kettlo and Aquaheat for distributor meetings.',
  'The app onboarding must finish in under two minutes on a mid-range phone.',
  'We keep the price above 399 CNY; promotions give gifts, not discounts, in the first six months.',
];

const HEADINGS: Record<DocumentKind, string[]> = {
  brd: ['Business opportunity', 'Market and customers', 'Business case', 'Scope', 'Success metrics', 'Stakeholders', 'Risks and mitigations', 'Timeline', '业务背景', '风险与应对'],
  prd: ['Product vision', 'Target users', 'User stories', 'Detailed features', 'Non-functional requirements', 'Release plan', 'Open questions', '产品愿景', '详细功能'],
  'launch-brief': ['Objective', 'Key message', 'Audience', 'Channels', 'Timeline', 'Budget', '发布目标'],
  'trade-show-plan': ['Why this show', 'Booth and staffing', 'Lead capture', 'Budget', 'Follow-up', '展位安排'],
  'change-request': ['Requested change', 'Reason', 'Impact', 'Implementation plan', '变更说明'],
  other: ['Summary', 'Background', 'Notes', 'Next steps', '备注'],
};

const LIST_ITEMS = [
  'Temperature presets for green, white and oolong tea', 'Keep-warm schedule from the app', 'Child lock on the lid and the base',
  'Descaling reminder after 60 boils', 'Two-year warranty with 48-hour replacement', 'Gift box for the autumn festival',
  '支持微信小程序控制', '保温时长可设定为1至12小时', 'Distributor price list in CNY and USD', 'Booth staff briefing the day before',
  'Press kit with product photos and the founder interview', 'Sample units for 40 tea houses',
];

const TABLE_SHAPES = [
  { head: ['Metric', 'Target', 'Owner'], cells: [['Units sold', '24,000', 'Sales'], ['Gross margin', '45 %', 'Finance'], ['App rating', '4.6', 'Product'], ['Return rate', '< 3 %', 'Quality']] },
  { head: ['Risk', 'Likelihood', 'Mitigation'], cells: [['Competitor price cut', 'Medium', 'Bundle tea samples'], ['Late tooling', 'Low', 'Second supplier quoted'], ['App store review delay', 'Medium', 'Submit two weeks early']] },
  { head: ['Milestone', 'Date', '负责人'], cells: [['Design freeze', 'March', '产品部'], ['Pilot run', 'May', '工厂'], ['Launch', 'September', '市场部']] },
  { head: ['Channel', 'Share', 'Cost %'], cells: [['Online store', '30 %', '8 %'], ['Marketplace', '35 %', '15 %'], ['Retail', '15 %', '25 %'], ['Distributors', '15 %', '20 %']] },
];

const BLOCK_KINDS = ['positioning', 'target-market', 'competitors', 'price-tiers', 'channel-mix'] as const;

function inline(text: string, random: Random, n: number): string {
  if (random.chance(0.15)) return `${text} <strong>Decision ${n}:</strong> keep this for the next release.`;
  if (random.chance(0.1)) return `${text} <em>(see the research notes)</em>`;
  if (random.chance(0.05)) return `${text} Details: <a href="https://example.com/specs/${n}">spec ${n}</a>.`;
  return text;
}

function paragraph(random: Random, n: number): string {
  const count = random.int(2, 5);
  const parts = Array.from({ length: count }, () => random.pick(SENTENCES));
  return `<p>${inline(parts.join(' '), random, n)}</p>`;
}

function list(random: Random, ordered: boolean): string {
  const items = Array.from({ length: random.int(3, 7) }, () => `<li><p>${random.pick(LIST_ITEMS)}</p></li>`).join('');
  return ordered ? `<ol>${items}</ol>` : `<ul>${items}</ul>`;
}

function table(random: Random): string {
  const shape = random.pick(TABLE_SHAPES);
  const row = (cells: readonly string[], tag: 'th' | 'td') => `<tr>${cells.map((c) => `<${tag}><p>${c}</p></${tag}>`).join('')}</tr>`;
  return `<table><tbody>${row(shape.head, 'th')}${shape.cells.map((cells) => row(cells, 'td')).join('')}</tbody></table>`;
}

/** One section: a heading, then paragraphs with a list, a table, a sub-section or a quote mixed in. */
function section(kind: DocumentKind, index: number, random: Random, strategyId: string | null): string {
  const headings = HEADINGS[kind];
  const base = headings[index % headings.length]!;
  const round = Math.floor(index / headings.length);
  const parts = [`<h2>${round === 0 ? base : `${base} (${round + 1})`}</h2>`, paragraph(random, index)];
  if (random.chance(0.5)) parts.push(list(random, random.chance(0.3)));
  if (random.chance(0.3)) parts.push(table(random));
  if (random.chance(0.35)) parts.push(`<h3>${random.pick(LIST_ITEMS)}</h3>`, paragraph(random, index + 1));
  if (random.chance(0.08)) parts.push(`<blockquote><p>${random.pick(SENTENCES)}</p></blockquote>`);
  if (strategyId && random.chance(0.04)) parts.push(`<div data-strategy-block="${random.pick(BLOCK_KINDS)}" data-strategy-id="${strategyId}"></div>`);
  parts.push(paragraph(random, index + 2));
  return parts.join('');
}

/** Sections of the document's kind until the body reaches about `targetBytes` characters. */
export function documentBody(kind: DocumentKind, targetBytes: number, random: Random, strategyId: string | null): string {
  const sections: string[] = [];
  let length = 0;
  for (let i = 0; length < targetBytes; i += 1) {
    const next = section(kind, i, random, strategyId);
    sections.push(next);
    length += next.length;
  }
  return sections.join('');
}

/** An earlier draft: the body as it stood a few sections ago (cut at a section boundary). */
export function earlierDraft(body: string, keepFraction: number): string {
  const starts = [...body.matchAll(/<h2>/g)].map((match) => match.index);
  const keep = Math.max(1, Math.floor(starts.length * keepFraction));
  return keep >= starts.length ? body : body.slice(0, starts[keep]);
}
