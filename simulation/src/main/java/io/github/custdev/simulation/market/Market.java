package io.github.custdev.simulation.market;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.custdev.BusinessModelArea;
import io.github.custdev.InvalidValueException;
import io.github.custdev.Phase;
import io.github.custdev.audience.BassDiffusion;
import io.github.custdev.simulation.internal.Checks;
import io.github.custdev.simulation.nk.Interaction;
import io.github.custdev.simulation.nk.Landscape;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.apiguardian.api.API;

/**
 * The hidden world a simulated venture searches: the space of business models and the truth behind each hypothesis,
 * what each kind of experiment costs and reveals, what people cost, and the demand a launched business model meets.
 * A founder never sees it; it sees only the evidence its experiments draw from it. Immutable and thread-safe.
 *
 * <h2>Business models on an NK landscape</h2>
 *
 * A business model is a position on an NK landscape ({@link Landscape}) of {@code N = 5 b} binary choices, {@code b}
 * = {@link Ideas#bitsPerArea()} choices for each of the five {@link #AREAS areas} a venture states hypotheses about:
 * customer segment, problem and value proposition (validated in Customer Discovery), channel and revenue (validated in
 * Customer Validation). Area {@code j} owns choices {@code j b} to {@code j b + b - 1}. The true rate of the
 * hypothesis of an area (the share of customers who have the problem, want the value, are reached by the channel,
 * pay the price) is the mean of its choices' contributions, so that, through the K interactions, changing one area
 * changes the truth of others. A hypothesis is true when its rate is at least {@link Ideas#viableRate()}, and a
 * business model is viable when all five are.
 *
 * <h2>Money and demand</h2>
 *
 * Every period the venture pays its {@link Payroll} and the experiments it runs. A business model launched (the
 * venture passed Customer Validation) wins customers by Bass diffusion ({@link Demand}) out of a market of {@code
 * customers x acceptance}, where the acceptance is the product of the five true rates: the share of customers for
 * whom every part of the model works.
 *
 * @param ideas the space of business models and what makes a hypothesis true
 * @param interview the interview probe ({@link Probe.Kind#INTERVIEW})
 * @param smokeTest the smoke-test probe ({@link Probe.Kind#SMOKE_TEST})
 * @param preSale the pre-sale probe ({@link Probe.Kind#PRE_SALE})
 * @param demand the demand a launched business model meets
 * @param payroll what people cost per period
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Market(Ideas ideas, Probe interview, Probe smokeTest, Probe preSale, Demand demand, Payroll payroll) {

    /**
     * The areas of a business model a simulated venture states hypotheses about, in the order of their choices on the
     * landscape: customer segment, problem, value proposition, channel, revenue.
     */
    public static final Seq<BusinessModelArea> AREAS = Vector.of(
            BusinessModelArea.CUSTOMER_SEGMENT,
            BusinessModelArea.PROBLEM,
            BusinessModelArea.VALUE_PROPOSITION,
            BusinessModelArea.CHANNEL,
            BusinessModelArea.REVENUE);

    /**
     * Validates the fields.
     *
     * @throws InvalidValueException if a field is null, or a probe is of the wrong kind
     */
    public Market {
        Checks.notNull("market.ideas", ideas);
        checkKind("market.interview", interview, Probe.Kind.INTERVIEW);
        checkKind("market.smokeTest", smokeTest, Probe.Kind.SMOKE_TEST);
        checkKind("market.preSale", preSale, Probe.Kind.PRE_SALE);
        Checks.notNull("market.demand", demand);
        Checks.notNull("market.payroll", payroll);
    }

    private static void checkKind(String field, Probe probe, Probe.Kind kind) {
        Checks.notNull(field, probe);
        if (probe.kind() != kind) {
            throw InvalidValueException.of(field + ".kind", "must be " + kind, probe.kind());
        }
    }

    /**
     * The market of the workbench's published experiments ({@code docs/research.md}): two choices per area and K = 2
     * random interactions, true at a rate of 0.5; interviews at 0.5 overstating by 0.3, smoke tests of 40 visitors
     * at 3, pre-sales of 20 offers at 6; 100,000 customers paying 0.05 a period, Bass innovation 0.01 and imitation
     * 0.3 per period; founders costing 10 a period and each executor 8. Money is in thousands of the venture's
     * currency, periods are weeks.
     *
     * @return the market
     */
    public static Market defaults() {
        return new Market(
                new Ideas(2, 2, Interaction.RANDOM, 0.5, 0.25),
                Probe.interview(0.5, 0.3),
                Probe.smokeTest(40, 3),
                Probe.preSale(20, 6),
                new Demand(100_000, 0.05, 0.01, 0.3),
                new Payroll(10, 8));
    }

    /**
     * The probe of a kind.
     *
     * @param kind the kind
     * @return this market's probe of that kind
     * @throws InvalidValueException if the kind is null
     */
    public Probe probe(Probe.Kind kind) {
        return switch (Checks.notNull("kind", kind)) {
            case INTERVIEW -> interview;
            case SMOKE_TEST -> smokeTest;
            case PRE_SALE -> preSale;
        };
    }

    /**
     * The phase in which the hypothesis of an area is validated: Customer Discovery for the customer segment, the
     * problem and the value proposition, Customer Validation for the channel and revenue.
     *
     * @param area one of {@link #AREAS}
     * @return the phase
     * @throws InvalidValueException if the area is not one of {@link #AREAS}
     */
    public static Phase phaseOf(BusinessModelArea area) {
        return switch (indexOf(area)) {
            case 0, 1, 2 -> Phase.CUSTOMER_DISCOVERY;
            default -> Phase.CUSTOMER_VALIDATION;
        };
    }

    static int indexOf(BusinessModelArea area) {
        int index = AREAS.indexOf(Checks.notNull("area", area));
        if (index < 0) {
            throw InvalidValueException.of("area", "must be one of " + AREAS.mkString(", "), area);
        }
        return index;
    }

    /**
     * This market with another space of business models.
     *
     * @param other the ideas
     * @return the changed copy
     * @throws InvalidValueException if the argument is null
     */
    public Market withIdeas(Ideas other) {
        return new Market(other, interview, smokeTest, preSale, demand, payroll);
    }

    /**
     * This market with another probe of the probe's kind.
     *
     * @param probe the probe that replaces this market's probe of its kind
     * @return the changed copy
     * @throws InvalidValueException if the argument is null
     */
    public Market withProbe(Probe probe) {
        return switch (Checks.notNull("probe", probe).kind()) {
            case INTERVIEW -> new Market(ideas, probe, smokeTest, preSale, demand, payroll);
            case SMOKE_TEST -> new Market(ideas, interview, probe, preSale, demand, payroll);
            case PRE_SALE -> new Market(ideas, interview, smokeTest, probe, demand, payroll);
        };
    }

    /**
     * This market with another demand.
     *
     * @param other the demand
     * @return the changed copy
     * @throws InvalidValueException if the argument is null
     */
    public Market withDemand(Demand other) {
        return new Market(ideas, interview, smokeTest, preSale, other, payroll);
    }

    /**
     * This market with another payroll.
     *
     * @param other the payroll
     * @return the changed copy
     * @throws InvalidValueException if the argument is null
     */
    public Market withPayroll(Payroll other) {
        return new Market(ideas, interview, smokeTest, preSale, demand, other);
    }

    /**
     * The space of business models: the shape of the NK landscape, what makes a hypothesis true, and how well a
     * founder can judge an option it has not tested. Immutable and thread-safe.
     *
     * <p>When a founder pivots, it picks the option it judges best among those the pivot reaches; its read of an
     * option is the option's true quality plus a normal error of standard deviation {@code readNoise / sqrt(1 + n)},
     * where {@code n} is the evidence it gathered on the hypotheses the pivot retires (each trial of what customers
     * did or paid counts 1, each interview {@code (1 - overstatement)^2}). So what a founder learned decides how good an
     * idea it pivots to (Camuffo et al. 2020: the scientific founder's more precise estimates).
     *
     * @param bitsPerArea the binary choices of each area, in [1, 4] (N = 5 x bitsPerArea)
     * @param interactions K, the number of other choices each choice depends on, in [0, N-1]
     * @param interaction which other choices each depends on
     * @param viableRate the true rate at which a hypothesis holds, in (0, 1)
     * @param readNoise the standard deviation of a founder's read of an untested option, finite and &gt;= 0
     */
    public record Ideas(
            int bitsPerArea, int interactions, Interaction interaction, double viableRate, double readNoise) {

        /**
         * Validates the fields.
         *
         * @throws InvalidValueException if a field is null or out of range
         */
        public Ideas {
            Checks.inRange("ideas.bitsPerArea", bitsPerArea, 1, 4);
            Checks.inRange(
                    "ideas.interactions",
                    interactions,
                    0,
                    5 * bitsPerArea - 1,
                    "must be in [0, N-1] (N = 5 x bitsPerArea)");
            Checks.notNull("ideas.interaction", interaction);
            Checks.openUnit("ideas.viableRate", viableRate);
            Checks.notNegative("ideas.readNoise", readNoise);
        }

        /**
         * The number of choices, N.
         *
         * @return {@code 5 x bitsPerArea}
         */
        public int choices() {
            return AREAS.size() * bitsPerArea;
        }

        /**
         * These ideas with another K.
         *
         * @param k the number of other choices each choice depends on, in [0, N-1]
         * @return the changed copy
         * @throws InvalidValueException if K is out of range
         */
        public Ideas withInteractions(int k) {
            return new Ideas(bitsPerArea, k, interaction, viableRate, readNoise);
        }

        /**
         * These ideas with another viable rate.
         *
         * @param rate the true rate at which a hypothesis holds, in (0, 1)
         * @return the changed copy
         * @throws InvalidValueException if the rate is out of range
         */
        public Ideas withViableRate(double rate) {
            return new Ideas(bitsPerArea, interactions, interaction, rate, readNoise);
        }

        /**
         * These ideas with another read noise.
         *
         * @param noise the standard deviation of a read of an untested option, finite and &gt;= 0
         * @return the changed copy
         * @throws InvalidValueException if the noise is out of range
         */
        public Ideas withReadNoise(double noise) {
            return new Ideas(bitsPerArea, interactions, interaction, viableRate, noise);
        }
    }

    /**
     * The demand a launched business model meets: Bass diffusion (Bass 1969) of {@code customers x acceptance}
     * adopters, each paying {@link #price()} a period. Immutable and thread-safe.
     *
     * @param customers the customers of the market, finite and &gt; 0
     * @param price what one customer pays a period, finite and &gt; 0
     * @param innovation Bass's coefficient of innovation p per period, as {@link BassDiffusion#of} takes it
     * @param imitation Bass's coefficient of imitation q per period, as {@link BassDiffusion#of} takes it
     */
    public record Demand(double customers, double price, double innovation, double imitation) {

        /**
         * Validates the fields.
         *
         * @throws InvalidValueException if a field is out of range
         */
        public Demand {
            Checks.positive("demand.customers", customers);
            Checks.positive("demand.price", price);
            BassDiffusion.of(innovation, imitation, customers);
        }

        /**
         * The revenue of the period {@code periods} after launch: the price times the customers adopted by then.
         *
         * @param acceptance the share of the customers for whom the business model works, in [0, 1]
         * @param periods the periods since launch, zero or more
         * @return the revenue, finite and &gt;= 0
         */
        public double revenue(double acceptance, long periods) {
            return price
                    * customers
                    * acceptance
                    * BassDiffusion.of(innovation, imitation, 1).cumulativeShare((double) periods);
        }
    }

    /**
     * What people cost per period: the founding team, and each executor hired (sales, marketing, operations).
     * Immutable and thread-safe.
     *
     * @param founders what the founding team costs a period, finite and &gt;= 0
     * @param executor what each executor costs a period, finite and &gt;= 0
     */
    public record Payroll(double founders, double executor) {

        /**
         * Validates the fields.
         *
         * @throws InvalidValueException if a field is out of range
         */
        public Payroll {
            Checks.notNegative("payroll.founders", founders);
            Checks.notNegative("payroll.executor", executor);
        }

        /**
         * The payroll of a period.
         *
         * @param executors the executors on the team, zero or more
         * @return {@code founders + executors x executor}
         */
        public double of(int executors) {
            return founders + executors * executor;
        }
    }
}
