// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/sampler.h"

namespace cc {

double normalQuantile(double p)
{
    // P. J. Acklam, "An algorithm for computing the inverse normal cumulative
    // distribution function" (2003): rational approximations, central and tails.
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = sampling::normalTail;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    return sampling::centralNormalQuantile(p);
}

} // namespace cc
