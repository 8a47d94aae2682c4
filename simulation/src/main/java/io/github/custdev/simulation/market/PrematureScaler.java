package io.github.custdev.simulation.market;

import io.github.custdev.Phase;
import io.github.custdev.Role;
import io.github.custdev.Venture;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * The premature scaler of the Startup Genome Report (Marmer et al., 2011): it searches as the scientific founder does,
 * but it staffs for the sales it expects before it has found whom to sell to: a VP of Sales and a sales representative
 * from the first period, and a VP of Marketing as soon as Customer Discovery passes, executors hired before Customer
 * Validation has found a repeatable sales process, whose pay raises its burn while it still searches (the report found
 * the teams of premature scalers about three times as large at the same stage).
 * The venture flags the hires as premature scaling. See {@link Founders#prematureScaler()}.
 */
final class PrematureScaler extends Scientific {

    PrematureScaler() {
        super("premature scaler", Scoring.bayesian());
    }

    @Override
    public Seq<Role> hires(Venture venture) {
        if (!venture.team().contains(Role.VP_SALES)) {
            return Vector.of(Role.VP_SALES, Role.SALES_REPRESENTATIVE);
        }
        if (venture.phase() == Phase.CUSTOMER_VALIDATION && !venture.team().contains(Role.VP_MARKETING)) {
            return Vector.of(Role.VP_MARKETING);
        }
        return Vector.empty();
    }
}
