package io.github.custdev;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.internal.Checks;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How well a venture's team fits its mode, as a {@link GateCriterion.TeamFitsMode team criterion} judged it: builders
 * while searching, operators with their departments and processes while executing.
 *
 * <p>The verdict:
 *
 * <ul>
 *   <li>searching: supported when no executor was hired while searching, refuted when one was ({@link
 *       PrematureScaling});
 *   <li>executing: refuted while the venture has kept builders only for longer than allowed ({@link UnderBuilding},
 *       ongoing); supported when every operator role the criterion names is hired and every department it names is
 *       established; inconclusive otherwise (the team is still being built, within the time allowed). An
 *       under-building that a late hire ended is still shown, but no longer refutes.
 * </ul>
 *
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TeamFit {
    private final Mode mode;
    private final Seq<Role> missingRoles;
    private final Seq<String> missingDepartments;
    private final @Nullable UnderBuilding underBuilding;
    private final Seq<PrematureScaling> prematureScaling;

    private TeamFit(
            Mode mode,
            Seq<Role> missingRoles,
            Seq<String> missingDepartments,
            @Nullable UnderBuilding underBuilding,
            Seq<PrematureScaling> prematureScaling) {
        this.mode = mode;
        this.missingRoles = missingRoles;
        this.missingDepartments = missingDepartments;
        this.underBuilding = underBuilding;
        this.prematureScaling = prematureScaling;
    }

    /**
     * A team's fit, from its parts.
     *
     * @param mode the venture's mode when judged
     * @param missingRoles the operator roles the criterion names that are not hired; empty while searching
     * @param missingDepartments the departments the criterion names that are not established; empty while searching
     * @param underBuilding the under-building on record in the current stay in execution; none while searching
     * @param prematureScaling the executors hired while searching
     * @return the fit
     * @throws InvalidValueException if an argument is null or holds a null, or a searching venture's fit names
     *     missing roles, missing departments or an under-building
     */
    public static TeamFit of(
            Mode mode,
            Seq<Role> missingRoles,
            Seq<String> missingDepartments,
            Option<UnderBuilding> underBuilding,
            Seq<PrematureScaling> prematureScaling) {
        Checks.notNull(mode, "mode");
        Checks.notNull(missingRoles, "missingRoles").forEach(role -> Checks.notNull(role, "missingRoles[]"));
        Checks.notNull(missingDepartments, "missingDepartments")
                .forEach(name -> Checks.notNull(name, "missingDepartments[]"));
        Checks.notNull(underBuilding, "underBuilding");
        Checks.notNull(prematureScaling, "prematureScaling")
                .forEach(hire -> Checks.notNull(hire, "prematureScaling[]"));
        if (mode == Mode.SEARCH) {
            if (!missingRoles.isEmpty() || !missingDepartments.isEmpty() || underBuilding.isDefined()) {
                throw InvalidValueException.of(
                        "mode",
                        "must be EXECUTE for a fit with missing roles, missing departments or an under-building",
                        mode);
            }
        }
        return new TeamFit(
                mode,
                Vector.ofAll(missingRoles),
                Vector.ofAll(missingDepartments),
                underBuilding.getOrNull(),
                Vector.ofAll(prematureScaling));
    }

    /**
     * The venture's mode when judged.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * The operator roles the criterion names that the venture has not hired.
     *
     * @return the roles, in the criterion's order; empty while searching
     */
    public Seq<Role> missingRoles() {
        return missingRoles;
    }

    /**
     * The departments the criterion names that the venture has not established.
     *
     * @return the names, in the criterion's order; empty while searching
     */
    public Seq<String> missingDepartments() {
        return missingDepartments;
    }

    /**
     * The under-building on record in the venture's current stay in execution.
     *
     * @return the under-building, or none
     */
    public Option<UnderBuilding> underBuilding() {
        return Option.of(underBuilding);
    }

    /**
     * The executors hired while the venture was searching.
     *
     * @return the premature hires
     */
    public Seq<PrematureScaling> prematureScaling() {
        return prematureScaling;
    }

    /**
     * What the team says about the criterion; see the class description.
     *
     * @return supported, refuted or inconclusive
     */
    public Verdict verdict() {
        if (mode == Mode.SEARCH) {
            return prematureScaling.isEmpty() ? Verdict.SUPPORTED : Verdict.REFUTED;
        }
        if (underBuilding != null && underBuilding.isOngoing()) {
            return Verdict.REFUTED;
        }
        return missingRoles.isEmpty() && missingDepartments.isEmpty() ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
    }

    /**
     * Why, in words: {@code "executing: missing operators VP of Marketing; missing departments Operations"}, {@code
     * "executing: operators and departments in place"}, {@code "searching: builders only"}.
     *
     * @return the reason
     */
    public String reason() {
        StringBuilder text = new StringBuilder();
        if (mode == Mode.SEARCH) {
            text.append(
                    prematureScaling.isEmpty()
                            ? "searching: builders only"
                            : "searching, yet executors hired: " + prematureScaling.mkString("; "));
            return text.toString();
        }
        text.append("executing: ");
        if (missingRoles.isEmpty() && missingDepartments.isEmpty()) {
            text.append("operators and departments in place");
        } else {
            String separator = "";
            if (!missingRoles.isEmpty()) {
                text.append("missing operators ")
                        .append(missingRoles.map(Role::name).mkString(", "));
                separator = "; ";
            }
            if (!missingDepartments.isEmpty()) {
                text.append(separator).append("missing departments ").append(missingDepartments.mkString(", "));
            }
        }
        if (underBuilding != null) {
            text.append("; UNDER-BUILDING: ").append(underBuilding);
        }
        return text.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TeamFit that)) {
            return false;
        }
        return mode == that.mode
                && missingRoles.equals(that.missingRoles)
                && missingDepartments.equals(that.missingDepartments)
                && Objects.equals(underBuilding, that.underBuilding)
                && prematureScaling.equals(that.prematureScaling);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, missingRoles, missingDepartments, underBuilding, prematureScaling);
    }

    @Override
    public String toString() {
        return reason();
    }
}
