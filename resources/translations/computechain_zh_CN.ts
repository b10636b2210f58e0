<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>ComputeChain · %1 · %2 · %3</source>
        <translation>ComputeChain · %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>PNG size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;Source tags&lt;/h3&gt;&lt;p&gt;Every input and every chart footer names where its number comes from:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;DS6&lt;/b&gt; — DeepSeek, “DeepSeek-V3/R1 Inference System Overview” (day 6 of its Open Source Week, 2025-03-01): GPUs, throughput, prices, the 545 % cost-profit margin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GJ&lt;/b&gt; — Guojin Securities’ note as reported by Zhitong Finance: the paid-rate and cost-share adjustments behind the broker view.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A2&lt;/b&gt; — “最高暴漲8倍!DeepSeek拯救了算力股” (citing 36Kr): compute-centre occupancy and growth.&lt;/li&gt;&lt;li&gt;&lt;b&gt;V3&lt;/b&gt; — the DeepSeek-V3 technical report (671 B parameters, 37 B active per token).&lt;/li&gt;&lt;li&gt;&lt;b&gt;FX&lt;/b&gt; — an exchange rate (7.2 CNY per USD), our assumption.&lt;/li&gt;&lt;li&gt;&lt;b&gt;model.md&lt;/b&gt;, &lt;b&gt;facts.md&lt;/b&gt; — the project’s own notes on the model and on card specifications, shipped with the source.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Two tags joined (“DS6 + GJ”, “GJ / V3”) mean both sources agree or each gives a part.&lt;/p&gt;&lt;h3&gt;Basis of an input&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sourced&lt;/b&gt;: the figure is in the source. &lt;b&gt;Derived&lt;/b&gt;: computed from sourced figures. &lt;b&gt;Assumption&lt;/b&gt;: no source gives it; change it freely. Hover an input for its quote; ↺ returns it to the source’s value.&lt;/p&gt;&lt;h3&gt;Units&lt;/h3&gt;&lt;p&gt;&lt;b&gt;pt&lt;/b&gt; — percentage points: a margin going from 20 % to 25 % moves 5 pt.&lt;br&gt;&lt;b&gt;log-points&lt;/b&gt; — 100 × the natural log of a growth factor: growth ×2 is 69 log-points. Unlike percentages they add up, so the growth chart’s parameter, efficiency and data bars sum to the total.&lt;br&gt;&lt;b&gt;K, M, B&lt;/b&gt; — thousand, million, billion (in Chinese 万 and 亿).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;来源标签&lt;/h3&gt;&lt;p&gt;每个输入和每张图表的脚注都注明数字的出处：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;DS6&lt;/b&gt; — DeepSeek《DeepSeek-V3/R1 推理系统概览》（开源周第 6 天，2025-03-01）：GPU 数量、吞吐、价格及 545% 成本利润率。&lt;/li&gt;&lt;li&gt;&lt;b&gt;GJ&lt;/b&gt; — 国金证券研报（智通财经转载）：券商口径中付费率与成本占比的调整。&lt;/li&gt;&lt;li&gt;&lt;b&gt;A2&lt;/b&gt; — 《最高暴漲8倍!DeepSeek拯救了算力股》（引述 36氪）：智算中心出租率与增长。&lt;/li&gt;&lt;li&gt;&lt;b&gt;V3&lt;/b&gt; — DeepSeek-V3 技术报告（6710 亿参数，每个 token 激活 370 亿）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;FX&lt;/b&gt; — 汇率（1 美元兑 7.2 元），为本项目假设。&lt;/li&gt;&lt;li&gt;&lt;b&gt;model.md&lt;/b&gt;、&lt;b&gt;facts.md&lt;/b&gt; — 随源码附带的模型说明与显卡规格笔记。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;两个标签相连（“DS6 + GJ”“GJ / V3”）表示两处来源一致或各提供一部分。&lt;/p&gt;&lt;h3&gt;输入的依据&lt;/h3&gt;&lt;p&gt;&lt;b&gt;有来源&lt;/b&gt;：数字见于来源。&lt;b&gt;推算&lt;/b&gt;：由有来源的数字算出。&lt;b&gt;假设&lt;/b&gt;：来源未给出，可自由修改。鼠标悬停在输入上可看到引文；↺ 恢复为来源中的数值。&lt;/p&gt;&lt;h3&gt;单位&lt;/h3&gt;&lt;p&gt;&lt;b&gt;pt&lt;/b&gt; — 百分点：利润率从 20% 升至 25% 即上升 5 个百分点。&lt;br&gt;&lt;b&gt;对数点（log-points）&lt;/b&gt; — 增长倍数的自然对数 × 100：增长 2 倍为 69 个对数点。与百分比不同，对数点可以相加，因此增长图中参数、效率、数据三根柱之和等于总增长。&lt;br&gt;&lt;b&gt;K、M、B&lt;/b&gt; — 千、百万、十亿（中文用 万 与 亿）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>ComputeChain report: %1</source>
        <translation>ComputeChain 报告：%1</translation>
    </message>
    <message>
        <source>ComputeChain — %1</source>
        <translation>ComputeChain — %1</translation>
    </message>
    <message>
        <source>Starts from the preset “%1”: %2</source>
        <translation>基于预设“%1”：%2</translation>
    </message>
    <message>
        <source>Users → tokens → GPUs → MaaS margins → compute-centre occupancy. Sources: DS6 — DeepSeek, “DeepSeek-V3/R1 Inference System Overview” (2025-03-01); GJ — Guojin Securities note via Zhitong Finance; A2 — “最高暴漲8倍!DeepSeek拯救了算力股” (citing 36Kr). Every input&apos;s source is listed on the next page.</source>
        <translation>用户 → token → GPU → MaaS 利润率 → 智算中心出租率。来源：DS6 — DeepSeek《DeepSeek-V3/R1 推理系统概览》（2025-03-01）；GJ — 国金证券研报（智通财经转述）；A2 — 《最高暴漲8倍!DeepSeek拯救了算力股》（引述 36氪）。各输入的来源见下一页。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Against the preset</source>
        <translation>较预设</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <source>as preset</source>
        <translation>与预设相同</translation>
    </message>
</context>
<context>
    <name>SetDistributionsCommand</name>
    <message>
        <source>Change distributions</source>
        <translation>修改分布</translation>
    </message>
</context>
<context>
    <name>SetValueCommand</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>cc</name>
    <message>
        <source>Daily active users</source>
        <translation>日活跃用户</translation>
    </message>
    <message>
        <source>M users</source>
        <translation>百万人</translation>
    </message>
    <message>
        <source>Input tokens per DAU</source>
        <translation>每日活用户输入 token</translation>
    </message>
    <message>
        <source>tokens/day</source>
        <translation>token/日</translation>
    </message>
    <message>
        <source>Output tokens per DAU</source>
        <translation>每日活用户输出 token</translation>
    </message>
    <message>
        <source>Input cache-hit share</source>
        <translation>输入缓存命中率</translation>
    </message>
    <message>
        <source>Token growth (multimodal, agents)</source>
        <translation>token 增长倍数（多模态、Agent）</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>单卡利用率</translation>
    </message>
    <message>
        <source>Utilization behind DS&apos;s throughput</source>
        <translation>DS 吞吐对应的利用率</translation>
    </message>
    <message>
        <source>Prefill throughput per node</source>
        <translation>每节点预填充吞吐</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>Decode throughput per node</source>
        <translation>每节点解码吞吐</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Peak multiplier</source>
        <translation>峰值倍数</translation>
    </message>
    <message>
        <source>Active parameters per token</source>
        <translation>单次推理激活参数</translation>
    </message>
    <message>
        <source>B</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>Card peak (dense)</source>
        <translation>单卡峰值算力（稠密）</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>GPU 租金</translation>
    </message>
    <message>
        <source>USD/GPU·h</source>
        <translation>美元/卡·时</translation>
    </message>
    <message>
        <source>GPU billing</source>
        <translation>GPU 计费方式</translation>
    </message>
    <message>
        <source>GPU share of total cost</source>
        <translation>GPU 租赁成本占总成本比例</translation>
    </message>
    <message>
        <source>Price, input cache hit</source>
        <translation>价格：输入缓存命中</translation>
    </message>
    <message>
        <source>USD/M tokens</source>
        <translation>美元/百万 token</translation>
    </message>
    <message>
        <source>Price, input cache miss</source>
        <translation>价格：输入缓存未命中</translation>
    </message>
    <message>
        <source>Price, output</source>
        <translation>价格：输出</translation>
    </message>
    <message>
        <source>Paid rate</source>
        <translation>付费率</translation>
    </message>
    <message>
        <source>Price realization</source>
        <translation>价格实现率</translation>
    </message>
    <message>
        <source>Cards in the centre</source>
        <translation>智算中心卡数</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Up-front investment</source>
        <translation>前期投入</translation>
    </message>
    <message>
        <source>CNY M</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>年运营成本</translation>
    </message>
    <message>
        <source>CNY M/yr</source>
        <translation>百万元/年</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>CNY/card·h</source>
        <translation>元/卡·时</translation>
    </message>
    <message>
        <source>Depreciation period</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Years projected (from 2025)</source>
        <translation>预测年数（自 2025 年）</translation>
    </message>
    <message>
        <source>DAU growth</source>
        <translation>日活年增速</translation>
    </message>
    <message>
        <source>Tokens per DAU growth</source>
        <translation>人均 token 年增速</translation>
    </message>
    <message>
        <source>Active parameters growth</source>
        <translation>激活参数年增速</translation>
    </message>
    <message>
        <source>Efficiency gain</source>
        <translation>算力效率年提升</translation>
    </message>
    <message>
        <source>Elastic: pay for average GPUs</source>
        <translation>弹性：按平均用卡付费</translation>
    </message>
    <message>
        <source>Reserved: pay for peak capacity</source>
        <translation>预留：按峰值容量付费</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>算力容量</translation>
    </message>
    <message>
        <source>MaaS</source>
        <translation>MaaS 经济性</translation>
    </message>
    <message>
        <source>Compute centre</source>
        <translation>智算中心</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长预测</translation>
    </message>
    <message>
        <source>Average busy GPUs</source>
        <translation>平均在用 GPU</translation>
    </message>
    <message>
        <source>Provisioned GPUs (peak)</source>
        <translation>峰值配置 GPU</translation>
    </message>
    <message>
        <source>Billed GPUs</source>
        <translation>计费 GPU</translation>
    </message>
    <message>
        <source>GPUs if compute-bound (FLOPs method)</source>
        <translation>算力瓶颈下所需 GPU（FLOPs 法）</translation>
    </message>
    <message>
        <source>Implied model-FLOPs utilization</source>
        <translation>隐含算力利用率 (MFU)</translation>
    </message>
    <message>
        <source>GPU cost</source>
        <translation>GPU 成本</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Theoretical revenue</source>
        <translation>理论收入</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost-profit margin</source>
        <translation>成本利润率</translation>
    </message>
    <message>
        <source>Revenue margin</source>
        <translation>收入利润率</translation>
    </message>
    <message>
        <source>Break-even paid rate</source>
        <translation>盈亏平衡付费率</translation>
    </message>
    <message>
        <source>Centre annual revenue</source>
        <translation>智算中心年收入</translation>
    </message>
    <message>
        <source>Centre annual profit</source>
        <translation>智算中心年利润</translation>
    </message>
    <message>
        <source>Centre break-even occupancy</source>
        <translation>智算中心盈亏平衡出租率</translation>
    </message>
    <message>
        <source>Centre payback</source>
        <translation>智算中心回本年限</translation>
    </message>
    <message>
        <source>Centres filled</source>
        <translation>可填满的智算中心数</translation>
    </message>
    <message>
        <source>Provisioned GPUs per million DAU</source>
        <translation>每百万日活所需 GPU</translation>
    </message>
    <message>
        <source>DAU to bring one centre to break-even</source>
        <translation>使一个中心盈亏平衡所需日活</translation>
    </message>
    <message>
        <source>never</source>
        <translation>无法回本</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>USD/day</source>
        <translation>美元/日</translation>
    </message>
    <message>
        <source>centres</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Theoretical margin</source>
        <translation>理论收入利润率</translation>
    </message>
    <message>
        <source>Non-GPU costs</source>
        <translation>非 GPU 成本</translation>
    </message>
    <message>
        <source>Billing / peak</source>
        <translation>计费方式/峰值</translation>
    </message>
    <message>
        <source>Final margin</source>
        <translation>最终收入利润率</translation>
    </message>
    <message>
        <source>Paid rate for a 20 % margin</source>
        <translation>利润率 20% 所需付费率</translation>
    </message>
    <message>
        <source>Break-even occupancy</source>
        <translation>盈亏平衡出租率</translation>
    </message>
    <message>
        <source>Utilization that needs DS&apos;s 1,814 GPUs</source>
        <translation>与 DS 1,814 卡一致的利用率</translation>
    </message>
    <message>
        <source>DeepSeek as disclosed</source>
        <translation>DeepSeek 官方披露</translation>
    </message>
    <message>
        <source>DeepSeek&apos;s own accounting: average GPUs at $2/h, every token billed at R1 list prices → 545 % cost-profit margin.</source>
        <translation>DeepSeek 官方口径：按平均用卡、每卡每小时 2 美元、全部 token 按 R1 标价计费 → 成本利润率 545%。</translation>
    </message>
    <message>
        <source>Broker&apos;s adjusted view</source>
        <translation>券商调整口径</translation>
    </message>
    <message>
        <source>Guojin: GPU rent half of total cost and a 40 % paid rate (billing still elastic) → revenue margin ≈ 22.5 %.</source>
        <translation>国金证券：GPU 租金占总成本一半、付费率 40%（仍按平均用卡计费）→ 收入利润率约 22.5%。</translation>
    </message>
    <message>
        <source>Compute centre at market rent</source>
        <translation>市场租金下的智算中心</translation>
    </message>
    <message>
        <source>Seed B&apos;s thousand-card H100 centre renting at the market&apos;s ≈12 CNY per card-hour: it never breaks even.</source>
        <translation>千卡 H100 智算中心按市场租金约 12 元/卡·时出租：永远无法盈亏平衡。</translation>
    </message>
    <message>
        <source>Margin bridge (percentage points)</source>
        <translation>收入利润率拆解（百分点）</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>GPUs</source>
        <comment>growth table column</comment>
        <translation>峰值 GPU</translation>
    </message>
    <message>
        <source>centres</source>
        <comment>growth table column</comment>
        <translation>中心数</translation>
    </message>
    <message>
        <source>Input tokens per day</source>
        <translation>每日输入 token</translation>
    </message>
    <message>
        <source>Output tokens per day</source>
        <translation>每日输出 token</translation>
    </message>
    <message>
        <source>Computed tokens per day (output + cache-miss input)</source>
        <translation>每日需计算 token（输出 + 未命中输入）</translation>
    </message>
    <message>
        <source>Required FLOPs per second</source>
        <translation>所需算力（FLOP/秒）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>value (formula)</source>
        <translation>数值（公式）</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (--list-parameters lists them)</source>
        <translation>未知参数“%1”（--list-parameters 列出全部参数）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number; valid range %3</source>
        <translation>%1：“%2”不是数字；有效范围 %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number; valid range %3</source>
        <translation>%1：%2 不是有限数；有效范围 %3</translation>
    </message>
    <message>
        <source>%1: %2 is outside the valid range %3</source>
        <translation>%1：%2 超出有效范围 %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number; valid range %3</source>
        <translation>%1：%2 不是整数；有效范围 %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1: %2 is too large to represent as a number; valid range %3</source>
        <translation>%1：%2 太大，无法表示为数字；有效范围 %3</translation>
    </message>
    <message>
        <source>%1: %2 is too small to represent (it would be rounded to 0); valid range %3</source>
        <translation>%1：%2 太小，无法表示（会被舍入为 0）；有效范围 %3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false（布尔值）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>&apos;distributions&apos; must be an object of input id: distribution</source>
        <translation>“distributions”必须是“输入 id: 分布”形式的对象</translation>
    </message>
    <message>
        <source>%1: not a numeric input (see --list-parameters)</source>
        <translation>%1：不是数值型输入（见 --list-parameters）</translation>
    </message>
    <message>
        <source>%1.kind must be one of uniform, triangular, pert, normal, lognormal</source>
        <translation>%1.kind 必须是 uniform、triangular、pert、normal、lognormal 之一</translation>
    </message>
    <message>
        <source>%1.%2 must be a number, not %3</source>
        <translation>%1.%2 必须是数字，而不是%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限数</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a finite number; valid range %3</source>
        <translation>%1 为 %2，不是有限数；有效范围 %3</translation>
    </message>
    <message>
        <source>%1 is %2, which is too small to represent (it would be rounded to 0); valid range %3</source>
        <translation>%1 为 %2，太小，无法表示（会被舍入为 0）；有效范围 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not %2</source>
        <translation>“%1”必须是文本，而不是%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a scenario file is at most %2</source>
        <translation>文件大小为 %1 字节；情景文件最大为 %2</translation>
    </message>
    <message>
        <source>a scenario file holds one JSON object, not %1</source>
        <translation>情景文件应包含一个 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <source>a bare value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <source>unknown scenario format %1</source>
        <translation>未知的情景文件格式 %1</translation>
    </message>
    <message>
        <source>&apos;inputs&apos; must be an object of id: value, not %1</source>
        <translation>“inputs”必须是“id: 数值”形式的对象，而不是%1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not in the file; using %3</source>
        <translation>%1：文件中没有“%2”；使用 %3</translation>
    </message>
    <message>
        <source>inputs.%1 must be one of %2, not %3</source>
        <translation>inputs.%1 必须是 %2 之一，而不是%3</translation>
    </message>
    <message>
        <source>inputs.%1 must be a number, not %2</source>
        <translation>inputs.%1 必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>inputs.%1 is not an input this version knows (see --list-parameters)</source>
        <translation>inputs.%1 不是本版本认识的输入（见 --list-parameters）</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; comes from a newer version; it is kept but not used</source>
        <translation>%1：输入“%2”来自更新的版本；已保留但未使用</translation>
    </message>
    <message>
        <source>the file is %1 MB; a scenario file is at most 1 MB</source>
        <translation>文件大小为 %1 MB；情景文件最大为 1 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe), not a regular file</source>
        <translation>是 FIFO（命名管道），不是普通文件</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>是设备，不是普通文件</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>是套接字，不是普通文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>too many symbolic links in the path</source>
        <translation>路径中的符号链接过多</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation>文件对该文件系统而言过大</translation>
    </message>
    <message>
        <source>input/output error on the device</source>
        <translation>设备输入/输出错误</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the folder %1: %2</source>
        <translation>文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot be written: %1; the file there before is unchanged</source>
        <translation>无法写入：%1；原有文件未被改动</translation>
    </message>
    <message>
        <source>Token-price elasticity of demand</source>
        <translation>token 需求价格弹性</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Cost saving passed to the price</source>
        <translation>成本节约传导至价格的比例</translation>
    </message>
    <message>
        <source>One-off efficiency gain</source>
        <translation>一次性算力效率提升</translation>
    </message>
    <message>
        <source>Centres operating</source>
        <translation>已投运智算中心</translation>
    </message>
    <message>
        <source>Centres under construction or planned</source>
        <translation>在建及规划智算中心</translation>
    </message>
    <message>
        <source>Years for the pipeline to come online</source>
        <translation>在建项目投运年数</translation>
    </message>
    <message>
        <source>Cards per centre</source>
        <translation>每个智算中心卡数</translation>
    </message>
    <message>
        <source>Count today&apos;s cards by (≈5× apart)</source>
        <translation>今日卡数口径（相差约 5 倍）</translation>
    </message>
    <message>
        <source>National intelligent compute (FP16)</source>
        <translation>全国智能算力规模（FP16）</translation>
    </message>
    <message>
        <source>EFLOPS</source>
        <translation>EFLOPS</translation>
    </message>
    <message>
        <source>Card 16-bit dense peak (EFLOPS basis)</source>
        <translation>单卡 16 位稠密峰值（EFLOPS 口径）</translation>
    </message>
    <message>
        <source>National occupancy today</source>
        <translation>全国当前出租率</translation>
    </message>
    <message>
        <source>Training share of demand</source>
        <translation>训练需求占比</translation>
    </message>
    <message>
        <source>Training demand growth</source>
        <translation>训练需求年增速</translation>
    </message>
    <message>
        <source>Supply growth after the pipeline</source>
        <translation>在建项目投运后算力供给年增速</translation>
    </message>
    <message>
        <source>National market</source>
        <translation>全国算力市场</translation>
    </message>
    <message>
        <source>GPU demand after the efficiency gain</source>
        <translation>效率提升后的 GPU 需求倍数</translation>
    </message>
    <message>
        <source>Elasticity above which efficiency raises GPU demand</source>
        <translation>效率提升反增 GPU 需求的弹性门槛</translation>
    </message>
    <message>
        <source>Idle cards in China today</source>
        <translation>全国当前闲置算力卡</translation>
    </message>
    <message>
        <source>≈ DeepSeeks (MaaS of this size) to fill today&apos;s idle cards</source>
        <translation>约多少个 DeepSeek（同规模 MaaS）可填满今日闲置算力卡</translation>
    </message>
    <message>
        <source>National occupancy in the final year</source>
        <translation>预测末年全国出租率</translation>
    </message>
    <message>
        <source>Year national occupancy reaches the centre&apos;s break-even</source>
        <translation>全国出租率达到智算中心盈亏平衡的年份</translation>
    </message>
    <message>
        <source>none (no pass-through)</source>
        <translation>无（价格不变）</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>DeepSeeks</source>
        <translation>个 DeepSeek</translation>
    </message>
    <message>
        <source>Growth projection (params × efficiency × data × induced demand)</source>
        <translation>增长预测（参数量 × 效率 × 数据规模 × 诱发需求）</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>全国算力市场</translation>
    </message>
    <message>
        <source>supply (cards)</source>
        <translation>供给（卡）</translation>
    </message>
    <message>
        <source>training demand (cards)</source>
        <translation>训练需求（卡）</translation>
    </message>
    <message>
        <source>inference demand (cards)</source>
        <translation>推理需求（卡）</translation>
    </message>
    <message>
        <source>demand (cards)</source>
        <translation>需求合计（卡）</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>seed B centre profit (CNY M/yr)</source>
        <translation>代表性中心年利润（百万元）</translation>
    </message>
    <message>
        <source>year at break-even</source>
        <translation>达到盈亏平衡的年份</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>供给（卡）</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练需求</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理需求</translation>
    </message>
    <message>
        <source>centre profit (CNY M/yr)</source>
        <translation>代表性中心年利润（百万元）</translation>
    </message>
    <message>
        <source>A2: centres × cards</source>
        <translation>A2：中心数 × 卡数</translation>
    </message>
    <message>
        <source>IDC: EFLOPS ÷ card peak</source>
        <translation>IDC：EFLOPS ÷ 单卡峰值</translation>
    </message>
    <message>
        <source>card</source>
        <translation>算力卡</translation>
    </message>
    <message>
        <source>rent (USD/h)</source>
        <translation>租金(美元/小时)</translation>
    </message>
    <message>
        <source>decode limited by</source>
        <translation>解码瓶颈</translation>
    </message>
    <message>
        <source>* the scenario&apos;s card. Every chip by the hardware serving method, at its own reference rent (docs/serving-model.md).</source>
        <translation>* 为情景当前所用的卡。各芯片均按硬件推理模型计算,按各自参考租金计(见 docs/serving-model.md)。</translation>
    </message>
    <message>
        <source>%1: %2 does not fit on %3 %4 per instance: %5 GB of weights per GPU, %6 GB usable — use more GPUs per instance or a card with more memory</source>
        <translation>%1:%2 在每实例 %3 张 %4 上放不下:每卡权重 %5 GB,可用 %6 GB——请增加每实例卡数或换用显存更大的卡</translation>
    </message>
    <message>
        <source>%1: %2 ms cannot be met: one decode step of %3 on %4 takes at least %5 ms (reading its weights)</source>
        <translation>%1:无法达到 %2 毫秒:%3 在 %4 上每个解码步至少需要 %5 毫秒(读取权重)</translation>
    </message>
    <message>
        <source>Prefill throughput per GPU</source>
        <translation>每卡预填充吞吐</translation>
    </message>
    <message>
        <source>Decode throughput per GPU</source>
        <translation>每卡解码吞吐</translation>
    </message>
    <message>
        <source>Decode sequences per GPU</source>
        <translation>每卡并发解码序列</translation>
    </message>
    <message>
        <source>Cost per M output tokens</source>
        <translation>每百万输出词元成本</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>条序列</translation>
    </message>
    <message>
        <source>Measured (DS6)</source>
        <translation>实测(DS6)</translation>
    </message>
    <message>
        <source>Hardware model</source>
        <translation>硬件模型</translation>
    </message>
    <message>
        <source>H800</source>
        <translation>H800</translation>
    </message>
    <message>
        <source>H100</source>
        <translation>H100</translation>
    </message>
    <message>
        <source>H200</source>
        <translation>H200</translation>
    </message>
    <message>
        <source>H20</source>
        <translation>H20</translation>
    </message>
    <message>
        <source>A100</source>
        <translation>A100</translation>
    </message>
    <message>
        <source>B200</source>
        <translation>B200</translation>
    </message>
    <message>
        <source>Ascend 910B</source>
        <translation>昇腾 910B</translation>
    </message>
    <message>
        <source>Ascend 910C</source>
        <translation>昇腾 910C</translation>
    </message>
    <message>
        <source>DeepSeek-V3/R1</source>
        <translation>DeepSeek-V3/R1</translation>
    </message>
    <message>
        <source>Qwen3-235B-A22B</source>
        <translation>Qwen3-235B-A22B</translation>
    </message>
    <message>
        <source>Llama-3.1-70B</source>
        <translation>Llama-3.1-70B</translation>
    </message>
    <message>
        <source>Tokens per GPU from</source>
        <translation>每卡吞吐来源</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>算力卡</translation>
    </message>
    <message>
        <source>Model served</source>
        <translation>所服务模型</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Decode context (KV length)</source>
        <translation>解码上下文(KV 长度)</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每输出词元时间</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>GPUs per prefill instance</source>
        <translation>每预填充实例卡数</translation>
    </message>
    <message>
        <source>GPUs per decode instance</source>
        <translation>每解码实例卡数</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>HBM capacity</source>
        <translation>显存容量</translation>
    </message>
</context>
<context>
    <name>cc::CommandLine</name>
    <message>
        <source>ComputeChain: users → tokens → GPUs → MaaS margins → compute-centre occupancy.
With no option it opens the dashboard on the &apos;deepseek&apos; preset.</source>
        <translation>ComputeChain：用户 → token → GPU → MaaS 利润率 → 智算中心出租率。
不带选项时，以“deepseek”预设打开仪表盘。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Evaluate without a window and print every output.</source>
        <translation>不开窗口计算，并打印全部输出。</translation>
    </message>
    <message>
        <source>Start from preset NAME: %1.</source>
        <translation>从预设 NAME 开始：%1。</translation>
    </message>
    <message>
        <source>Set one input, e.g. paidRate=0.4 (repeatable; ids from --list-parameters).</source>
        <translation>设定一个输入，如 paidRate=0.4（可重复；参数 id 见 --list-parameters）。</translation>
    </message>
    <message>
        <source>Start from a saved scenario FILE.</source>
        <translation>从已保存的情景文件 FILE 开始。</translation>
    </message>
    <message>
        <source>Write the scenario (after --set) to FILE; implies --headless.</source>
        <translation>把情景（--set 之后）写入 FILE；隐含 --headless。</translation>
    </message>
    <message>
        <source>Find the --vary input value at which OUTPUT reaches TARGET (e.g. revenueMargin=0.2); implies --headless.</source>
        <translation>求 --vary 指定的输入取何值时 OUTPUT 达到 TARGET（如 revenueMargin=0.2）；隐含 --headless。</translation>
    </message>
    <message>
        <source>The input --goal-seek varies.</source>
        <translation>--goal-seek 调整的输入。</translation>
    </message>
    <message>
        <source>Swing every input ±20 % and print OUTPUT&apos;s swings, largest first; implies --headless.</source>
        <translation>把每个输入上下摆动 ±20 %，按幅度从大到小打印 OUTPUT 的变化；隐含 --headless。</translation>
    </message>
    <message>
        <source>Give an input a distribution for --monte-carlo, e.g. utilization=pert(0.5,0.77,0.9); kinds uniform(low,high), triangular(low,mode,high), pert(low,mode,high), normal(mean,sd), lognormal(median,sdLog); ratios as fractions like --set; repeatable.</source>
        <translation>为 --monte-carlo 给输入设定分布，如 utilization=pert(0.5,0.77,0.9)；可选 uniform(low,high)、triangular(low,mode,high)、pert(low,mode,high)、normal(mean,sd)、lognormal(median,sdLog)；比例与 --set 一样写成小数；可重复。</translation>
    </message>
    <message>
        <source>Sample the distributions and print OUTPUT&apos;s mean, P5, P50, P95 and P(&lt;0); implies --headless.</source>
        <translation>对分布抽样，打印 OUTPUT 的均值、P5、P50、P95 及 P(&lt;0)；隐含 --headless。</translation>
    </message>
    <message>
        <source>Print the national compute market year by year (supply, demand, occupancy; text or --json); implies --headless.</source>
        <translation>逐年打印全国算力市场（供给、需求、出租率；文本或 --json）；隐含 --headless。</translation>
    </message>
    <message>
        <source>Monte Carlo samples, 1000 to 10,000,000 (default 100,000).</source>
        <translation>蒙特卡洛样本数，1000 至 10,000,000（默认 100,000）。</translation>
    </message>
    <message>
        <source>Monte Carlo seed (default 2025).</source>
        <translation>蒙特卡洛随机种子（默认 2025）。</translation>
    </message>
    <message>
        <source>With --headless: print one JSON object.</source>
        <translation>与 --headless 一起：打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Print every input with its range, default and source.</source>
        <translation>打印每个输入及其范围、默认值和来源。</translation>
    </message>
    <message>
        <source>Render the dashboard offscreen to a PNG and exit.</source>
        <translation>在屏幕外渲染仪表盘为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Write chart ID to FILE (.png, .svg or .pdf); repeatable; no window.</source>
        <translation>把图表 ID 写入 FILE（.png、.svg 或 .pdf）；可重复；不开窗口。</translation>
    </message>
    <message>
        <source>Write the data behind every chart as CSV files into DIR; no window.</source>
        <translation>把每张图背后的数据以 CSV 文件写入目录 DIR；不开窗口。</translation>
    </message>
    <message>
        <source>Write the PDF report (cover, inputs and sources, every chart); no window.</source>
        <translation>写出 PDF 报告（封面、输入及来源、全部图表）；不开窗口。</translation>
    </message>
    <message>
        <source>Write an Excel workbook with the model as live formulas; no window.</source>
        <translation>写出 Excel 工作簿，模型为实时公式；不开窗口。</translation>
    </message>
    <message>
        <source>Open straight into presentation mode.</source>
        <translation>直接进入演示模式。</translation>
    </message>
    <message>
        <source>Open presentation mode on the scenario files in DIR.</source>
        <translation>以目录 DIR 中的情景文件打开演示模式。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>%1 is given %2 times (&apos;%3&apos;); give it once</source>
        <translation>%1 给了 %2 次（“%3”）；只能给一次</translation>
    </message>
    <message>
        <source>%1 needs %2, not an empty string</source>
        <translation>%1 需要 %2，不能为空字符串</translation>
    </message>
    <message>
        <source>--export-chart &apos;%1&apos;: expected ID=FILE, e.g. waterfall=bridge.svg</source>
        <translation>--export-chart “%1”：应为 ID=FILE，如 waterfall=bridge.svg</translation>
    </message>
    <message>
        <source>--export-chart: %1 is named for two charts; the second would overwrite the first</source>
        <translation>--export-chart：%1 被指定给两张图；后一张会覆盖前一张</translation>
    </message>
    <message>
        <source>--samples &apos;%1&apos;: a whole number from 1000 to 10000000</source>
        <translation>--samples “%1”：应为 1000 至 10000000 之间的整数</translation>
    </message>
    <message>
        <source>--seed &apos;%1&apos;: a whole number from 0 to 18446744073709551615</source>
        <translation>--seed “%1”：应为 0 至 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>--distribution, --samples and --seed go with --monte-carlo OUTPUT</source>
        <translation>--distribution、--samples 和 --seed 需与 --monte-carlo OUTPUT 一起使用</translation>
    </message>
    <message>
        <source>--present and --present-folder open a window; they do not combine with exports or headless options</source>
        <translation>--present 和 --present-folder 会打开窗口；不能与导出或无窗口选项同用</translation>
    </message>
    <message>
        <source>--list-parameters prints the registry alone; give it without other actions</source>
        <translation>--list-parameters 只打印参数表；请勿与其他操作同用</translation>
    </message>
    <message>
        <source>--goal-seek OUTPUT=TARGET and --vary INPUT go together</source>
        <translation>--goal-seek OUTPUT=TARGET 与 --vary INPUT 需一起给出</translation>
    </message>
    <message>
        <source>--preset and --scenario both say where to start; give one</source>
        <translation>--preset 和 --scenario 都指定起点；只给一个</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; known presets: %2</source>
        <translation>未知预设“%1”；已有预设：%2</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use en or zh_CN</source>
        <translation>未知语言“%1”；请用 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos;: expected id=value, e.g. paidRate=0.4</source>
        <translation>--set “%1”：应为 id=value，如 paidRate=0.4</translation>
    </message>
    <message>
        <source>--set %1 is given twice (%2 and %3); give it once</source>
        <translation>--set %1 给了两次（%2 和 %3）；只能给一次</translation>
    </message>
    <message>
        <source>--json prints results; add --headless to print them beside the exports</source>
        <translation>--json 打印结果；加上 --headless 可在导出之外同时打印</translation>
    </message>
    <message>
        <source>--json needs --headless</source>
        <translation>--json 需要 --headless</translation>
    </message>
    <message>
        <source>--goal-seek &apos;%1&apos;: expected OUTPUT=TARGET with an output id and a finite number, e.g. revenueMargin=0.2</source>
        <translation>--goal-seek “%1”：应为 OUTPUT=TARGET，其中为输出 id 和有限数值，如 revenueMargin=0.2</translation>
    </message>
    <message>
        <source>--vary &apos;%1&apos;: not a numeric input (--list-parameters lists them)</source>
        <translation>--vary “%1”：不是数值型输入（--list-parameters 列出全部）</translation>
    </message>
    <message>
        <source>--tornado &apos;%1&apos;: not an output id</source>
        <translation>--tornado “%1”：不是输出 id</translation>
    </message>
    <message>
        <source>the output could not be written to standard output: %1</source>
        <translation>输出无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Print the scenario on every chip at its own rent (GPUs, daily cost, cost per million output tokens, margin; text or --json); implies --headless.</source>
        <translation>按各芯片自身租金打印当前情景(卡数、日成本、每百万输出词元成本、利润率;文本或 --json);隐含 --headless。</translation>
    </message>
    <message>
        <source>--goal-seek, --tornado, --monte-carlo, --market and --compare-chips each print their own answer; give one at a time</source>
        <translation>--goal-seek、--tornado、--monte-carlo、--market 与 --compare-chips 各自输出结果;请一次只给一个</translation>
    </message>
</context>
<context>
    <name>cc::chart</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Revenue margin</source>
        <translation>收入利润率</translation>
    </message>
    <message>
        <source>bar starts</source>
        <translation>条起点</translation>
    </message>
    <message>
        <source>bar ends</source>
        <translation>条终点</translation>
    </message>
    <message>
        <source>Theoretical</source>
        <translation>理论</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Paid rate</source>
        <translation>付费率</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <source>Peak/billing</source>
        <translation>峰值/计费</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>revenue margin</source>
        <translation>收入利润率</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>当前情景</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>GPU share of total cost</source>
        <translation>GPU 租赁成本占总成本比例</translation>
    </message>
    <message>
        <source>break-even (0 %)</source>
        <translation>盈亏平衡（0%）</translation>
    </message>
    <message>
        <source>USD per day</source>
        <translation>美元/天</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>GPU rent</source>
        <translation>GPU 租金</translation>
    </message>
    <message>
        <source>Input, cache hit</source>
        <translation>输入（缓存命中）</translation>
    </message>
    <message>
        <source>Input, cache miss</source>
        <translation>输入（缓存未命中）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>FLOPs bound (peak)</source>
        <translation>FLOPs 下限（峰值）</translation>
    </message>
    <message>
        <source>Throughput: average</source>
        <translation>吞吐法：平均</translation>
    </message>
    <message>
        <source>Throughput: peak</source>
        <translation>吞吐法：峰值</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>implied MFU</source>
        <translation>隐含 MFU</translation>
    </message>
    <message>
        <source>Hour of day (UTC+8)</source>
        <translation>时刻（北京时间）</translation>
    </message>
    <message>
        <source>busy GPUs</source>
        <translation>在用 GPU</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>hours a day above capacity</source>
        <translation>每日超出容量小时数</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>Annual profit</source>
        <translation>年利润</translation>
    </message>
    <message>
        <source>annual profit</source>
        <translation>年利润</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Growth since 2025</source>
        <translation>较 2025 年增长</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据规模</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>break-even (0)</source>
        <translation>盈亏平衡 (0)</translation>
    </message>
    <message>
        <source>20–30 %
reported</source>
        <translation>报道的
20–30%</translation>
    </message>
    <message>
        <source>A2: &gt;30 %/yr</source>
        <translation>A2：年增速 &gt;30%</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>输入取低值</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>输入取高值</translation>
    </message>
    <message>
        <source>low input</source>
        <translation>输入低端值</translation>
    </message>
    <message>
        <source>high input</source>
        <translation>输入高端值</translation>
    </message>
    <message>
        <source>Change in the input</source>
        <translation>输入变化</translation>
    </message>
    <message>
        <source>Margin bridge: theoretical → final revenue margin</source>
        <translation>利润率拆解：理论 → 最终收入利润率</translation>
    </message>
    <message>
        <source>Revenue margin vs paid rate</source>
        <translation>收入利润率与付费率</translation>
    </message>
    <message>
        <source>Margin map: paid rate × GPU share</source>
        <translation>利润率热力图：付费率 × GPU 成本占比</translation>
    </message>
    <message>
        <source>A day of cost and revenue</source>
        <translation>每日成本与收入</translation>
    </message>
    <message>
        <source>GPUs: throughput vs FLOPs method</source>
        <translation>GPU 数：吞吐法与 FLOPs 法</translation>
    </message>
    <message>
        <source>24-hour load vs capacity</source>
        <translation>24 小时负载与容量</translation>
    </message>
    <message>
        <source>Compute centre: annual profit vs occupancy</source>
        <translation>智算中心：年利润与出租率</translation>
    </message>
    <message>
        <source>level or change</source>
        <translation>水平或变化</translation>
    </message>
    <message>
        <source>Break-even paid rate</source>
        <translation>盈亏平衡付费率</translation>
    </message>
    <message>
        <source>Centre break-even occupancy</source>
        <translation>智算中心盈亏平衡出租率</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>隐含 MFU</translation>
    </message>
    <message>
        <source>induced demand</source>
        <translation>诱发需求</translation>
    </message>
    <message>
        <source>China&apos;s compute market by year</source>
        <translation>中国算力市场（逐年）</translation>
    </message>
    <message>
        <source>Growth: params × efficiency × data × induced</source>
        <translation>需求增长：参数量 × 效率 × 数据规模 × 诱发需求</translation>
    </message>
    <message>
        <source>Efficiency ≠ deflation: GPU demand</source>
        <translation>算力效率提升≠算力通缩：GPU 需求</translation>
    </message>
    <message>
        <source>Efficiency gain (tokens per GPU-hour, ×)</source>
        <translation>效率提升（每 GPU 小时 token 数，倍）</translation>
    </message>
    <message>
        <source>GPU demand (× today)</source>
        <translation>GPU 需求（今日的倍数）</translation>
    </message>
    <message>
        <source>ε = 0</source>
        <translation>ε = 0</translation>
    </message>
    <message>
        <source>ε = 0.5</source>
        <translation>ε = 0.5</translation>
    </message>
    <message>
        <source>ε = 1</source>
        <translation>ε = 1</translation>
    </message>
    <message>
        <source>ε = 1.5</source>
        <translation>ε = 1.5</translation>
    </message>
    <message>
        <source>ε = 2</source>
        <translation>ε = 2</translation>
    </message>
    <message>
        <source>Jevons line: GPU demand unchanged</source>
        <translation>杰文斯线：GPU 需求不变</translation>
    </message>
    <message>
        <source>break-even elasticity</source>
        <translation>盈亏平衡弹性</translation>
    </message>
    <message>
        <source>Cards (card-equivalents)</source>
        <translation>算力卡（等效卡数）</translation>
    </message>
    <message>
        <source>National occupancy</source>
        <translation>全国出租率</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>供给</translation>
    </message>
    <message>
        <source>training demand</source>
        <translation>训练需求</translation>
    </message>
    <message>
        <source>inference demand</source>
        <translation>推理需求</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>出租率</translation>
    </message>
    <message>
        <source>IDC forecast, growth from today&apos;s supply</source>
        <translation>IDC 预测（按今日供给折算增速）</translation>
    </message>
    <message>
        <source>centre break-even occupancy</source>
        <translation>智算中心盈亏平衡出租率</translation>
    </message>
    <message>
        <source>A2: 20–30 % occupancy</source>
        <translation>A2：出租率 20–30%</translation>
    </message>
    <message>
        <source>reaches break-even</source>
        <translation>达到盈亏平衡</translation>
    </message>
    <message>
        <source>share of samples</source>
        <translation>样本占比</translation>
    </message>
    <message>
        <source>cumulative share</source>
        <translation>累积占比</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>累积</translation>
    </message>
    <message>
        <source>Scale effect: decode throughput vs batch per GPU</source>
        <translation>规模效应:每卡解码吞吐与批量</translation>
    </message>
    <message>
        <source>Chips side by side: GPUs and cost per M tokens</source>
        <translation>芯片对比:所需卡数与每百万词元成本</translation>
    </message>
    <message>
        <source>Concurrent sequences per GPU</source>
        <translation>每卡并发序列数</translation>
    </message>
    <message>
        <source>Decode tokens/s per GPU</source>
        <translation>每卡解码词元/秒</translation>
    </message>
    <message>
        <source>decode throughput</source>
        <translation>解码吞吐</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>算力受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>显存带宽受限</translation>
    </message>
    <message>
        <source>network-bound</source>
        <translation>网络受限</translation>
    </message>
    <message>
        <source>Provisioned GPUs</source>
        <translation>配置卡数</translation>
    </message>
    <message>
        <source>USD per million output tokens</source>
        <translation>每百万输出词元美元</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>所需卡数</translation>
    </message>
    <message>
        <source>this scenario&apos;s card</source>
        <translation>本情景所用卡</translation>
    </message>
    <message>
        <source>cost per M output tokens</source>
        <translation>每百万输出词元成本</translation>
    </message>
    <message>
        <source>GPUs per decode instance</source>
        <translation>每解码实例卡数</translation>
    </message>
    <message>
        <source>one scale-up domain</source>
        <translation>一个纵向扩展域</translation>
    </message>
    <message>
        <source>Larger clusters, more tokens per GPU</source>
        <translation>集群越大，每卡词元越多</translation>
    </message>
    <message>
        <source>latency wall</source>
        <translation>时延墙</translation>
    </message>
    <message>
        <source>HBM full</source>
        <translation>显存占满</translation>
    </message>
    <message>
        <source>910B, 910C: Huawei Ascend</source>
        <translation>910B、910C：华为昇腾</translation>
    </message>
    <message>
        <source>daily cost at the chip&apos;s own rent</source>
        <translation>按该芯片自身租金计的每日成本</translation>
    </message>
</context>
<context>
    <name>cc::ui::AnalysisWindow</name>
    <message>
        <source>Analysis — ComputeChain</source>
        <translation>分析 — ComputeChain</translation>
    </message>
    <message>
        <source>Goal seek</source>
        <translation>单变量求解</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>龙卷风图</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>模拟运算表</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长预测</translation>
    </message>
</context>
<context>
    <name>cc::ui::CardSelector</name>
    <message>
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <source>BF16 dense</source>
        <translation>BF16 稠密</translation>
    </message>
    <message>
        <source>The peak that utilization is measured against. DeepSeek runs its matmuls in FP8; broker reports often use BF16. The choice moves utilization by 2×.</source>
        <translation>利用率所对照的峰值算力。DeepSeek 的矩阵乘法以 FP8 运行；券商报告常用 BF16。此选择会使利用率相差 2 倍。</translation>
    </message>
    <message>
        <source>Custom peak: %1 TFLOPS (%2&apos;s own: %3)</source>
        <translation>自定义峰值:%1 TFLOPS(%2 本身:%3)</translation>
    </message>
    <message>
        <source>%1 has no FP8: its 16-bit dense peak is used.</source>
        <translation>%1 没有 FP8:使用其 16 位稠密峰值。</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>互联</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Utilization basis</source>
        <translation>利用率基准</translation>
    </message>
</context>
<context>
    <name>cc::ui::CentreProfitChart</name>
    <message>
        <source>this scenario: %1</source>
        <translation>当前情景：%1</translation>
    </message>
    <message>
        <source>break-even needs %1: never</source>
        <translation>盈亏平衡需 %1：无法实现</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>出租率（%）</translation>
    </message>
    <message>
        <source>Annual profit (CNY M)</source>
        <translation>年利润（百万元）</translation>
    </message>
    <message>
        <source>annual profit</source>
        <translation>年利润</translation>
    </message>
    <message>
        <source>break-even %1</source>
        <translation>盈亏平衡 %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::ChipComparisonChart</name>
    <message>
        <source>cannot serve</source>
        <translation>无法承载</translation>
    </message>
</context>
<context>
    <name>cc::ui::CompareFiguresChart</name>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
</context>
<context>
    <name>cc::ui::CompareMarginChart</name>
    <message>
        <source>Revenue margin vs paid rate</source>
        <translation>收入利润率与付费率</translation>
    </message>
    <message>
        <source>Paid rate (%)</source>
        <translation>付费率（%）</translation>
    </message>
    <message>
        <source>Revenue margin (%)</source>
        <translation>收入利润率（%）</translation>
    </message>
</context>
<context>
    <name>cc::ui::CompareTable</name>
    <message>
        <source>Input / output</source>
        <translation>输入 / 输出</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>相对 %2：%1</translation>
    </message>
</context>
<context>
    <name>cc::ui::CompareWindow</name>
    <message>
        <source>Compare scenarios — ComputeChain</source>
        <translation>情景对比 — ComputeChain</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>只显示有差异的行</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fef3c7&apos;&gt;&amp;nbsp;input differs from base&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:#dbeafe&apos;&gt;&amp;nbsp;output moved&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fef3c7&apos;&gt;&amp;nbsp;输入与基准不同&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:#dbeafe&apos;&gt;&amp;nbsp;输出随之变化&amp;nbsp;&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>cc::ui::CostRevenueChart</name>
    <message>
        <source>USD thousand per day</source>
        <translation>千美元/日</translation>
    </message>
</context>
<context>
    <name>cc::ui::DataTablePanel</name>
    <message>
        <source>Two inputs × one output (heat map)</source>
        <translation>两个输入 × 一个输出（热力图）</translation>
    </message>
    <message>
        <source>One input × several outputs (curves)</source>
        <translation>一个输入 × 多个输出（曲线）</translation>
    </message>
    <message>
        <source> × cells</source>
        <translation> × 格</translation>
    </message>
    <message>
        <source>X input</source>
        <translation>X 输入</translation>
    </message>
    <message>
        <source>Y input</source>
        <translation>Y 输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Contour at (% for ratios)</source>
        <translation>等值线（比率以 % 计）</translation>
    </message>
    <message>
        <source>index, this scenario = 100</source>
        <translation>指数，当前情景 = 100</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1：%2
%3：%4
%5：%6</translation>
    </message>
    <message>
        <source>%1 by %2 and %3</source>
        <translation>%1：按%2与%3</translation>
    </message>
    <message>
        <source>Outputs as %1 varies</source>
        <translation>各输出随%1的变化</translation>
    </message>
</context>
<context>
    <name>cc::ui::Document</name>
    <message>
        <source>Restore “%1”</source>
        <translation>恢复“%1”</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>ComputeChain scenarios (*.json);;All files (*)</source>
        <translation>ComputeChain 情景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开情景</translation>
    </message>
    <message>
        <source>%1

The scenario you had is unchanged.</source>
        <translation>%1

当前情景保持不变。</translation>
    </message>
    <message>
        <source>Scenario opened with notes</source>
        <translation>情景已打开（附说明）</translation>
    </message>
    <message>
        <source>Cannot save scenario</source>
        <translation>无法保存情景</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <source>ComputeChain scenarios (*.json)</source>
        <translation>ComputeChain 情景 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被更改</translation>
    </message>
    <message>
        <source>“%1” was changed or removed by another program since you opened or saved it here. Saving now replaces that version with yours.</source>
        <translation>自您在此打开或保存以来，“%1”已被其他程序更改或删除。现在保存将用您的版本替换它。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>cc::ui::ExportMenu</name>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG (vector)…</source>
        <translation>导出为 SVG（矢量）…</translation>
    </message>
    <message>
        <source>Export as PDF (vector)…</source>
        <translation>导出为 PDF（矢量）…</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>复制为图片</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::GoalSeekPanel</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Target (% for ratios)</source>
        <translation>目标值（比率以 % 计）</translation>
    </message>
    <message>
        <source>Input to vary</source>
        <translation>可变输入</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Apply to the scenario</source>
        <translation>应用到情景</translation>
    </message>
    <message>
        <source>Ready-made questions</source>
        <translation>常用问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 = %2&lt;/b&gt; gives %3 = %4</source>
        <translation>&lt;b&gt;%1 = %2&lt;/b&gt; 时 %3 = %4</translation>
    </message>
    <message>
        <source>No value of %1 in its valid range gives %2 = %3: over that range %2 runs from %4 to %5.</source>
        <translation>%1 在有效范围内无法使 %2 = %3：该范围内 %2 介于 %4 与 %5 之间。</translation>
    </message>
</context>
<context>
    <name>cc::ui::GpuMethodsChart</name>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>implied MFU %1</source>
        <translation>隐含 MFU %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::GrowthChart</name>
    <message>
        <source>total ×%1 by %2</source>
        <translation>至 %2 年共 ×%1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Growth since 2025 (log-points)</source>
        <translation>较 2025 年增长（对数点）</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据规模</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>induced demand</source>
        <translation>诱发需求</translation>
    </message>
</context>
<context>
    <name>cc::ui::GrowthPanel</name>
    <message>
        <source>Rates: the Growth group of the parameter dock. A2 expects compute to grow over 30 % a year; the centre column assumes the growth fills seed B&apos;s 1,000-card centre.</source>
        <translation>增速取自参数栏的“增长预测”组。A2 预计算力规模年增速超过 30%；智算中心一列假设增长的需求填入种子 B 的千卡中心。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Provisioned GPUs</source>
        <translation>峰值配置 GPU</translation>
    </message>
    <message>
        <source>Growth since 2025</source>
        <translation>较 2025 年增长</translation>
    </message>
    <message>
        <source>of which data</source>
        <translation>其中数据规模</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Centres filled</source>
        <translation>可填满的智算中心数</translation>
    </message>
    <message>
        <source>Centre occupancy</source>
        <translation>中心出租率</translation>
    </message>
    <message>
        <source>Centre annual profit</source>
        <translation>智算中心年利润</translation>
    </message>
    <message>
        <source>induced demand</source>
        <translation>诱发需求</translation>
    </message>
</context>
<context>
    <name>cc::ui::HeadlineBar</name>
    <message>
        <source>as preset</source>
        <translation>与预设相同</translation>
    </message>
    <message>
        <source>%1 vs preset</source>
        <translation>较预设 %1</translation>
    </message>
    <message>
        <source>preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>&lt;code&gt;maasToFillIdleCards&lt;/code&gt;: today&apos;s idle cards in China (A2: ≈150 operating centres × cards per centre × (1 − 20–30 % occupancy)) ÷ the GPUs this MaaS holds for its peak (DS6&apos;s 1,814 average × GJ&apos;s 1.2 at the defaults)</source>
        <translation>&lt;code&gt;maasToFillIdleCards&lt;/code&gt;：今日全国闲置算力卡（A2：约 150 个已投运智算中心 × 每中心卡数 × (1 − 20–30% 出租率)）÷ 本 MaaS 为峰值配置的 GPU（默认值下为 DS6 的平均 1,814 卡 × GJ 的峰值倍数 1.2）</translation>
    </message>
</context>
<context>
    <name>cc::ui::JevonsChart</name>
    <message>
        <source>Efficiency raises GPU demand when ε &gt; %1
At %2× this scenario needs %3× the GPUs</source>
        <translation>ε &gt; %1 时效率提升反而增加 GPU 需求
效率提升 %2 倍时，本情景需要 %3 倍的 GPU</translation>
    </message>
    <message>
        <source>No cost saving reaches the price: efficiency only shrinks GPU demand</source>
        <translation>成本节约未传导至价格：效率提升只会减少 GPU 需求</translation>
    </message>
    <message>
        <source>this scenario (ε = %1)</source>
        <translation>本情景（ε = %1）</translation>
    </message>
</context>
<context>
    <name>cc::ui::LibraryPanel</name>
    <message>
        <source>%1 (working)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Tick 2 to 4 scenarios to compare (%1 ticked).</source>
        <translation>请勾选 2 到 4 个情景进行对比（已勾选 %1 个）。</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Name of this snapshot:</source>
        <translation>快照名称：</translation>
    </message>
    <message>
        <source>%1 — snapshot</source>
        <translation>%1 — 快照</translation>
    </message>
    <message>
        <source>Add scenarios</source>
        <translation>添加情景</translation>
    </message>
    <message>
        <source>ComputeChain scenarios (*.json)</source>
        <translation>ComputeChain 情景 (*.json)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分文件未能添加</translation>
    </message>
    <message>
        <source>● %1 (working)</source>
        <translation>● %1（当前）</translation>
    </message>
    <message>
        <source>Keep a copy of the working scenario to compare against</source>
        <translation>保存当前情景的副本以供对比</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation>添加预设</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Make the selected scenario the working one</source>
        <translation>将所选情景设为当前情景</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
</context>
<context>
    <name>cc::ui::LoadProfileChart</name>
    <message>
        <source>provisioned %1×</source>
        <translation>配置 %1 倍</translation>
    </message>
    <message>
        <source>24-hour load vs capacity (DS6 peak %1× mean)</source>
        <translation>24 小时负载与配置容量（DS6 峰值为均值的 %1 倍）</translation>
    </message>
    <message>
        <source>Hour of day (UTC+8)</source>
        <translation>时刻（北京时间）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>busy GPUs</source>
        <translation>在用 GPU</translation>
    </message>
    <message>
        <source>%1 h a day above capacity (DS6 peak %2× the mean)</source>
        <translation>每天 %1 小时超出配置容量（DS6 峰值为均值的 %2 倍）</translation>
    </message>
    <message>
        <source>above capacity</source>
        <translation>超出容量</translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>About ComputeChain</source>
        <translation>关于 ComputeChain</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComputeChain %1&lt;/h3&gt;&lt;p&gt;Users → tokens → GPUs → MaaS margins → compute-centre occupancy.&lt;/p&gt;&lt;p&gt;Sources: DeepSeek, “DeepSeek-V3/R1 Inference System Overview” (2025-03-01); Guojin Securities via Zhitong Finance; “最高暴漲8倍!DeepSeek拯救了算力股” (citing 36Kr). Hover any input for its source.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ComputeChain %1&lt;/h3&gt;&lt;p&gt;用户 → token → GPU → MaaS 利润率 → 智算中心出租率。&lt;/p&gt;&lt;p&gt;来源：DeepSeek《DeepSeek-V3/R1 推理系统概览》（2025-03-01）；国金证券（智通财经转述）；《最高暴漲8倍!DeepSeek拯救了算力股》（引述 36氪）。鼠标悬停在任一输入上可查看其来源。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ComputeChain</source>
        <translation>关于 ComputeChain(&amp;A)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>ComputeChain did not close normally last time. Restore the scenario it autosaved at %1?</source>
        <translation>ComputeChain 上次未正常关闭。是否恢复其在 %1 自动保存的情景？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>From preset: %1</source>
        <translation>基于预设：%1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>情景对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Goal seek…</source>
        <translation>单变量求解(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Tornado…</source>
        <translation>龙卷风图(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Data table…</source>
        <translation>模拟运算表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo…</source>
        <translation>蒙特卡洛(&amp;M)…</translation>
    </message>
    <message>
        <source>G&amp;rowth projection…</source>
        <translation>增长预测(&amp;R)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export every chart to a folder</source>
        <translation>将所有图表导出到文件夹</translation>
    </message>
    <message>
        <source>Saved every chart to %1</source>
        <translation>所有图表已保存到 %1</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告(&amp;R)（PDF）…</translation>
    </message>
    <message>
        <source>Export all &amp;charts (PNG, SVG, PDF)…</source>
        <translation>导出全部图表(&amp;C)（PNG、SVG、PDF）…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook (live formulas)…</source>
        <translation>导出 Excel 工作簿(&amp;E)（含公式）…</translation>
    </message>
    <message>
        <source>&amp;Present (full screen)</source>
        <translation>演示模式(&amp;P)（全屏）</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未纳入：%1</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>没有可演示的情景</translation>
    </message>
    <message>
        <source>%1 holds no scenario that opens.</source>
        <translation>%1 中没有可以打开的情景。</translation>
    </message>
    <message>
        <source>Present the scenarios in a folder</source>
        <translation>演示文件夹中的情景</translation>
    </message>
    <message>
        <source>Present a &amp;folder of scenarios…</source>
        <translation>演示文件夹中的情景(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Export and present</source>
        <translation>导出与演示</translation>
    </message>
    <message>
        <source>Sources and terms</source>
        <translation>来源与术语</translation>
    </message>
    <message>
        <source>&amp;Sources and terms…</source>
        <translation>来源与术语(&amp;S)…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>cc::ui::MarginHeatmap</name>
    <message>
        <source>Paid rate (%)</source>
        <translation>付费率（%）</translation>
    </message>
    <message>
        <source>GPU share of total cost (%)</source>
        <translation>GPU 租赁成本占比（%）</translation>
    </message>
    <message>
        <source>Revenue margin (%)</source>
        <translation>收入利润率（%）</translation>
    </message>
    <message>
        <source>break-even (0 %)</source>
        <translation>盈亏平衡（0%）</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>当前情景</translation>
    </message>
</context>
<context>
    <name>cc::ui::MarginPaidRateChart</name>
    <message>
        <source>break-even %1</source>
        <translation>盈亏平衡 %1</translation>
    </message>
    <message>
        <source>no break-even: needs %1 paid</source>
        <translation>无法盈亏平衡：需付费率 %1</translation>
    </message>
    <message>
        <source>Paid rate (%)</source>
        <translation>付费率（%）</translation>
    </message>
    <message>
        <source>Revenue margin (%)</source>
        <translation>收入利润率（%）</translation>
    </message>
    <message>
        <source>revenue margin</source>
        <translation>收入利润率</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>当前情景</translation>
    </message>
</context>
<context>
    <name>cc::ui::MarketChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>reaches break-even in %1</source>
        <translation>%1 年达到盈亏平衡</translation>
    </message>
    <message>
        <source>break-even not reached by %1</source>
        <translation>至 %1 年未达到盈亏平衡</translation>
    </message>
</context>
<context>
    <name>cc::ui::MonteCarloPanel</name>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT 分布</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>low / mean / median</source>
        <translation>下限 / 均值 / 中位数</translation>
    </message>
    <message>
        <source>mode / sd</source>
        <translation>众数 / 标准差</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>添加输入</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>移除输入</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Give some inputs a distribution, then Run.</source>
        <translation>请为输入设置分布，然后运行。</translation>
    </message>
</context>
<context>
    <name>cc::ui::MonteCarloResultsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; over %2 samples: mean %3 (± %4), P5 %5, P50 %6, P95 %7; P(below 0) = %8%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 个样本）：均值 %3（± %4），P5 %5，P50 %6，P95 %7；低于 0 的概率 = %8%9</translation>
    </message>
    <message>
        <source>; undefined in %1 samples</source>
        <translation>；%1 个样本无定义</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>%1 的分布</translation>
    </message>
    <message>
        <source>rank correlation with the output</source>
        <translation>与输出的秩相关系数</translation>
    </message>
    <message>
        <source>What drives it</source>
        <translation>驱动因素</translation>
    </message>
</context>
<context>
    <name>cc::ui::ParameterEditor</name>
    <message>
        <source>%1: %2 is outside the valid range %3</source>
        <translation>%1：%2 超出有效范围 %3</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Source value: %3 — &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;%5: “%6”&lt;br&gt;Valid range: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;来源取值：%3 — &lt;i&gt;%4&lt;/i&gt;&lt;br&gt;%5：“%6”&lt;br&gt;有效范围：%7</translation>
    </message>
    <message>
        <source>Reset to the source value (%1)</source>
        <translation>恢复为来源取值（%1）</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be typed here; enter a number from %3</source>
        <translation>%1：此处不能输入“%2”；请输入 %3 之间的数字</translation>
    </message>
</context>
<context>
    <name>cc::ui::ParameterPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Key levers</source>
        <translation>关键变量</translation>
    </message>
    <message>
        <source>Elastic billing pays for the average busy GPUs: the peak multiplier sizes the provisioned fleet but no cost. Switch GPU billing to reserved to pay for the peak.</source>
        <translation>弹性计费按平均在用 GPU 付费：峰值倍数决定配置的 GPU 数量，但不影响成本。将 GPU 计费方式改为预留即按峰值付费。</translation>
    </message>
</context>
<context>
    <name>cc::ui::PresentationWindow</name>
    <message>
        <source>Scenario %1 of %2 · PgUp/PgDn scenarios · ↑/↓ charts · Esc leaves</source>
        <translation>情景 %1 / %2 · PgUp/PgDn 切换情景 · ↑/↓ 切换图表 · Esc 退出</translation>
    </message>
    <message>
        <source>%1 %2 (was %3)</source>
        <translation>%1 %2（原为 %3）</translation>
    </message>
    <message>
        <source>Changes made while presenting</source>
        <translation>演示中所做的修改</translation>
    </message>
    <message>
        <source>Keep the changes?</source>
        <translation>保留修改吗？</translation>
    </message>
    <message>
        <source>While presenting “%1” you changed:
%2

Keep these values in your working scenario? (Edit → Undo takes them back.)</source>
        <translation>演示“%1”时您修改了：
%2

要在当前工作情景中保留这些数值吗？（编辑 → 撤销 可恢复。）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>cc::ui::ScaleByInstanceChart</name>
    <message>
        <source>%1 GPUs, %2</source>
        <translation>%1 卡,%2</translation>
    </message>
</context>
<context>
    <name>cc::ui::ScaleEffectChart</name>
    <message>
        <source>%1 sequences, %2</source>
        <translation>%1 条序列,%2</translation>
    </message>
</context>
<context>
    <name>cc::ui::ScenarioModel</name>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
</context>
<context>
    <name>cc::ui::TornadoPanel</name>
    <message>
        <source>%1 (same line as %2)</source>
        <translation>%1（与%2重合）</translation>
    </message>
    <message>
        <source>± a share of each value</source>
        <translation>各自数值 ± 比例</translation>
    </message>
    <message>
        <source>across each slider&apos;s range</source>
        <translation>滑块全范围</translation>
    </message>
    <message>
        <source>Spider chart</source>
        <translation>蛛网图</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Swing:</source>
        <translation>摆动：</translation>
    </message>
    <message>
        <source>Tornado: %1 at %2</source>
        <translation>龙卷风图：%1 = %2</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>输入取低值</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>输入取高值</translation>
    </message>
    <message>
        <source>Spider: %1 as each input moves</source>
        <translation>蛛网图：各输入变动时的 %1</translation>
    </message>
    <message>
        <source>Change in the input (%)</source>
        <translation>输入变动（%）</translation>
    </message>
    <message>
        <source>Levers only</source>
        <translation>仅可调变量</translation>
    </message>
    <message>
        <source>Leave out GPUs per node, card peak, active parameters and the utilization behind DS6&apos;s throughput: facts of the hardware and the calibration, not choices</source>
        <translation>不含每节点 GPU 数、单卡峰值算力、激活参数与 DS6 吞吐对应的利用率：这些是硬件与校准的事实，而非可选的决策</translation>
    </message>
</context>
<context>
    <name>cc::ui::WaterfallChart</name>
    <message>
        <source>Margin level</source>
        <translation>利润率水平</translation>
    </message>
    <message>
        <source>Raises margin</source>
        <translation>抬高利润率</translation>
    </message>
    <message>
        <source>Lowers margin</source>
        <translation>拉低利润率</translation>
    </message>
    <message>
        <source>Revenue margin (%); steps in percentage points</source>
        <translation>收入利润率（%）；各步为百分点</translation>
    </message>
</context>
</TS>
