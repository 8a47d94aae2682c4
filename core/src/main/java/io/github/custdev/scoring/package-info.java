/**
 * Scoring: how evidence turns into an assessment of a hypothesis.
 *
 * <p>A {@link io.github.custdev.scoring.ScoringStrategy} reads a hypothesis and the evidence log and returns an
 * {@link io.github.custdev.scoring.Assessment}: a {@link io.github.custdev.scoring.Verdict}, an estimate with its
 * {@link io.github.custdev.scoring.Interval}, and the reason. Parameters and return values are never {@code null}.
 */
@ValueStyle
@NullMarked
package io.github.custdev.scoring;

import io.github.custdev.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
