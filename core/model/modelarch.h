// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/source.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace cc {

// The models the serving model knows, in the registry's choice order.
enum class ModelArch : std::uint8_t { DeepSeekV3, Qwen3_235B_A22B, Llama31_70B };
inline constexpr int modelArchCount = 3;

// A model as its published config.json gives it: every count below is read
// off that file (the names are the file's own where they differ by family).
struct ModelConfig {
    ModelArch arch;
    std::string_view id;
    std::string_view name;
    std::string_view configFile; // where the numbers come from
    int hidden;                  // dim / hidden_size
    int layers;                  // n_layers / num_hidden_layers
    int denseLayers;             // layers with a dense MLP instead of experts
    int heads;
    int kvHeads;         // GQA key/value heads; 0 for MLA
    int headDim;         // GQA head size
    int qLoraRank;       // MLA; 0 for GQA
    int kvLoraRank;      // MLA
    int qkNopeDim;       // MLA
    int qkRopeDim;       // MLA
    int vHeadDim;        // MLA
    int intermediate;    // dense MLP width
    int moeIntermediate; // one expert's width
    int routedExperts;
    int sharedExperts;
    int activeExperts; // routed experts per token
    int vocab;
    bool tiedEmbeddings;
    double weightBytes;            // bytes per parameter as published (FP8 1, BF16 2)
    double kvBytes;                // bytes per cached value (BF16 2)
    double headlineActiveBillions; // what the model card states, which activeParamsBillions takes
    Source source;

    bool mla() const { return kvLoraRank > 0; }
    int moeLayers() const { return routedExperts > 0 ? layers - denseLayers : 0; }
};

// What serving needs, derived from a config (docs/serving-model.md §1).
struct ModelShape {
    double totalParams;
    double activeParams;        // per token: embeddings, attention, dense MLPs, shared + active routed experts
    double expertParams;        // one routed expert across all MoE layers
    double replicatedParams;    // everything but the routed experts: held whole by each data-parallel rank
    double matmulFlopsPerToken; // 2 × active parameters, less the embedding lookup (no multiply)
    // Attention FLOPs per token per token of context: scores and the weighted sum,
    // in prefill form (MLA un-absorbed) and decode form (MLA absorbed into the latent).
    double prefillAttentionFlopsPerContext;
    double decodeAttentionFlopsPerContext;
    double kvValuesPerToken; // cached values per token, all layers
    double kvBytesPerToken;
    double epBytesPerToken;        // expert-parallel dispatch (weights' width) + combine (BF16), all MoE layers
    double allReduceBytesPerToken; // tensor parallelism per token, to be multiplied by (t−1)/t
};

std::span<const ModelConfig> modelConfigs();
const ModelConfig &modelConfig(ModelArch a);
const ModelConfig *findModelConfig(std::string_view id);
ModelShape modelShape(const ModelConfig &m);
// Cached per model: the kernel reads it on every evaluation.
const ModelShape &shapeOf(ModelArch a);

} // namespace cc
