package io.github.custdev.audience;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.custdev.InvalidValueException;
import io.github.custdev.internal.Checks;
import io.github.custdev.internal.Texts;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The smallest viable audience among candidate segments, and why it was chosen: the smallest group of customers
 * that lets the venture thrive, large enough to pay for itself and small enough to serve obsessively.
 *
 * <p>{@link #choose(Iterable, double)} judges every candidate's {@link Viability} and chooses, among the viable
 * ones, the one with the smallest reachable size. Ties are broken deterministically, whatever the order of the
 * candidates: at equal size the higher probability of viability wins, then the name in alphabetical order (names must
 * be distinct). When no candidate is viable the answer says so, with every candidate's shortfall; it is a value, not
 * an exception.
 *
 * <pre>{@code
 * SmallestViableAudience choice = SmallestViableAudience.choose(List.of(solo, clinics, chains), 0.9);
 * choice.audience();        // Some(clinics)
 * choice.reason();          // "'clinics' is the smallest viable audience of 3 candidates: ..."
 * choice.candidates();      // every candidate's viability, in the order considered
 * }</pre>
 *
 * Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class SmallestViableAudience {
    private static final Comparator<Viability> ORDER = Comparator.<Viability>comparingLong(
                    v -> v.audience().reachableSize())
            .thenComparing(Viability::probability, Comparator.reverseOrder())
            .thenComparing(v -> v.audience().name());

    private final Seq<Viability> candidates;
    private final Option<Viability> chosen;
    private final double requiredProbability;
    private final double targetMargin;

    private SmallestViableAudience(
            Seq<Viability> candidates, Option<Viability> chosen, double requiredProbability, double targetMargin) {
        this.candidates = candidates;
        this.chosen = chosen;
        this.requiredProbability = requiredProbability;
        this.targetMargin = targetMargin;
    }

    /**
     * Chooses the smallest audience that breaks even with at least the given probability.
     *
     * @param candidates the candidate audiences, with distinct names; may be empty
     * @param requiredProbability the least probability of breaking even, in (0, 1]
     * @return the choice, which may be that none is viable
     * @throws InvalidValueException if a candidate is null, two share a name, or the probability is outside (0, 1]
     */
    public static SmallestViableAudience choose(Iterable<Audience> candidates, double requiredProbability) {
        return choose(candidates, requiredProbability, 0.0);
    }

    /**
     * Chooses the smallest audience that reaches a target operating margin with at least the given probability.
     *
     * @param candidates the candidate audiences, with distinct names; may be empty
     * @param requiredProbability the least probability of reaching the margin, in (0, 1]
     * @param targetMargin the operating margin to reach, in [0, 1); 0 is break-even
     * @return the choice, which may be that none is viable
     * @throws InvalidValueException if a candidate is null, two share a name, or a number is outside its range
     */
    public static SmallestViableAudience choose(
            Iterable<Audience> candidates, double requiredProbability, double targetMargin) {
        Checks.notNull(candidates, "candidates");
        Checks.requiredProbability(requiredProbability);
        Checks.targetMargin(targetMargin);
        Set<String> names = HashSet.empty();
        List<Viability> judged = List.empty();
        for (Audience audience : candidates) {
            Checks.notNull(audience, "candidates[" + judged.size() + "]");
            if (names.contains(audience.name())) {
                throw InvalidValueException.of("candidates", "must have distinct names", audience.name());
            }
            names = names.add(audience.name());
            judged = judged.prepend(audience.viability(requiredProbability, targetMargin));
        }
        Seq<Viability> ordered = judged.sorted(ORDER);
        return new SmallestViableAudience(
                ordered, ordered.find(Viability::isViable), requiredProbability, targetMargin);
    }

    /**
     * The chosen audience.
     *
     * @return the smallest viable audience, or none when no candidate is viable
     */
    public Option<Audience> audience() {
        return chosen.map(Viability::audience);
    }

    /**
     * The viability of the chosen audience.
     *
     * @return the chosen audience's viability, or none when no candidate is viable
     */
    public Option<Viability> viability() {
        return chosen;
    }

    /**
     * Whether a viable audience was found.
     *
     * @return {@code true} when some candidate is viable
     */
    public boolean isFound() {
        return chosen.isDefined();
    }

    /**
     * Every candidate's viability, in the order considered: by reachable size, then by probability of viability
     * (higher first), then by name. The chosen audience is the first viable one.
     *
     * @return the candidates' viabilities; empty when there were no candidates
     */
    public Seq<Viability> candidates() {
        return candidates;
    }

    /**
     * The least probability of viability the choice required.
     *
     * @return the required probability, in (0, 1]
     */
    public double requiredProbability() {
        return requiredProbability;
    }

    /**
     * The operating margin the chosen audience had to reach; 0 for break-even.
     *
     * @return the target margin, in [0, 1)
     */
    public double targetMargin() {
        return targetMargin;
    }

    /**
     * Why this audience was chosen, or why none was, in one line: the chosen audience's figures and, for each smaller
     * candidate, why it is not viable; or every candidate's shortfall.
     *
     * @return the reason
     */
    public String reason() {
        String goal = targetMargin == 0.0
                ? "breaking even"
                : "reaching a " + Texts.percent(targetMargin) + " operating margin";
        if (candidates.isEmpty()) {
            return "no viable audience: there are no candidates";
        }
        if (chosen.isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "no viable audience among %d candidate%s at probability >= %.3f of %s: %s",
                    candidates.size(),
                    candidates.size() == 1 ? "" : "s",
                    requiredProbability,
                    goal,
                    candidates.map(SmallestViableAudience::brief).mkString("; "));
        }
        Viability choice = chosen.get();
        int index = candidates.indexOf(choice);
        Seq<Viability> smaller = candidates.take(index);
        int largerViable = candidates.drop(index + 1).count(Viability::isViable);
        return String.format(
                        Locale.ROOT,
                        "'%s' is the smallest viable audience of %d candidate%s: %,d reachable, probability %.3f >= %.3f"
                                + " of %s (%,.1f expected paying customers, %,d needed)",
                        choice.audience().name(),
                        candidates.size(),
                        candidates.size() == 1 ? "" : "s",
                        choice.audience().reachableSize(),
                        choice.probability(),
                        requiredProbability,
                        goal,
                        choice.expectedCustomers(),
                        choice.customersNeeded().get())
                + (smaller.isEmpty()
                        ? "; no candidate is smaller"
                        : "; not viable: "
                                + smaller.map(SmallestViableAudience::brief).mkString("; "))
                + (largerViable == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; %d larger candidate%s viable too",
                                largerViable,
                                largerViable == 1 ? " is" : "s are"));
    }

    private static String brief(Viability viability) {
        Audience audience = viability.audience();
        String figures = viability.customersNeeded().isEmpty()
                ? "no number of customers suffices"
                : String.format(
                        Locale.ROOT,
                        "probability %.3f, %,.1f expected paying customers, %,d needed",
                        viability.probability(),
                        viability.expectedCustomers(),
                        viability.customersNeeded().get());
        return String.format(
                Locale.ROOT, "'%s' (%,d reachable, %s)", audience.name(), audience.reachableSize(), figures);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SmallestViableAudience that)) {
            return false;
        }
        return candidates.equals(that.candidates)
                && chosen.equals(that.chosen)
                && Double.compare(requiredProbability, that.requiredProbability) == 0
                && Double.compare(targetMargin, that.targetMargin) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(candidates, chosen, requiredProbability, targetMargin);
    }

    /**
     * The choice as text: its {@link #reason()}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return reason();
    }
}
