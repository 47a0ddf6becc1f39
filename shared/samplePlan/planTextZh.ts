import type { SampleText } from './planText';

export const sampleZh: SampleText = {
  workspaceName: '明叶年度营销计划',
  company: {
    name: '明叶家电（杭州）有限公司',
    industry: '小厨房电器',
    description: '30 人规模，专注智能水壶与泡茶机，线上电商与线下厨电门店双渠道销售。',
    website: 'https://mingye.example',
  },
  strategy: {
    name: '智能水壶 — 城市年轻白领',
    product: '明叶智能恒温水壶 S2',
    market: '一二线城市',
    sources: ['412 位水壶购买者线上问卷', '电商平台小家电销量榜', '12 位厨电门店店长访谈'],
    findings: [
      '35 岁以下用户中三分之二希望精确控温，用于泡茶和冲奶粉。',
      '400 元以上高端水壶去年增长 23%，大众价位基本持平。',
      '店长反馈：现场演示可使智能小家电转化率翻倍。',
    ],
    competitors: [
      { name: '沸乐', website: 'https://feile.example', strengths: '市场领导者，渠道覆盖广', weaknesses: '外观老旧，应用体验差' },
      { name: '净沸', website: 'https://jingfei.example', strengths: '价格最低，电商平台强势', weaknesses: '质量投诉多，无温度预设' },
      { name: '金居', website: 'https://jinju.example', strengths: '高端品牌形象', weaknesses: '价格是我们的两倍，交货慢' },
    ],
    researchNotes: '春季新品上市后再做一次问卷，衡量品牌认知度。',
    segments: [
      { name: '城市年轻白领', description: '25–35 岁，在家喝茶喝咖啡，习惯网购，重视设计。' },
      { name: '新手父母', description: '夜里需要 45 °C 的水冲奶粉，安全第一。' },
      { name: '送礼人群', description: '节日和乔迁送礼，看重包装。' },
      { name: '小型办公室', description: '5–20 人的茶水间，看重耐用。' },
    ],
    personas: [
      { name: '林悦，产品设计师', role: '购买者和使用者', goals: '一把好看又能泡对茶的水壶', pains: '便宜水壶容易生锈、提示音刺耳', criteria: '设计、温度预设、用户评价', channels: '电商平台、小红书、设计类公众号' },
      { name: '张涛，新手爸爸', role: '购买者', goals: '夜里快速得到安全的冲奶用水', pains: '等开水放凉太久', criteria: '安全认证、保温模式', channels: '母婴论坛、品牌官方商城' },
    ],
    statement: {
      target: '城市年轻白领', need: '希望每种饮品都用合适的水温',
      product: '明叶智能恒温水壶', category: '智能水壶', benefit: '精确加热到指定温度，并可用手机远程保温',
      competitor: '沸乐', differentiator: '兼具获奖外观设计和真正好用的应用',
    },
    differentiation: ['1 °C 精度控温，内置多种茶类预设', '获奖不锈钢壶身，四种配色', '两年质保，48 小时换新'],
    axes: { xLow: '低价', xHigh: '高价', yLow: '基础功能', yHigh: '智能且有设计感' },
    ownLabel: '明叶 S2',
    tiers: [
      { name: 'S2 标准版', includes: '水壶，四种温度预设' },
      { name: 'S2 互联版', includes: '手机应用控制，定时保温' },
      { name: 'S2 礼盒装', includes: '互联版、两只玻璃杯、礼盒' },
    ],
    discountPolicy: '折扣不超过 15%；首发优惠限时两周；以礼盒组合代替直接降价。',
    channels: [
      { name: '品牌官方商城', role: '全系列、新品首发、组合套装', owner: '陈敏' },
      { name: '电商平台', role: '走量与积累评价', owner: '陈敏' },
      { name: '厨电连锁门店', role: '现场演示与试用', owner: '李大卫' },
      { name: '区域代理商', role: '覆盖二线城市', owner: '李大卫' },
      { name: '企业礼品合作伙伴', role: '节日团购订单', owner: '王莎' },
    ],
    promotion: [
      { objective: '提升 25–35 岁人群认知度', message: '每一杯，都是刚刚好的温度', kpi: '200 万次曝光' },
      { objective: '获得设计与科技媒体报道', message: '获奖设计，遇见真正好用的智能水壶', kpi: '15 篇报道' },
      { objective: '门店试用', message: '尝一尝 80 °C 泡出的茶', kpi: '送出 3,000 杯试饮' },
      { objective: '老客户唤醒', message: '积分抵扣，升级 S2', kpi: '8% 兑换率' },
      { objective: '对接代理商与零售商', message: '顾客会主动询问的高端水壶系列', kpi: '40 条有效线索' },
      { objective: '打造茶友社群', message: '茶艺师的冲泡指南', kpi: '1 万名关注者' },
    ],
    implementation: '每月与销售部复盘动销与活动 ROI；每季度调整渠道预算。',
  },
  campaigns: [
    { name: '春季新品上市：智能水壶 S2', objective: 'S2 上市，首季销量达到 5,000 台', owner: '陈敏', activities: ['上市方案审批', '新品发布直播', '准备商品详情页与评价'] },
    { name: '设计媒体巡访', objective: '获得设计与科技媒体报道', owner: '王莎', activities: ['媒体资料包完成', '展厅媒体日', '向 20 位编辑寄送样机'] },
    { name: '门店周末试饮', objective: '30 家厨电门店的试用与销售', owner: '李大卫', activities: ['门店确认', '首个试饮周末', '培训演示人员'] },
    { name: '年中购物节', objective: '线上月销量翻倍', owner: '陈敏', activities: ['优惠方案审批', '购物节当天', '与仓库核对库存'] },
    { name: '老客户升级邮寄', objective: '老客户升级到 S2', owner: '王莎', activities: ['清洗客户名单', '寄送邮件', '统计兑换率'] },
    { name: '茶艺师内容系列', objective: '壮大茶友社群', owner: '王莎', activities: ['系列策划', '第一期上线', '撰写冲泡指南'] },
    { name: '秋季礼盒活动', objective: '节日与企业礼品订单', owner: '李大卫', activities: ['礼盒设计定稿', '寄出企业礼品目录', '礼品合作伙伴培训'] },
    { name: '年末清仓', objective: '新年前清空 S1 库存', owner: '陈敏', activities: ['清仓价格审批', '清仓周', '更新电商平台商品'] },
  ],
  tradeShow: {
    venue: '中国家电博览会 3 号馆 B12 展位',
    contacts: '43 家零售商、6 家代理商、2 家企业礼品公司。',
    intel: '沸乐预告明年推出应用控制机型；净沸降价 10%。',
    brand: '观众称我们的展位是“全馆最安静的展台”，多彩配色吸引大量人流。',
  },
  brd: {
    title: '商业需求文档：智能水壶 S2',
    body: '<h2>商业机会</h2><p>高端水壶增速是品类整体的四倍。城市年轻用户需要精确控温和好设计。</p><h2>市场</h2><p>目标市场：一二线城市年轻白领；次要：新手父母。</p><h2>商业论证</h2><ul><li>首年销量目标：24,000 台</li><li>毛利率高于 45%</li></ul><h2>风险</h2><p>沸乐明年可能推出应用控制机型。</p>',
    change: {
      description: '增加 45 °C 冲奶粉预设', reason: '来自新手父母的问卷与门店反馈',
      impact: '固件修改两天；更新包装文字', plan: '在秋季活动前随固件 1.2 发布',
      requestedBy: '李大卫（销售部）', approver: '周安娜（产品经理）',
    },
  },
  prd: {
    title: '产品需求文档：智能水壶 S2 应用',
    body: '<h2>产品愿景</h2><p>设定一次，从此不用再操心的水壶。</p><h2>目标市场</h2><p>城市年轻白领；新手父母。</p><h2>详细功能</h2><ul><li>温度预设</li><li>定时保温</li><li>通过应用升级固件</li></ul>',
    requirements: [
      { title: '温度预设', description: '40 °C 至 100 °C 共六个预设，可在应用中修改。', criteria: '水温与预设偏差不超过 ±2 °C' },
      { title: '定时保温', description: '按每周计划自动保温。', criteria: '断电后计划不丢失' },
      { title: '一分钟内完成配网', description: '三步引导完成首次配对。', criteria: '90% 测试用户在 60 秒内完成' },
      { title: '防干烧保护', description: '无水时自动断电。', criteria: '通过安全认证测试' },
      { title: '应用内冲泡指南', description: '茶艺师撰写的冲泡指南。', criteria: '上市时至少 12 篇' },
    ],
  },
  template: {
    name: '一页式上市简报',
    sections: [
      { title: '上市内容', guidance: '用两句话写清产品、版本和上市日期。' },
      { title: '目标人群', guidance: '目标细分市场与用户画像，以及我们满足的需求。' },
      { title: '核心信息与卖点', guidance: '一条核心信息，三个卖点，每个卖点附证据。' },
      { title: '渠道、促销与预算', guidance: '在哪里卖、如何推广、花费多少。' },
    ],
  },
  workshop: {
    title: '第三季度策略复盘研讨会', facilitator: '周安娜',
    attendees: ['周安娜', '陈敏', '李大卫', '王莎'],
    steps: ['市场调研回顾', '目标市场', '定位与差异化', '价格与渠道', '促销计划', '实施与监控'],
  },
  plan: {
    title: (year) => `明叶 ${year} 年营销计划`,
    author: '陈敏',
    executiveSummary:
      '今年明叶面向城市年轻白领推出智能恒温水壶 S2，满足他们“每种饮品都用合适的水温”的需求。'
      + '全年目标销量 24,000 台，并将一线城市 25–35 岁人群的品牌辅助认知度从 18% 提升到 35%。\n\n'
      + '上半年以春季新品上市、门店周末试饮和年中购物节为主；下半年通过中国家电博览会拓展代理商与零售渠道，并以秋季礼盒活动拉动节日销售。'
      + '营销费用按月、按渠道编制预算；每月与销售部复盘动销与活动 ROI，每季度调整渠道预算。',
    objectives: {
      revenue: { name: '销售额', notes: '扣除退货；春季上市、年中购物节和礼品季为销售高峰。' },
      units: { name: '销量', unit: '台', notes: '所有渠道的 S2 全系列（商业需求文档中的首年目标）。' },
      awareness: { name: '品牌认知度', notes: '一线城市 25–35 岁人群的辅助认知度，以秋季问卷衡量（去年：18%）。' },
    },
  },
};
