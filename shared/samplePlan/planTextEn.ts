import type { SampleText } from './planText';

export const sampleEn: SampleText = {
  workspaceName: 'Brightleaf marketing plan',
  company: {
    name: 'Brightleaf Home Appliances',
    industry: 'Small kitchen appliances',
    description: 'A 30-person company designing smart kettles and tea makers sold online and through kitchen retailers.',
    website: 'https://brightleaf.example',
  },
  strategy: {
    name: 'Smart kettle — urban young professionals',
    product: 'Brightleaf Smart Kettle S2',
    market: 'Tier-one and tier-two cities',
    sources: ['Online survey of 412 kettle buyers', 'Marketplace sales ranking, small appliances', 'Interviews with 12 kitchen-store managers'],
    findings: [
      'Two thirds of buyers under 35 want exact temperature control for tea and baby formula.',
      'Premium kettles above 400 grew 23 % last year while the mass segment was flat.',
      'Store managers say demos at the shelf double conversion for smart appliances.',
    ],
    competitors: [
      { name: 'Kettlo', website: 'https://kettlo.example', strengths: 'Market leader, huge distribution', weaknesses: 'Dated design, weak app' },
      { name: 'PureBoil', website: 'https://pureboil.example', strengths: 'Lowest price, strong on marketplaces', weaknesses: 'Quality complaints, no temperature presets' },
      { name: 'Aurum Living', website: 'https://aurum.example', strengths: 'Luxury brand image', weaknesses: 'Price twice ours, slow delivery' },
    ],
    researchNotes: 'Repeat the survey after the spring launch to measure awareness.',
    segments: [
      { name: 'Young urban professionals', description: 'Aged 25–35, tea and coffee at home, buy online, value design.' },
      { name: 'New parents', description: 'Need exact 45 °C water for formula, safety first.' },
      { name: 'Gift buyers', description: 'Buy for holidays and housewarmings, sensitive to packaging.' },
      { name: 'Small offices', description: 'Pantry kettles for 5–20 people, durability matters.' },
    ],
    personas: [
      { name: 'Lena, product designer', role: 'Buyer and user', goals: 'A kettle that looks good and makes the right tea', pains: 'Cheap kettles rust and beep loudly', criteria: 'Design, temperature presets, reviews', channels: 'Marketplaces, social media, design blogs' },
      { name: 'Tom, new father', role: 'Buyer', goals: 'Safe water for formula at night', pains: 'Waiting for water to cool down', criteria: 'Safety certification, keep-warm mode', channels: 'Parenting forums, online store' },
    ],
    statement: {
      target: 'urban young professionals', need: 'want the right water temperature for every drink',
      product: 'Brightleaf Smart Kettle', category: 'smart kettle', benefit: 'heats to the exact degree and keeps it warm from your phone',
      competitor: 'Kettlo', differentiator: 'combines a design-award body with an app that just works',
    },
    differentiation: ['Exact temperature in 1 °C steps with presets for tea types', 'Design-award stainless body in four colours', 'Two-year warranty with 48-hour replacement'],
    axes: { xLow: 'Low price', xHigh: 'High price', yLow: 'Basic', yHigh: 'Smart and stylish' },
    ownLabel: 'Brightleaf S2',
    tiers: [
      { name: 'S2 Basic', includes: 'Kettle, four presets' },
      { name: 'S2 Connect', includes: 'App control, keep-warm schedules' },
      { name: 'S2 Gift set', includes: 'Connect model, two glass cups, gift box' },
    ],
    discountPolicy: 'No discounts above 15 %; launch offer limited to two weeks; gift-set bundles instead of price cuts.',
    channels: [
      { name: 'Own online store', role: 'Full range, launches, bundles', owner: 'Mia Chen' },
      { name: 'Marketplaces', role: 'Volume and reviews', owner: 'Mia Chen' },
      { name: 'Kitchen retail chains', role: 'Demos and trial', owner: 'David Li' },
      { name: 'Regional distributors', role: 'Tier-two cities', owner: 'David Li' },
      { name: 'Corporate gifting partners', role: 'Holiday gift orders', owner: 'Sara Wang' },
    ],
    promotion: [
      { objective: 'Awareness among 25–35 buyers', message: 'The right temperature for every drink', kpi: '2 million impressions' },
      { objective: 'Earn design and tech press coverage', message: 'Award-winning design meets a kettle app that works', kpi: '15 articles' },
      { objective: 'Trial in stores', message: 'Taste the difference 80 °C makes', kpi: '3,000 demo cups served' },
      { objective: 'Reactivate past customers', message: 'Upgrade to S2 with your loyalty credit', kpi: '8 % redemption' },
      { objective: 'Meet distributors and retailers', message: 'A premium kettle line your shoppers ask for', kpi: '40 qualified leads' },
      { objective: 'Build a tea community', message: 'Brew guides from our tea master', kpi: '10,000 followers' },
    ],
    implementation: 'Monthly review of sell-through and campaign ROI with sales; adjust channel budgets each quarter.',
  },
  campaigns: [
    { name: 'Spring launch: Smart Kettle S2', objective: 'Launch S2 and reach 5,000 units in the first quarter of sales', owner: 'Mia Chen', activities: ['Launch approved', 'Launch livestream', 'Prepare product page and reviews'] },
    { name: 'Design press tour', objective: 'Coverage in design and tech media', owner: 'Sara Wang', activities: ['Press kit ready', 'Press day in the showroom', 'Send samples to 20 editors'] },
    { name: 'In-store tasting weekends', objective: 'Trial and sales in 30 kitchen stores', owner: 'David Li', activities: ['Stores confirmed', 'First tasting weekend', 'Train demo staff'] },
    { name: 'Mid-year shopping festival', objective: 'Double monthly online sales', owner: 'Mia Chen', activities: ['Offer approved', 'Festival day', 'Stock check with warehouse'] },
    { name: 'Loyalty upgrade mailing', objective: 'Past customers upgrade to S2', owner: 'Sara Wang', activities: ['Mailing list cleaned', 'Send mailing', 'Measure redemption'] },
    { name: 'Tea master content series', objective: 'Grow the tea community', owner: 'Sara Wang', activities: ['Series planned', 'First episode', 'Write brew guides'] },
    { name: 'Autumn gift-set campaign', objective: 'Holiday and corporate gift orders', owner: 'David Li', activities: ['Gift box design approved', 'Corporate catalogue sent', 'Brief gifting partners'] },
    { name: 'Year-end clearance', objective: 'Clear S1 stock before the new year', owner: 'Mia Chen', activities: ['Clearance price approved', 'Clearance week', 'Update marketplace listings'] },
  ],
  tradeShow: {
    venue: 'Home Appliance Expo, Hall 3, booth B12',
    contacts: '43 retailers and 6 distributors; two corporate-gift agencies.',
    intel: 'Kettlo previewed an app-controlled model for next year; PureBoil cut prices by 10 %.',
    brand: 'Visitors called the booth "the calmest stand in the hall"; colour range drew crowds.',
  },
  brd: {
    title: 'BRD: Smart Kettle S2',
    body: '<h2>Business opportunity</h2><p>Premium kettles grow four times faster than the category. Young urban buyers want precise temperature and good design.</p><h2>Market</h2><p>Target: young professionals in tier-one and tier-two cities; secondary: new parents.</p><h2>Business case</h2><ul><li>Year-one sales target: 24,000 units</li><li>Gross margin above 45 %</li></ul><h2>Risks</h2><p>Kettlo may launch an app model next year.</p>',
    change: {
      description: 'Add a 45 °C preset for baby formula', reason: 'Survey and retailer feedback from new parents',
      impact: 'Firmware change, two days; packaging text update', plan: 'Include in firmware 1.2 before the autumn campaign',
      requestedBy: 'David Li (sales)', approver: 'Anna Zhou (product manager)',
    },
  },
  prd: {
    title: 'PRD: Smart Kettle S2 app',
    body: '<h2>Product vision</h2><p>The kettle you set once and never think about again.</p><h2>Target market</h2><p>Young urban professionals; new parents.</p><h2>Detailed features</h2><ul><li>Temperature presets</li><li>Keep-warm schedules</li><li>Firmware updates over the app</li></ul>',
    requirements: [
      { title: 'Temperature presets', description: 'Six presets from 40 °C to 100 °C, editable in the app.', criteria: 'Water within ±2 °C of the preset' },
      { title: 'Keep-warm schedule', description: 'Keep water warm on a weekly schedule.', criteria: 'Schedule survives a power cut' },
      { title: 'Pairing in under a minute', description: 'First pairing guided in three steps.', criteria: '90 % of test users pair in < 60 s' },
      { title: 'Boil-dry protection', description: 'Switch off when empty.', criteria: 'Passes the safety certification test' },
      { title: 'Tea guides in the app', description: 'Brew guides from our tea master.', criteria: 'At least 12 guides at launch' },
    ],
  },
  template: {
    name: 'One-page launch brief',
    sections: [
      { title: 'What we launch', guidance: 'Product, version and launch date in two sentences.' },
      { title: 'For whom', guidance: 'The target segment and persona, and the need we meet.' },
      { title: 'Key message and selling points', guidance: 'One message, three selling points, proof for each.' },
      { title: 'Channels, promotion and budget', guidance: 'Where it sells, how we promote it, what it costs.' },
    ],
  },
  workshop: {
    title: 'Q3 strategy review workshop', facilitator: 'Anna Zhou',
    attendees: ['Anna Zhou', 'Mia Chen', 'David Li', 'Sara Wang'],
    steps: ['Market research review', 'Target market', 'Positioning and differentiation', 'Price and channels', 'Promotion plan', 'Implementation and monitoring'],
  },
  plan: {
    title: (year) => `Brightleaf ${year} marketing plan`,
    author: 'Mia Chen',
    executiveSummary:
      'This year Brightleaf launches the Smart Kettle S2 for young urban professionals who want the right water temperature for every drink. '
      + 'We aim to sell 24,000 units and to raise aided brand awareness among 25–35 buyers in tier-one cities from 18 % to 35 %.\n\n'
      + 'The spring launch, in-store tasting weekends and the mid-year shopping festival carry the first half; the Home Appliance Expo and the autumn gift-set campaign build distribution and holiday sales in the second. '
      + 'Marketing spend is planned by month and by channel, and we review sell-through and campaign ROI with sales every month, adjusting channel budgets each quarter.',
    objectives: {
      revenue: { name: 'Sales revenue', notes: 'Net of returns; peaks with the spring launch, the mid-year festival and the gift season.' },
      units: { name: 'Units sold', unit: 'units', notes: 'All S2 models across every channel (the BRD\'s year-one target).' },
      awareness: { name: 'Brand awareness', notes: 'Aided awareness among 25–35 buyers in tier-one cities, measured by the autumn survey (last year: 18 %).' },
    },
  },
};
