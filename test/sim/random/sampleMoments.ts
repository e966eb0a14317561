/**
 * Test helper: the sample mean and variance of `count` draws, with the standard errors the
 * CLT gives for them. The standard error of the mean uses the true variance; that of the
 * sample variance uses the sample's fourth central moment, Var(s²) ≈ (μ4 − σ⁴) / n
 * (Kendall & Stuart, "The Advanced Theory of Statistics", vol. 1, §10.5).
 */
export interface SampleMoments {
  mean: number;
  variance: number;
  meanStandardError: number;
  varianceStandardError: number;
}

export function sampleMoments(
  draw: () => number,
  count: number,
  trueVariance: number,
): SampleMoments {
  const values = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const x = draw();
    values[i] = x;
    sum += x;
  }
  const mean = sum / count;
  let m2 = 0;
  let m4 = 0;
  for (const x of values) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (count - 1);
  const fourth = m4 / count;
  return {
    mean,
    variance,
    meanStandardError: Math.sqrt(trueVariance / count),
    varianceStandardError: Math.sqrt(Math.max(fourth - variance * variance, 0) / count),
  };
}

/** The largest gap between the empirical CDF of `values` and `cdf` (Kolmogorov–Smirnov D). */
export function kolmogorovSmirnovDistance(
  values: Float64Array,
  cdf: (x: number) => number,
): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let distance = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    distance = Math.max(distance, (i + 1) / n - f, f - i / n);
  });
  return distance;
}

/** `count` draws into a typed array. */
export function draws(draw: () => number, count: number): Float64Array {
  return Float64Array.from({ length: count }, draw);
}
