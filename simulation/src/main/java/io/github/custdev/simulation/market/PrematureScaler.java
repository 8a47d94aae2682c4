package io.github.custdev.simulation.market;

import io.github.custdev.Phase;
import io.github.custdev.Role;
import io.github.custdev.Venture;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * The premature scaler of the Startup Genome Report (Marmer et al., 2011): it searches as the scientific founder does,
 * but once Customer Discovery passes it hires a VP of Sales and a sales representative, executors hired before
 * Customer Validation has found a repeatable sales process, and their pay raises its burn while it still searches.
 * The venture flags the hires as premature scaling. See {@link Founders#prematureScaler()}.
 */
final class PrematureScaler extends Scientific {

    PrematureScaler() {
        super("premature scaler", Scoring.bayesian());
    }

    @Override
    public Seq<Role> hires(Venture venture) {
        if (venture.phase() != Phase.CUSTOMER_VALIDATION || hasExecutors(venture)) {
            return Vector.empty();
        }
        return Vector.of(Role.VP_SALES, Role.SALES_REPRESENTATIVE);
    }
}
