package io.github.custdev;

import io.vavr.collection.Vector;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The company a venture builds and whom it serves: the roles hired (with the premature hires among them and the first
 * operator's hire), the departments established, and the audiences chosen with the next-audience decisions that moved
 * between them. The rules about which of these events fit belong to {@link Venture}; this value only keeps the books.
 * Immutable and thread-safe.
 *
 * @param team every role hired, in order
 * @param prematureScaling every executor hired while the venture searched
 * @param firstOperatorAt when the first executor was hired, or null while none is
 * @param departments every department established, in order
 * @param audiences every audience chosen, in order; the last is the current one
 * @param nextAudiences every next-audience decision recorded, in order
 */
record Organisation(
        Vector<Role> team,
        Vector<PrematureScaling> prematureScaling,
        @Nullable Instant firstOperatorAt,
        Vector<VentureEvent.DepartmentEstablished> departments,
        Vector<VentureEvent.AudienceChosen> audiences,
        Vector<VentureEvent.NextAudienceChosen> nextAudiences) {

    private static final Organisation EMPTY =
            new Organisation(Vector.empty(), Vector.empty(), null, Vector.empty(), Vector.empty(), Vector.empty());

    /** A new venture's organisation: no one hired, nothing established, no audience chosen. */
    static Organisation empty() {
        return EMPTY;
    }

    /** This organisation after a hire in {@code phase}: an executor hired while searching is premature scaling. */
    Organisation hire(Role role, Phase phase, Instant at) {
        Vector<PrematureScaling> premature = role.isExecutor() && phase.isSearch()
                ? prematureScaling.append(PrematureScaling.of(role, phase, at))
                : prematureScaling;
        @Nullable Instant firstOperator = firstOperatorAt == null && role.isExecutor() ? at : firstOperatorAt;
        return new Organisation(team.append(role), premature, firstOperator, departments, audiences, nextAudiences);
    }

    /** This organisation with one more department. */
    Organisation establish(VentureEvent.DepartmentEstablished department) {
        return new Organisation(
                team, prematureScaling, firstOperatorAt, departments.append(department), audiences, nextAudiences);
    }

    /** This organisation serving a newly chosen audience. */
    Organisation choose(VentureEvent.AudienceChosen choice) {
        return new Organisation(
                team, prematureScaling, firstOperatorAt, departments, audiences.append(choice), nextAudiences);
    }

    /** This organisation after a next-audience decision, serving the audience it chose. */
    Organisation chooseNext(VentureEvent.NextAudienceChosen decision, VentureEvent.AudienceChosen choice) {
        return new Organisation(
                team,
                prematureScaling,
                firstOperatorAt,
                departments,
                audiences.append(choice),
                nextAudiences.append(decision));
    }

    /** Whether a department of this name is established. */
    boolean hasDepartment(String name) {
        return departments.exists(d -> d.department().equals(name));
    }
}
