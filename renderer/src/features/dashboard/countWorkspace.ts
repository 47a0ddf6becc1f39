import type { Workspace } from '../../../../shared/schema/workspace';

export interface WorkspaceCounts {
  strategies: number;
  campaigns: number;
  events: number;
  documents: number;
  templates: number;
  workshops: number;
}

/** Campaigns and events share one list; the dashboard counts them apart, as the teams talk about them. */
export function countWorkspace(workspace: Workspace): WorkspaceCounts {
  let campaigns = 0;
  let events = 0;
  for (const campaign of workspace.campaigns) {
    if (campaign.kind === 'campaign') campaigns += 1;
    else events += 1;
  }
  return {
    strategies: workspace.strategies.length,
    campaigns,
    events,
    documents: workspace.documents.length,
    templates: workspace.templates.length,
    workshops: workspace.workshops.length,
  };
}
