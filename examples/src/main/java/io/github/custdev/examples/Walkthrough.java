package io.github.custdev.examples;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.Commitment;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceLog;
import io.github.custdev.EvidenceStatistics;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.vavr.collection.List;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A first walkthrough of the value model: a scheduling product for dental practices goes through customer discovery.
 * The team states its hypotheses with pre-registered criteria, records what customers said, did and paid, and reads
 * the running statistics of each hypothesis. {@link Journey}, the flagship, goes on to scoring, gates and pivots.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.github.custdev.examples.Walkthrough}.
 */
public final class Walkthrough {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Walkthrough() {}

    /**
     * Prints the walkthrough.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        HypothesisId segment = HypothesisId.of("segment.small-practices");
        HypothesisId problem = HypothesisId.of("problem.phone-scheduling");
        HypothesisId price = HypothesisId.of("revenue.price-point");
        HypothesisId fit = HypothesisId.of("pmf.ellis");

        List<Hypothesis> hypotheses = List.of(
                Hypothesis.builder()
                        .id(segment)
                        .statement("Practices with one to three dentists decide on software without a committee")
                        .area(BusinessModelArea.CUSTOMER_SEGMENT)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(SuccessCriterion.proportionAtLeast(0.6, 10))
                        .importance(2)
                        .build(),
                Hypothesis.builder()
                        .id(problem)
                        .statement("Front desks lose hours a week scheduling by phone")
                        .area(BusinessModelArea.PROBLEM)
                        .phase(Phase.CUSTOMER_DISCOVERY)
                        .criterion(SuccessCriterion.proportionAtLeast(0.5, 10))
                        .importance(3)
                        .build(),
                Hypothesis.of(
                        price,
                        "Practices will pay at least $120 a month",
                        BusinessModelArea.REVENUE,
                        Phase.CUSTOMER_VALIDATION,
                        SuccessCriterion.meanAtLeast(120, "USD/month", 8)),
                Hypothesis.of(
                        fit,
                        "At least 40% of active users would be very disappointed without the product",
                        BusinessModelArea.VALUE_PROPOSITION,
                        Phase.CUSTOMER_DISCOVERY,
                        SuccessCriterion.veryDisappointedAtLeast(0.40, 40)));

        out.println("custdev walkthrough: a scheduling product for dental practices");
        out.println();
        out.println("Phase " + Phase.first() + " (" + Phase.first().mode() + "): "
                + Phase.first().question());
        out.println();
        out.println("Hypotheses, each with its pre-registered criterion:");
        hypotheses.forEach(h -> out.printf(Locale.ROOT, "  %-26s %-17s %s%n", h.id(), h.area(), h.criterion()));

        EvidenceLog log = EvidenceLog.empty();
        String[] practices = {"dr-lee", "dr-ray", "dr-ito", "dr-abe", "dr-kim", "dr-fox", "dr-oak", "dr-ng"};
        for (int i = 0; i < practices.length; i++) {
            Instant day = START.plus(Duration.ofDays(i));
            Source practice = Source.of(practices[i], "small-practices");
            log = log.append(
                            i % 4 == 3
                                    ? Statement.refutes(segment, practice, day)
                                    : Statement.supports(segment, practice, day))
                    .append(
                            i % 3 == 2
                                    ? Statement.neutral(problem, practice, day)
                                    : Statement.supports(problem, practice, day)
                                            .withQuote("We lose a morning a week to phone tag"))
                    .append(Measurement.of(price, practice, day, 90 + 10 * i, "USD/month", Strength.SAID));
        }
        Instant later = START.plus(Duration.ofDays(14));
        log = log.append(Commitment.made(problem, Source.of("dr-lee", "small-practices"), later, Commitment.Kind.MONEY)
                        .withAmount(new BigDecimal("1200"), "USD"))
                .append(Commitment.declined(
                        problem, Source.of("dr-ray", "small-practices"), later, Commitment.Kind.MONEY))
                .append(SeanEllisTally.of(fit, Source.of("survey-1", "small-practices"), later, 19, 14, 9));

        out.println();
        out.println("Recorded " + log.size() + " pieces of evidence; the log keeps running statistics per hypothesis:");
        for (Hypothesis h : hypotheses) {
            out.println("  " + h.id() + ": " + describe(h, log.statistics(h.id())));
        }

        out.println();
        out.println("What customers paid outweighs what they said; counting only PAID evidence for the problem:");
        EvidenceStatistics paid = log.statistics(problem).atLeast(Strength.PAID);
        out.println("  " + problem + ": " + paid.successes() + " of " + paid.trials() + " asked committed money");

        out.println();
        out.println("The last item recorded:");
        Evidence last = log.get(log.size() - 1);
        out.println("  " + last);
        out.println();
        out.println("Next: the Journey example scores these statistics, runs the phase gates and pivots.");
    }

    private static String describe(Hypothesis hypothesis, EvidenceStatistics statistics) {
        SuccessCriterion criterion = hypothesis.criterion();
        switch (criterion.metric()) {
            case MEAN:
                return String.format(
                        Locale.ROOT,
                        "mean %.1f %s over %d measurements (criterion %s %s)",
                        statistics.measurementMean(),
                        statistics.unit().getOrElse(""),
                        statistics.measurementCount(),
                        criterion.comparison().symbol(),
                        criterion.threshold());
            case PROPORTION:
            case COUNT:
            default:
                return String.format(
                        Locale.ROOT,
                        "%d of %d positive (%.0f%%), %d of %d trials needed",
                        statistics.successes(),
                        statistics.trials(),
                        100.0 * statistics.successes() / Math.max(1, statistics.trials()),
                        Math.min(statistics.trials(), criterion.minimumSample()),
                        criterion.minimumSample());
        }
    }
}
