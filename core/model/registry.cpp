// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/registry.h"

#include <cstdlib>

#include "core/model/lookup.h"
#include "core/model/serving.h"
#include "core/model/tr.h"

#include <array>
#include <type_traits>

namespace cc {

std::string_view provenanceName(Provenance p)
{
    switch (p) {
    case Provenance::Sourced: return "sourced";
    case Provenance::Derived: return "derived";
    case Provenance::Assumption: return "assumption";
    }
    return "";
}

std::string_view groupId(Group g)
{
    switch (g) {
    case Group::Demand: return "demand";
    case Group::Capacity: return "capacity";
    case Group::Maas: return "maas";
    case Group::Centre: return "centre";
    case Group::Growth: return "growth";
    case Group::Market: return "market";
    }
    return "";
}

} // namespace cc

// Qualified with cc:: outside the namespace: after a `std::string_view` return
// type inside it, lupdate would file the CC_TR texts under "std", not "cc".
std::string_view cc::groupLabel(Group g)
{
    switch (g) {
    case Group::Demand: return CC_TR("Demand");
    case Group::Capacity: return CC_TR("Capacity");
    case Group::Maas: return CC_TR("MaaS");
    case Group::Centre: return CC_TR("Compute centre");
    case Group::Growth: return CC_TR("Growth");
    case Group::Market: return CC_TR("National market");
    }
    return "";
}

namespace cc {

namespace {

constexpr auto S = Provenance::Sourced;
constexpr auto D = Provenance::Derived;
constexpr auto A = Provenance::Assumption;

// Plain arrays: lupdate files CC_TR texts in a `std::array` under "std".
constexpr Choice billingChoices[]{
    Choice{"elastic", CC_TR("Elastic: pay for average GPUs")},
    Choice{"reserved", CC_TR("Reserved: pay for peak capacity")},
};

// Seed B counts centres; IDC counts FP16 EFLOPS. The two differ by about 5×
// at the defaults (150 × 1,000 = 150k cards against 725.3 EFLOPS ÷ 989 TFLOPS
// = 733k), which the labels say where the analyst chooses.
constexpr Choice supplyBasisChoices[]{
    Choice{"centres", CC_TR("A2: centres × cards")},
    Choice{"eflops", CC_TR("IDC: EFLOPS ÷ card peak")},
};

constexpr Choice servingMethodChoices[]{
    Choice{"measured", CC_TR("Measured (DS6)")},
    Choice{"hardware", CC_TR("Hardware model")},
};

// Ids and names as the chip and model tables give them (proper names: not translated).
constexpr Choice cardChoices[]{
    Choice{"H800", CC_TR("H800")},
    Choice{"H100", CC_TR("H100")},
    Choice{"H200", CC_TR("H200")},
    Choice{"H20", CC_TR("H20")},
    Choice{"A100", CC_TR("A100")},
    Choice{"B200", CC_TR("B200")},
    Choice{"Ascend910B", CC_TR("Ascend 910B")},
    Choice{"Ascend910C", CC_TR("Ascend 910C")},
};
static_assert(std::size(cardChoices) == cardCount);
constexpr Choice modelArchChoices[]{
    Choice{"deepseek-v3", CC_TR("DeepSeek-V3/R1")},
    Choice{"qwen3-235b-a22b", CC_TR("Qwen3-235B-A22B")},
    Choice{"llama-3.1-70b", CC_TR("Llama-3.1-70B")},
};

// Valid ranges are closed and finite on purpose: model.md's open domains such
// as (0, 1] admit 1e-320, whose reciprocal overflows. The lower ends below are
// far beneath any figure an analyst would type, and inside them every output
// stays finite (tests/test_model_domain checks the corners).
// One parameter per block, its fields in the order of ParamInfo: kept as laid out.
// clang-format off
const ParamInfo registry[]{
    // ---- Demand
    ParamInfo{"dauMillions", Group::Demand, CC_TR("Daily active users"), CC_TR("M users"),
              1e-6, 10'000, 1, 500, 25, 1, false, false, false,
              {"GJ", "市场担心DeepSeek仅使用1814个H800就支持了约2500万DAU", S}, &Inputs::dauMillions, {}},
    ParamInfo{"inputTokensPerDau", Group::Demand, CC_TR("Input tokens per DAU"), CC_TR("tokens/day"),
              1, 1e8, 1'000, 200'000, 24'320, 0, false, false, false,
              {"DS6 + GJ", "608 B input tokens a day (DS6) ÷ 25 M DAU (GJ)", D}, &Inputs::inputTokensPerDau, {}},
    ParamInfo{"outputTokensPerDau", Group::Demand, CC_TR("Output tokens per DAU"), CC_TR("tokens/day"),
              1, 1e8, 500, 100'000, 6'720, 0, false, false, false,
              {"DS6 + GJ", "168 B output tokens a day (DS6) ÷ 25 M DAU (GJ)", D}, &Inputs::outputTokensPerDau, {}},
    ParamInfo{"cacheHitShare", Group::Demand, CC_TR("Input cache-hit share"), "",
              0, 1, 0, 1, 0.563, 1, true, false, false,
              {"DS6", "342B (56.3%) of 608B input tokens hit the on-disk KV cache", S}, &Inputs::cacheHitShare, {}},
    ParamInfo{"tokenGrowth", Group::Demand, CC_TR("Token growth (multimodal, agents)"), CC_TR("×"),
              0.01, 1'000, 0.5, 10, 1, 2, false, false, false,
              {"GJ", "多模态与AI Agent将打开算力的成长空间 — direction only; 1 = today", A}, &Inputs::tokenGrowth, {}},
    // ---- Capacity
    ParamInfo{"servingMethod", Group::Capacity, CC_TR("Tokens per GPU from"), "",
              0, 1, 0, 1, 1, 0, false, true, false,
              {"DS6", "hardware: calibrated so that H800s deployed as DS6 describes give its 73.7k / 14.8k tokens/s per node", D},
              &Inputs::servingMethod, servingMethodChoices},
    ParamInfo{"card", Group::Capacity, CC_TR("Card"), "",
              0, cardCount - 1, 0, cardCount - 1, 0, 0, false, true, false,
              {"DS6", "H800 only; 8 GPUs per node — choosing a card also brings its peak and reference rent", S},
              &Inputs::card, cardChoices},
    ParamInfo{"modelArch", Group::Capacity, CC_TR("Model served"), "",
              0, modelArchCount - 1, 0, modelArchCount - 1, 0, 0, false, true, false,
              {"V3 config", "deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json — DS6 serves V3 and R1", S},
              &Inputs::modelArch, modelArchChoices},
    ParamInfo{"utilization", Group::Capacity, CC_TR("GPU utilization"), "",
              0.001, 1, 0.05, 1, 0.77, 1, true, false, true,
              {"GJ", "H800单卡利用率高达77%", S}, &Inputs::utilization, {}},
    ParamInfo{"calibrationUtilization", Group::Capacity, CC_TR("Utilization behind DS's throughput"), "",
              0.001, 1, 0.05, 1, 0.77, 1, true, false, false,
              {"model.md", "DS6's node throughput is taken as measured at GJ's 77 % utilization", A},
              &Inputs::calibrationUtilization, {}},
    ParamInfo{"prefillTokensPerSecPerNode", Group::Capacity, CC_TR("Prefill throughput per node"), CC_TR("tokens/s"),
              1, 1e9, 10'000, 200'000, 73'700, 0, false, false, false,
              {"DS6", "each H800 node delivers ~73.7k tokens/s input (including cache hits) during prefilling", S},
              &Inputs::prefillTokensPerSecPerNode, {}},
    ParamInfo{"decodeTokensPerSecPerNode", Group::Capacity, CC_TR("Decode throughput per node"), CC_TR("tokens/s"),
              1, 1e9, 2'000, 50'000, 14'800, 0, false, false, false,
              {"DS6", "each H800 node delivers ~14.8k tokens/s output during decoding", S},
              &Inputs::decodeTokensPerSecPerNode, {}},
    ParamInfo{"gpusPerNode", Group::Capacity, CC_TR("GPUs per node"), CC_TR("GPUs"),
              1, 1'024, 1, 16, 8, 0, false, true, false,
              {"DS6", "H800 nodes of 8 GPUs each", S}, &Inputs::gpusPerNode, {}},
    ParamInfo{"peakMultiplier", Group::Capacity, CC_TR("Peak multiplier"), CC_TR("×"),
              1, 100, 1, 3, 1.2, 2, false, false, true,
              {"GJ", "未设置较大的算力冗余(峰值倍数仅1.2); DS6: peak 278 ÷ average 226.75 nodes = 1.226", S},
              &Inputs::peakMultiplier, {}},
    ParamInfo{"activeParamsBillions", Group::Capacity, CC_TR("Active parameters per token"), CC_TR("B"),
              0.001, 100'000, 1, 1'000, 37, 1, false, false, false,
              {"GJ / V3", "单次推理仅激活370亿参数; V3: 671B total parameters with 37B activated for each token", S},
              &Inputs::activeParamsBillions, {}},
    ParamInfo{"cardPeakTflops", Group::Capacity, CC_TR("Card peak (dense)"), CC_TR("TFLOPS"),
              1, 1e6, 50, 5'000, 1'979, 0, false, false, false,
              {"facts.md §4", "H800 FP8 dense ≈ 1,979 ⚠ inferred from the H100 SXM (same GH100 die); BF16 dense 989 (VERL)", D},
              &Inputs::cardPeakTflops, {}},
    ParamInfo{"promptTokens", Group::Capacity, CC_TR("Prompt length"), CC_TR("tokens"),
              1, 1e6, 100, 32'000, ds6::promptTokens, 0, false, false, false,
              {"DS6", "KV length 4,989 per output token = prompt × (1 + ½ × 168 B ÷ 608 B output per input token) → 4,384", D},
              &Inputs::promptTokens, {}},
    ParamInfo{"contextTokens", Group::Capacity, CC_TR("Decode context (KV length)"), CC_TR("tokens"),
              1, 1e6, 100, 32'000, ds6::contextTokens, 0, false, false, false,
              {"DS6", "the average kvcache length per output token is 4,989", S}, &Inputs::contextTokens, {}},
    ParamInfo{"decodeTpotMs", Group::Capacity, CC_TR("Time per output token"), CC_TR("ms"),
              0.1, 10'000, 10, 200, ds6::tpotMs, 1, false, false, false,
              {"DS6", "average output speed 20–22 tokens/s per user → 1,000 ÷ 21 = 47.6 ms", D}, &Inputs::decodeTpotMs, {}},
    ParamInfo{"prefillGpusPerInstance", Group::Capacity, CC_TR("GPUs per prefill instance"), CC_TR("GPUs"),
              1, 4'096, 8, 320, ds6::prefillGpusPerInstance, 0, false, true, false,
              {"DS6", "Prefill: Routed Expert EP32, MLA/Shared Expert DP32 — a deployment unit of 4 nodes", S},
              &Inputs::prefillGpusPerInstance, {}},
    ParamInfo{"decodeGpusPerInstance", Group::Capacity, CC_TR("GPUs per decode instance"), CC_TR("GPUs"),
              1, 4'096, 8, 320, ds6::decodeGpusPerInstance, 0, false, true, false,
              {"DS6", "Decode: Routed Expert EP144, MLA/Shared Expert DP144 — a deployment unit of 18 nodes", S},
              &Inputs::decodeGpusPerInstance, {}},
    // ---- MaaS
    ParamInfo{"gpuHourPriceUsd", Group::Maas, CC_TR("GPU rent"), CC_TR("USD/GPU·h"),
              0.001, 1'000, 0.5, 6, 2, 2, false, false, false,
              {"DS6", "assuming the leasing cost of one H800 GPU is $2 per hour", S}, &Inputs::gpuHourPriceUsd, {}},
    ParamInfo{"billing", Group::Maas, CC_TR("GPU billing"), "",
              0, 1, 0, 1, 0, 0, false, true, false,
              {"DS6", "cost counted on the average of 226.75 nodes: 226.75 × 8 × $2 × 24 h = $87,072", S},
              &Inputs::billing, billingChoices},
    ParamInfo{"gpuShareOfTotalCost", Group::Maas, CC_TR("GPU share of total cost"), "",
              0.001, 1, 0.2, 1, 1, 1, true, false, false,
              {"DS6", "DS counts GPU rent only; GJ adjusts 'GPU 租赁成本在总成本中的占比' to a reasonable level", S},
              &Inputs::gpuShareOfTotalCost, {}},
    ParamInfo{"priceCacheHitUsdPerM", Group::Maas, CC_TR("Price, input cache hit"), CC_TR("USD/M tokens"),
              0.0001, 1'000, 0.01, 1, 0.14, 3, false, false, false,
              {"DS6", "R1 pricing: $0.14 / million input tokens (cache hit)", S}, &Inputs::priceCacheHitUsdPerM, {}},
    ParamInfo{"priceCacheMissUsdPerM", Group::Maas, CC_TR("Price, input cache miss"), CC_TR("USD/M tokens"),
              0.0001, 1'000, 0.05, 3, 0.55, 3, false, false, false,
              {"DS6", "R1 pricing: $0.55 / million input tokens (cache miss)", S}, &Inputs::priceCacheMissUsdPerM, {}},
    ParamInfo{"priceOutputUsdPerM", Group::Maas, CC_TR("Price, output"), CC_TR("USD/M tokens"),
              0.0001, 1'000, 0.2, 10, 2.19, 3, false, false, false,
              {"DS6", "R1 pricing: $2.19 / million output tokens", S}, &Inputs::priceOutputUsdPerM, {}},
    ParamInfo{"paidRate", Group::Maas, CC_TR("Paid rate"), "",
              0.001, 1, 0.05, 1, 1, 1, true, false, true,
              {"DS6", "theoretical: all tokens billed at R1 prices; GJ: 若能将付费率提升至40%+,则公司的利润率有望达20%+", S},
              &Inputs::paidRate, {}},
    ParamInfo{"priceRealization", Group::Maas, CC_TR("Price realization"), "",
              0.001, 1, 0.2, 1, 1, 1, true, false, false,
              {"DS6", "V3 is priced well below R1 and night discounts apply — DS gives the reasons, no figure", A},
              &Inputs::priceRealization, {}},
    // ---- Compute centre
    ParamInfo{"cards", Group::Centre, CC_TR("Cards in the centre"), CC_TR("cards"),
              1, 1e7, 100, 20'000, 1'000, 0, false, true, false,
              {"A2", "以一個英偉達H100構成的千卡集群智算中心爲例", S}, &Inputs::cards, {}},
    ParamInfo{"capexCnyMillions", Group::Centre, CC_TR("Up-front investment"), CC_TR("CNY M"),
              0.001, 1e7, 50, 2'000, 350, 1, false, false, false,
              {"A2", "包括算力成本在內的前期投入成本高達3.5億", S}, &Inputs::capexCnyMillions, {}},
    ParamInfo{"opexCnyMillionsPerYear", Group::Centre, CC_TR("Running cost"), CC_TR("CNY M/yr"),
              0, 1e7, 0, 300, 50, 1, false, false, false,
              {"A2", "建成之後每年還要掏出五千萬元去支撐運轉", S}, &Inputs::opexCnyMillionsPerYear, {}},
    ParamInfo{"occupancy", Group::Centre, CC_TR("Occupancy"), "",
              0, 1, 0, 1, 0.25, 1, true, false, false,
              {"A2", "機房的出租率普遍在20%-30%之間 — midpoint", D}, &Inputs::occupancy, {}},
    ParamInfo{"rentalCnyPerCardHour", Group::Centre, CC_TR("Rental price"), CC_TR("CNY/card·h"),
              0.001, 10'000, 4, 40, 14.4, 2, false, false, false,
              {"DS6 × FX", "DS6's $2 per GPU-hour × 7.2 CNY/USD (the FX rate is our assumption)", A},
              &Inputs::rentalCnyPerCardHour, {}},
    ParamInfo{"depreciationYears", Group::Centre, CC_TR("Depreciation period"), CC_TR("years"),
              1, 100, 1, 10, 5, 1, false, false, false,
              {"assumption", "straight-line over 5 years; A2 states no period", A}, &Inputs::depreciationYears, {}},
    // ---- Growth
    ParamInfo{"projectionYears", Group::Growth, CC_TR("Years projected (from 2025)"), CC_TR("years"),
              1, 50, 1, 15, 5, 0, false, true, false,
              {"assumption", "2025 (DS6's disclosure) to 2030", A}, &Inputs::projectionYears, {}},
    ParamInfo{"dauGrowthPerYear", Group::Growth, CC_TR("DAU growth"), "",
              -0.9, 10, -0.5, 1.5, 0.20, 1, true, false, false,
              {"GJ", "多品类APP接入AI大模型有望带来用户数增长 — rate is our assumption", A}, &Inputs::dauGrowthPerYear, {}},
    ParamInfo{"tokensPerDauGrowthPerYear", Group::Growth, CC_TR("Tokens per DAU growth"), "",
              -0.9, 10, -0.5, 1.5, 0.25, 1, true, false, false,
              {"GJ", "多模态与AI Agent将打开算力的成长空间 — rate is our assumption", A},
              &Inputs::tokensPerDauGrowthPerYear, {}},
    ParamInfo{"activeParamsGrowthPerYear", Group::Growth, CC_TR("Active parameters growth"), "",
              -0.9, 10, -0.5, 1.5, 0, 1, true, false, false,
              {"GJ", "参数量*效率*数据规模才是新的scaling law方向 — rate is our assumption", A},
              &Inputs::activeParamsGrowthPerYear, {}},
    ParamInfo{"efficiencyGainPerYear", Group::Growth, CC_TR("Efficiency gain"), "",
              -0.9, 10, -0.5, 1.5, 0.15, 1, true, false, false,
              {"GJ / A2", "算力效率是新的Scaling Law方向; with the rates above demand grows 30.4 %/yr, "
                          "A2: 遠期算力規模復合增速每年料將超過30%", A},
              &Inputs::efficiencyGainPerYear, {}},
    // ---- Induced demand (Jevons): in the growth group, since the projection compounds it
    ParamInfo{"priceElasticity", Group::Growth, CC_TR("Token-price elasticity of demand"), CC_TR("ε"),
              0, 10, 0, 3, 0, 2, false, false, false,
              {"GJ / A2", "高算力效率不等于算力通缩 (GJ) — direction only, no figure. 0 keeps the growth rates above as "
                          "totals, as A2's 遠期算力規模復合增速每年料將超過30% is; raise it to add induced demand", A},
              &Inputs::priceElasticity, {}},
    ParamInfo{"costPassThrough", Group::Growth, CC_TR("Cost saving passed to the price"), "",
              0, 1, 0, 1, 1, 0, true, false, false,
              {"A2", "一些智算中心爲了維持算力銷售,爭取市場份額,也不惜採用降價 — competition passes savings on; "
                     "full pass-through is our assumption", A},
              &Inputs::costPassThrough, {}},
    ParamInfo{"efficiencyGain", Group::Growth, CC_TR("One-off efficiency gain"), CC_TR("×"),
              1, 1'000, 1, 10, 2, 2, false, false, false,
              {"V3", "671B total parameters with 37B activated for each token — 18× fewer FLOPs than a dense model "
                     "of its size, an upper bound; 2× is our illustrative gain", A},
              &Inputs::efficiencyGain, {}},
    // ---- National market
    ParamInfo{"nationalCentresOperating", Group::Market, CC_TR("Centres operating"), CC_TR("centres"),
              1, 1e5, 10, 1'000, 150, 0, false, true, false,
              {"A2", "2024年11月,全國已投運的智算中心項目近150個", S}, &Inputs::nationalCentresOperating, {}},
    ParamInfo{"nationalCentresPipeline", Group::Market, CC_TR("Centres under construction or planned"), CC_TR("centres"),
              0, 1e5, 0, 2'000, 400, 0, false, true, false,
              {"A2", "在建及規劃建設的智算中心項目近400個", S}, &Inputs::nationalCentresPipeline, {}},
    ParamInfo{"pipelineYears", Group::Market, CC_TR("Years for the pipeline to come online"), CC_TR("years"),
              0.1, 50, 1, 10, 3, 1, false, false, false,
              {"A2", "智算中心建設周期和AI需求周期存在一定的滯後性 — no dates given; evenly over 3 years is our assumption", A},
              &Inputs::pipelineYears, {}},
    ParamInfo{"cardsPerCentre", Group::Market, CC_TR("Cards per centre"), CC_TR("cards"),
              1, 1e7, 100, 20'000, 1'000, 0, false, true, false,
              {"A2", "以一個英偉達H100構成的千卡集群智算中心爲例 — one example, taken as the national average (our assumption)", A},
              &Inputs::cardsPerCentre, {}},
    ParamInfo{"nationalSupplyBasis", Group::Market, CC_TR("Count today's cards by (≈5× apart)"), "",
              0, 1, 0, 1, 0, 0, false, true, false,
              {"A2 / IDC", "A2's 150 centres × 1,000 cards = 150k; IDC's 725.3 EFLOPS ÷ 989 TFLOPS = 733k — about 5× apart", A},
              &Inputs::nationalSupplyBasis, supplyBasisChoices},
    ParamInfo{"nationalIntelligentEflops", Group::Market, CC_TR("National intelligent compute (FP16)"), CC_TR("EFLOPS"),
              0.001, 1e7, 100, 3'000, 725.3, 1, false, false, false,
              {"IDC", "2024: 725.3 EFLOPS (FP16); forecast 2025 1,037.3, 2026 1,460.3, 2028 2,781.9, CAGR 2023–28 46.2 %", S},
              &Inputs::nationalIntelligentEflops, {}},
    ParamInfo{"nationalCardTflops16", Group::Market, CC_TR("Card 16-bit dense peak (EFLOPS basis)"), CC_TR("TFLOPS"),
              1, 1e6, 50, 2'500, 989, 0, false, false, false,
              {"VERL", "H800 BF16 dense 989 — IDC counts FP16, so a 16-bit peak converts its EFLOPS to cards", D},
              &Inputs::nationalCardTflops16, {}},
    ParamInfo{"nationalOccupancy", Group::Market, CC_TR("National occupancy today"), "",
              0, 1, 0, 1, 0.25, 1, true, false, false,
              {"A2", "機房的出租率普遍在20%-30%之間 — midpoint", D}, &Inputs::nationalOccupancy, {}},
    ParamInfo{"trainingShareOfDemand", Group::Market, CC_TR("Training share of demand"), "",
              0, 1, 0, 1, 0.8, 1, true, false, false,
              {"A2", "我國算力需求仍以訓練爲主,佔比約80% (中國通服數字基建產業研究院)", S},
              &Inputs::trainingShareOfDemand, {}},
    ParamInfo{"trainingDemandGrowthPerYear", Group::Market, CC_TR("Training demand growth"), "",
              -0.9, 10, -0.5, 1.5, 0.10, 1, true, false, false,
              {"A2", "智算中心從訓練需求逐漸轉向推理需求 — direction only; 10 %/yr is our assumption", A},
              &Inputs::trainingDemandGrowthPerYear, {}},
    ParamInfo{"supplyGrowthPerYear", Group::Market, CC_TR("Supply growth after the pipeline"), "",
              -0.9, 10, -0.5, 1.5, 0.30, 1, true, false, false,
              {"A2", "遠期算力規模復合增速每年料將超過30%", S}, &Inputs::supplyGrowthPerYear, {}},
};
// clang-format on

} // namespace

std::span<const ParamInfo> parameters()
{
    return registry;
}

const ParamInfo *findParameter(std::string_view id)
{
    return findById<ParamInfo>(registry, id);
}

const ParamInfo &parameter(double Inputs::*field)
{
    for (const ParamInfo &p : registry)
        if (const auto *f = std::get_if<double Inputs::*>(&p.field); f && *f == field)
            return p;
    std::abort(); // every numeric field of Inputs is in the registry (test_registry checks it)
}

double valueOf(const Inputs &in, const ParamInfo &p)
{
    return std::visit([&](auto field) { return static_cast<double>(in.*field); }, p.field);
}

void setValue(Inputs &in, const ParamInfo &p, double value)
{
    std::visit(
        [&](auto field) {
            using T = std::remove_reference_t<decltype(in.*field)>;
            if constexpr (std::is_enum_v<T>)
                in.*field = static_cast<T>(static_cast<int>(value));
            else
                in.*field = value;
        },
        p.field);
}

Inputs defaultInputs()
{
    Inputs in;
    for (const ParamInfo &p : registry)
        setValue(in, p, p.defaultValue);
    return in;
}

std::string_view cardLabel(Card c)
{
    return cardChoices[static_cast<std::size_t>(c)].label;
}

} // namespace cc
