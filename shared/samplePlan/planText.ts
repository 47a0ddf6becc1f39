/** The words of the sample plan, per language. Numbers, ids and dates are shared by the builder. */
export interface SampleText {
  workspaceName: string;
  company: { name: string; industry: string; description: string; website: string };
  strategy: {
    name: string; product: string; market: string;
    sources: [string, string, string]; findings: [string, string, string];
    competitors: Array<{ name: string; website: string; strengths: string; weaknesses: string }>;
    researchNotes: string;
    segments: Array<{ name: string; description: string }>;
    personas: Array<{ name: string; role: string; goals: string; pains: string; criteria: string; channels: string }>;
    statement: { target: string; need: string; product: string; category: string; benefit: string; competitor: string; differentiator: string };
    differentiation: [string, string, string];
    axes: { xLow: string; xHigh: string; yLow: string; yHigh: string };
    ownLabel: string;
    tiers: Array<{ name: string; includes: string }>;
    discountPolicy: string;
    channels: Array<{ name: string; role: string; owner: string }>;
    promotion: Array<{ objective: string; message: string; kpi: string }>;
    implementation: string;
  };
  campaigns: Array<{ name: string; objective: string; owner: string; activities: [string, string, string] }>;
  tradeShow: { venue: string; contacts: string; intel: string; brand: string };
  brd: { title: string; body: string; change: { description: string; reason: string; impact: string; plan: string; requestedBy: string; approver: string } };
  prd: { title: string; body: string; requirements: Array<{ title: string; description: string; criteria: string }> };
  template: { name: string; sections: Array<{ title: string; guidance: string }> };
  workshop: { title: string; facilitator: string; attendees: string[]; steps: [string, string, string, string, string, string] };
  /** The marketing plan export: its title (with the sample's year), author, summary and objectives. */
  plan: {
    title: (year: number) => string;
    author: string;
    /** Paragraphs separated by a blank line, as the user would type them. */
    executiveSummary: string;
    objectives: {
      revenue: { name: string; notes: string };
      units: { name: string; unit: string; notes: string };
      awareness: { name: string; notes: string };
    };
  };
}
