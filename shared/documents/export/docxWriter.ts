import {
  AlignmentType, Document, Footer, InternalHyperlink, LevelFormat, Packer, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, WidthType, PageNumber, HeadingLevel, Bookmark, LineRuleType, type ISectionOptions,
} from 'docx';
import { commonTexts } from '../../i18n/texts';
import { templateParts } from '../../i18n/text';
import {
  CHANGE_LOG_ANCHOR, REQUIREMENTS_ANCHOR, changeLogHeader, coverFields, changeRecordRow, documentSections, exportWords, hasChangeLogSection,
  hasRequirementsSection, requirementHeader, requirementRow, type DocumentExportModel, type ExportWords,
} from './exportModel';
import { stripInvalidXmlChars } from './escape';
import { BODY_FONT, ORDERED_LIST, docxBookmarkName, richBlocks, textRuns } from './docxRich';
import { headingAnchors } from './richWalk';

/**
 * The DOCX export, built with the `docx` library so it runs in the browser and in Node
 * alike (Packer to a Uint8Array, no Buffer). Written to open cleanly in Word and
 * LibreOffice: a static contents list (a Word TOC field would show empty in LibreOffice
 * until updated), explicit fonts for Chinese, and page numbers as fields in the footer.
 */

const CM = 567; // twips per centimetre

function metadataLine(label: string, value: string, colon: string): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: stripInvalidXmlChars(label + colon), bold: true, color: '555555' }), ...textRuns(value)],
  });
}

function coverChildren(model: DocumentExportModel, labels: ExportWords): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 5 * CM, after: 200 }, children: textRuns(model.kindLabel, { color: '666666', size: 24, allCaps: model.language !== 'zh-CN' }) }),
    new Paragraph({ spacing: { after: 240 }, children: textRuns(model.title, { bold: true, size: 56 }) }),
    ...(model.product.trim() ? [new Paragraph({ spacing: { after: 600 }, children: textRuns(model.product, { size: 32, color: '444444' }) })] : []),
    ...coverFields(model, labels).map(([label, value]) => metadataLine(label, value, commonTexts[model.language].colon)),
  ];
}

function contentsChildren(model: DocumentExportModel, labels: ExportWords): Paragraph[] {
  return [
    new Paragraph({ spacing: { after: 240 }, children: textRuns(labels.contents, { bold: true, size: 32 }) }),
    ...documentSections(model).map((section) => new Paragraph({
      spacing: { after: 80 },
      indent: section.level === 2 ? { left: 720 } : undefined,
      children: [new InternalHyperlink({ anchor: docxBookmarkName(section.anchor), children: textRuns(section.text, section.level === 1 ? { bold: true } : {}) })],
    })),
  ];
}

/** Text width of an A4 page with the margins below (21 cm - 2 × 2.2 cm), in twips. */
const TEXT_WIDTH = Math.round(16.6 * CM);

/**
 * Relative column widths of the two data tables. Without them every column gets the same
 * width and eight columns break English words mid-word.
 */
const REQUIREMENT_COLUMNS = [1.9, 2.4, 3.0, 1.7, 2.3, 1.7, 1.5, 2.0];
const CHANGE_LOG_COLUMNS = [2.1, 2.6, 2.1, 2.1, 2.4, 1.8, 1.8, 1.8];

const twips = (weights: number[]) => {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.round((weight / total) * TEXT_WIDTH));
};

/** A data table (requirements, change log): header row repeated on each page, small type. */
function dataTable(header: string[], rows: string[][], weights: number[]): Table {
  const widths = twips(weights);
  const cell = (text: string, isHeader: boolean, column: number) => new TableCell({
    width: { size: widths[column] ?? 0, type: WidthType.DXA },
    children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(text, { size: 16, bold: isHeader }) })],
    ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'EEF1F4', color: 'auto' } } : {}),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: 70, right: 70, top: 30, bottom: 30 },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, column) => cell(text, true, column)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, false, column)) })),
    ],
  });
}

function sectionHeading(text: string, anchor: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new Bookmark({ id: docxBookmarkName(anchor), children: textRuns(text) })],
  });
}

function appendixChildren(model: DocumentExportModel, labels: ExportWords): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  if (hasRequirementsSection(model)) {
    children.push(sectionHeading(labels.requirements, REQUIREMENTS_ANCHOR));
    children.push(dataTable(requirementHeader(labels), model.requirements.map((requirement) => requirementRow(model, labels, requirement)), REQUIREMENT_COLUMNS));
  }
  if (hasChangeLogSection(model)) {
    children.push(sectionHeading(labels.changeLog, CHANGE_LOG_ANCHOR));
    children.push(model.changeRecords.length === 0
      ? new Paragraph({ children: textRuns(labels.noChanges, { italics: true }) })
      : dataTable(changeLogHeader(labels), model.changeRecords.map((record) => changeRecordRow(labels, record)), CHANGE_LOG_COLUMNS));
  }
  return children;
}

/** "Page 3 of 12" / "第 3 页，共 12 页" with live page fields. */
function pageFooter(labels: ExportWords): Footer {
  const [before = '', between = '', after = ''] = templateParts(labels.pageNumber, ['page', 'total']);
  const size = 18;
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: before, size, color: '666666' }),
        new TextRun({ children: [PageNumber.CURRENT], size, color: '666666' }),
        new TextRun({ text: between, size, color: '666666' }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size, color: '666666' }),
        ...(after ? [new TextRun({ text: after, size, color: '666666' })] : []),
      ],
    })],
  });
}

/** One decimal numbering definition for ordered lists, levels 0–8, each indented a step further. */
const orderedListLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

export async function documentToDocx(model: DocumentExportModel): Promise<Uint8Array> {
  const labels = exportWords(model.language);
  const bodyNodes = model.body.content ?? [];
  let listInstance = 0;
  const body = richBlocks(bodyNodes, {
    anchors: headingAnchors(bodyNodes),
    imageNote: labels.image,
    nextListInstance: () => (listInstance += 1),
  });
  const footer = { default: pageFooter(labels) };
  const page = { page: { margin: { top: 2 * CM, bottom: 2 * CM, left: 2.2 * CM, right: 2.2 * CM } } };
  const sections: ISectionOptions[] = [
    // The cover has no footer: it is page 1, but a number on a title page looks like a mistake.
    { properties: page, children: coverChildren(model, labels) },
  ];
  if (documentSections(model).length > 0) sections.push({ properties: page, footers: footer, children: contentsChildren(model, labels) });
  const main = [...body, ...appendixChildren(model, labels)];
  sections.push({ properties: page, footers: footer, children: main.length > 0 ? main : [new Paragraph({})] });

  // Latin text is tagged en-US even in a Chinese document: tagged zh-CN, LibreOffice breaks English
  // words anywhere, mid-word, as it does Chinese. What differs per language is the font hint:
  // in Chinese text, shared punctuation such as “ ” ‘ ’ … takes the Chinese font.
  const language = { value: 'en-US', eastAsia: 'zh-CN' };
  const font = model.language === 'zh-CN' ? { ...BODY_FONT, hint: 'eastAsia' } : BODY_FONT;
  const headingRun = (size: number) => ({ run: { font, size, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } });
  const document = new Document({
    title: stripInvalidXmlChars(model.title),
    creator: stripInvalidXmlChars(model.author),
    subject: stripInvalidXmlChars(model.product),
    description: stripInvalidXmlChars(model.kindLabel),
    styles: {
      default: {
        document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } } },
        heading1: headingRun(34),
        heading2: headingRun(28),
        heading3: headingRun(24),
        heading4: headingRun(22),
        heading5: headingRun(22),
        heading6: headingRun(22),
      },
    },
    numbering: { config: [{ reference: ORDERED_LIST, levels: orderedListLevels }] },
    sections,
  });
  return Packer.pack(document, 'uint8array');
}
