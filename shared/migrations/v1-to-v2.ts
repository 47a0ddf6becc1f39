/**
 * Version 1 was the first draft file format: the company was two loose fields
 * (`companyName`, `companyIndustry`) and there were no templates, workshops or
 * requirement-priority setting. Version 2 groups the company profile and adds them.
 * Migrations work on untrusted plain JSON: they only move what is there and leave
 * anything malformed for the schema to report with its exact path.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateV1ToV2(doc: Json): Json {
  const { companyName, companyIndustry, ...rest } = doc;
  const settings = isObject(doc.settings) ? doc.settings : {};
  return {
    ...rest,
    schemaVersion: 2,
    company: {
      name: typeof companyName === 'string' && companyName.trim() ? companyName : 'My company',
      industry: typeof companyIndustry === 'string' ? companyIndustry : '',
      description: '',
      website: '',
      logoDataUrl: null,
    },
    templates: Array.isArray(doc.templates) ? doc.templates : [],
    workshops: Array.isArray(doc.workshops) ? doc.workshops : [],
    settings: { requirementPriorityScheme: 'moscow', contentLanguage: 'en', ...settings },
  };
}
