/** English text of the dashboard area (namespace 'dashboard'). */
export const dashboardEn = {
  title: 'Dashboard',
  company: 'Company',
  noCompany: 'No company name yet',
  counts: 'What this workspace holds',
  strategies: 'Strategies',
  campaigns: 'Campaigns',
  events: 'Events & trade shows',
  documents: 'Documents',
  templates: 'Templates',
  workshops: 'Workshop sessions',
  saveStatus: 'Save status',
  lastSaved: 'Last saved',
  filePath: 'Workspace file',
} as const;
