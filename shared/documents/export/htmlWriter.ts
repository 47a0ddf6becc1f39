import { escapeHtml } from './escape';
import {
  CHANGE_LOG_ANCHOR, REQUIREMENTS_ANCHOR, changeLogHeader, coverFields, changeRecordRow, documentSections, exportWords, hasChangeLogSection,
  hasRequirementsSection, requirementHeader, requirementRow, type DocumentExportModel, type ExportWords,
} from './exportModel';
import { exportCss } from './htmlStyles';
import { richToHtml } from './htmlRich';

export { richToHtml } from './htmlRich';

/**
 * The complete exported HTML document. Two modes: 'file' for the .html download (one
 * scrolling page), 'print' for the PDF (cover and contents each on their own page, A4
 * rules). It loads nothing: a CSP meta forbids every fetch but inline styles and data: images,
 * so even if something slipped past the serializer it could neither run nor call home.
 */

export type HtmlExportMode = 'file' | 'print';

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/** Multi-line cell text: escaped, line breaks kept. */
const cell = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

function coverHtml(model: DocumentExportModel, labels: ExportWords): string {
  const meta = coverFields(model, labels)
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return [
    '<header class="cover">',
    model.kindLabel.trim() ? `<p class="cover-kind">${escapeHtml(model.kindLabel)}</p>` : '',
    `<h1 class="cover-title">${escapeHtml(model.title)}</h1>`,
    model.product.trim() ? `<p class="cover-product">${escapeHtml(model.product)}</p>` : '',
    `<dl class="cover-meta">${meta}</dl>`,
    '</header>',
  ].join('');
}

function tocHtml(model: DocumentExportModel, labels: ExportWords): string {
  const sections = documentSections(model);
  if (sections.length === 0) return '';
  const items = sections
    .map((section) => `<li class="toc-level-${section.level}"><a href="#${escapeHtml(section.anchor)}">${escapeHtml(section.text)}</a></li>`)
    .join('');
  return `<nav class="toc" aria-labelledby="toc-title"><h2 class="toc-title" id="toc-title">${escapeHtml(labels.contents)}</h2><ol>${items}</ol></nav>`;
}

function tableHtml(className: string, header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((text) => `<th>${escapeHtml(text)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((text) => `<td>${cell(text)}</td>`).join('')}</tr>`).join('');
  return `<table class="${className}">${head}<tbody>${body}</tbody></table>`;
}

function requirementsHtml(model: DocumentExportModel, labels: ExportWords): string {
  if (!hasRequirementsSection(model)) return '';
  return `<section class="requirements"><h1 id="${REQUIREMENTS_ANCHOR}">${escapeHtml(labels.requirements)}</h1>${tableHtml(
    'requirements-table',
    requirementHeader(labels),
    model.requirements.map((requirement) => requirementRow(model, labels, requirement)),
  )}</section>`;
}

function changeLogHtml(model: DocumentExportModel, labels: ExportWords): string {
  if (!hasChangeLogSection(model)) return '';
  const content = model.changeRecords.length === 0
    ? `<p class="empty-note">${escapeHtml(labels.noChanges)}</p>`
    : tableHtml(
        'change-log-table',
        changeLogHeader(labels),
        model.changeRecords.map((record) => changeRecordRow(labels, record)),
      );
  return `<section class="change-log"><h1 id="${CHANGE_LOG_ANCHOR}">${escapeHtml(labels.changeLog)}</h1>${content}</section>`;
}

export function documentToHtml(model: DocumentExportModel, options: { mode: HtmlExportMode }): string {
  const labels = exportWords(model.language);
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.language === 'zh-CN' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${exportCss(options.mode)}</style>`,
    '</head>',
    `<body class="export-${options.mode}">`,
    '<div class="page">',
    coverHtml(model, labels),
    tocHtml(model, labels),
    `<main class="document-body">${richToHtml(model.body.content ?? [])}</main>`,
    requirementsHtml(model, labels),
    changeLogHtml(model, labels),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
