// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/modelarch.h"

#include "core/model/lookup.h"

#include <array>

namespace cc {

namespace {

constexpr auto S = Provenance::Sourced;

// clang-format off
constexpr std::array table{
    // deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json: "dim": 7168, "inter_dim": 18432,
    // "moe_inter_dim": 2048, "n_layers": 61, "n_dense_layers": 3, "n_heads": 128, "n_routed_experts": 256,
    // "n_shared_experts": 1, "n_activated_experts": 8, "q_lora_rank": 1536, "kv_lora_rank": 512,
    // "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "v_head_dim": 128, "vocab_size": 129280, "dtype": "fp8"
    ModelConfig{ModelArch::DeepSeekV3, "deepseek-v3", "DeepSeek-V3 / R1 (671B MoE, MLA)",
                "deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json",
                7168, 61, 3, 128, 0, 0, 1536, 512, 128, 64, 128, 18432, 2048, 256, 1, 8, 129280, false, 1, 2, 37,
                {"V3 config", "671B total parameters with 37B activated for each token; FP8 weights, BF16 latent KV", S}},
    // Qwen/Qwen3-235B-A22B config.json: "hidden_size": 4096, "num_hidden_layers": 94, "num_attention_heads": 64,
    // "num_key_value_heads": 4, "head_dim": 128, "moe_intermediate_size": 1536, "num_experts": 128,
    // "num_experts_per_tok": 8, "vocab_size": 151936, "tie_word_embeddings": false, "torch_dtype": "bfloat16"
    ModelConfig{ModelArch::Qwen3_235B_A22B, "qwen3-235b-a22b", "Qwen3-235B-A22B (MoE, GQA)",
                "huggingface.co/Qwen/Qwen3-235B-A22B config.json",
                4096, 94, 0, 64, 4, 128, 0, 0, 0, 0, 0, 12288, 1536, 128, 0, 8, 151936, false, 2, 2, 22,
                {"Qwen3 config", "235B total, 22B activated (the model's name); BF16 weights and KV", S}},
    // meta-llama/Llama-3.1-70B config.json: "hidden_size": 8192, "num_hidden_layers": 80,
    // "num_attention_heads": 64, "num_key_value_heads": 8, "intermediate_size": 28672, "vocab_size": 128256
    ModelConfig{ModelArch::Llama31_70B, "llama-3.1-70b", "Llama-3.1-70B (dense, GQA)",
                "huggingface.co/meta-llama/Llama-3.1-70B config.json",
                8192, 80, 80, 64, 8, 128, 0, 0, 0, 0, 0, 28672, 0, 0, 0, 0, 128256, false, 2, 2, 70,
                {"Llama 3.1 config", "dense: every parameter is active; BF16 weights and KV", S}},
};
// clang-format on

static_assert(table.size() == modelArchCount);

} // namespace

std::span<const ModelConfig> modelConfigs()
{
    return table;
}

const ModelConfig &modelConfig(ModelArch a)
{
    return table[static_cast<std::size_t>(a)];
}

const ModelConfig *findModelConfig(std::string_view id)
{
    return findById<ModelConfig>(table, id);
}

ModelShape modelShape(const ModelConfig &m)
{
    const double d = m.hidden;
    // Attention projections and their norms, per layer.
    double attention = 0;
    double qkPrefill = 0, vPrefill = 0, qkDecode = 0, vDecode = 0;
    if (m.mla()) {
        const double qk = m.qkNopeDim + m.qkRopeDim;
        attention = d * m.qLoraRank + m.qLoraRank                                 // q down-projection + its norm
                    + double(m.qLoraRank) * m.heads * qk                          // q up-projection
                    + d * (m.kvLoraRank + m.qkRopeDim) + m.kvLoraRank             // kv down-projection + its norm
                    + double(m.kvLoraRank) * m.heads * (m.qkNopeDim + m.vHeadDim) // kv up-projection
                    + double(m.heads) * m.vHeadDim * d;                           // output
        // Prefill runs MLA as ordinary multi-head attention over up-projected keys
        // and values; decode absorbs the up-projections and attends over the
        // 512 + 64 latent (DeepSeek-V3 report §2.1.1).
        qkPrefill = qk;
        vPrefill = m.vHeadDim;
        qkDecode = m.kvLoraRank + m.qkRopeDim;
        vDecode = m.kvLoraRank;
    } else {
        attention = d * m.heads * m.headDim + 2 * d * m.kvHeads * m.headDim + double(m.heads) * m.headDim * d;
        qkPrefill = qkDecode = m.headDim;
        vPrefill = vDecode = m.headDim;
    }
    attention += 2 * d;                                   // the two RMSNorms of a layer
    const double expertLayer = 3 * d * m.moeIntermediate; // gate, up, down
    const double denseMlp = 3 * d * m.intermediate;
    const double router = m.routedExperts > 0 ? d * m.routedExperts : 0;
    const double embeddings = double(m.vocab) * d * (m.tiedEmbeddings ? 1 : 2);
    const int moeLayers = m.moeLayers();

    ModelShape s{};
    const double common = embeddings + m.layers * attention + m.denseLayers * denseMlp + moeLayers * router + d;
    s.totalParams = common + moeLayers * (m.routedExperts + m.sharedExperts) * expertLayer;
    s.activeParams = common + moeLayers * (m.activeExperts + m.sharedExperts) * expertLayer;
    s.expertParams = moeLayers * expertLayer;
    s.replicatedParams = s.totalParams - m.routedExperts * s.expertParams;
    // The input embedding is a lookup, not a matmul; the output head is one.
    s.matmulFlopsPerToken = 2 * (s.activeParams - double(m.vocab) * d);
    s.prefillAttentionFlopsPerContext = 2.0 * m.layers * m.heads * (qkPrefill + vPrefill);
    s.decodeAttentionFlopsPerContext = 2.0 * m.layers * m.heads * (qkDecode + vDecode);
    s.kvValuesPerToken =
        m.mla() ? double(m.kvLoraRank + m.qkRopeDim) * m.layers : 2.0 * m.kvHeads * m.headDim * m.layers;
    s.kvBytesPerToken = s.kvValuesPerToken * m.kvBytes;
    // Each token goes to its routed experts at the weights' width and comes back in BF16 (V3 report §3.3: FP8 dispatch,
    // BF16 combine).
    s.epBytesPerToken = moeLayers * double(m.activeExperts) * d * (m.weightBytes + 2);
    // Two all-reduces per layer of d BF16 values; a ring moves 2(t−1)/t of a vector per GPU.
    s.allReduceBytesPerToken = 2.0 * m.layers * d * 2 * 2; // × (t−1)/t where used
    return s;
}

const ModelShape &shapeOf(ModelArch a)
{
    static const std::array<ModelShape, modelArchCount> shapes = [] {
        std::array<ModelShape, modelArchCount> s{};
        for (int i = 0; i < modelArchCount; ++i)
            s[i] = modelShape(table[i]);
        return s;
    }();
    return shapes[static_cast<std::size_t>(a)];
}

} // namespace cc
