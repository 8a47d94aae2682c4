package io.github.custdev.examples;

import io.github.custdev.Behaviour;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.CohortObservation;
import io.github.custdev.Commitment;
import io.github.custdev.DemandStatistics;
import io.github.custdev.Evidence;
import io.github.custdev.GateDecision;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Phase;
import io.github.custdev.PhaseGate;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.ReferralObservation;
import io.github.custdev.Rejection;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.Venture;
import io.github.custdev.VentureEvent;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.NextAudienceDecision;
import io.github.custdev.audience.SmallestViableAudience;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.demand.ViralCoefficient;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Scoring;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The flagship example: a venture's journey through customer development, decided at each step by a phase gate.
 *
 * <p>Dentflow sells appointment reminders to dental practices. It states its Discovery hypotheses, interviews
 * practices, and asks the default Discovery gate (Bayesian scoring for rates, Student's t for means) what to do:
 * persevere, then pivot when its customer segment is refuted, then proceed once the new segment holds and practices
 * pre-order. In Customer Validation it states the sales channel and the unit economics (LTV/CAC and the sales cycle as
 * numeric criteria), offers paid pilots, and chooses its smallest viable audience among three segments with the
 * conversion the Bayesian strategy assesses from the pilots; the Validation gate judges that audience's viability
 * with the hypotheses and names what to test next. Once LTV/CAC is measured, more software vendors answer and the
 * pilots renew, the Validation gate proceeds and the venture moves from search to execute. In Customer Creation the
 * demand is recorded month by month (cohorts of paying practices and the invitations they send); the default
 * Creation gate perseveres on two months of growth, then proceeds on six, reading growth, retention and the viral
 * coefficient with their probabilities. Operators are hired once the venture executes (a VP of Marketing for demand,
 * an operations manager for Company Building), the Sales, Marketing and Operations departments are established with
 * their processes, and the default Company Building gate proceeds. Last, group practices won, a
 * {@code NextAudienceDecision} weighs the referral path (orthodontic practices, at the measured viral coefficient)
 * against the social-proof path (dental chains) by projected profit. Every decision is printed with its trace; the
 * venture itself is only ever changed by events, and its history replays to the same venture.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.custdev.examples.Journey}.
 */
public final class Journey {
    private static final Instant FOUNDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final BigDecimal INTERVIEW = new BigDecimal("150");
    private static final BigDecimal PRE_ORDER_ROUND = new BigDecimal("400");

    private static final HypothesisId SOLO = HypothesisId.of("segment.solo-dentists");
    private static final HypothesisId GROUPS = HypothesisId.of("segment.group-practices");
    private static final HypothesisId NO_SHOWS = HypothesisId.of("problem.no-shows");
    private static final HypothesisId REMINDERS = HypothesisId.of("value.two-way-reminders");
    private static final HypothesisId PRE_ORDERS = HypothesisId.of("revenue.pre-orders");
    private static final HypothesisId PARTNER = HypothesisId.of("channel.practice-software-partner");
    private static final HypothesisId PRICE = HypothesisId.of("revenue.price-per-month");
    private static final HypothesisId LTV_CAC = HypothesisId.of("economics.ltv-cac");
    private static final HypothesisId SALES_CYCLE = HypothesisId.of("channel.sales-cycle");
    private static final HypothesisId CONVERSION = HypothesisId.of("conversion.group-practices");
    private static final BigDecimal PILOT_OFFER = new BigDecimal("500");
    private static final HypothesisId RENEWALS = HypothesisId.of("relationship.pilot-renewals");
    private static final HypothesisId DEMAND = HypothesisId.of("demand.group-practices");
    private static final HypothesisId ONBOARDING = HypothesisId.of("resources.onboarding-days");
    private static final HypothesisId SELF_SERVE = HypothesisId.of("activities.self-serve-setup");
    private static final BigDecimal BILLING_MONTH = new BigDecimal("50");

    /** New paying group practices each month of Customer Creation. */
    private static final long[] ACQUIRED = {14, 17, 21, 25, 31, 37};

    private static final int MONTHS = ACQUIRED.length;

    private final PrintStream out;
    private Venture venture;
    private Instant now = FOUNDED;
    private int interviewee;
    private long activePractices;

    private Journey(PrintStream out) {
        this.out = out;
        this.venture = Venture.found(
                VentureEvent.Founded.of("Dentflow", Runway.money(new BigDecimal("30000"), "USD"), 2, FOUNDED));
    }

    /**
     * Prints the journey.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        new Journey(out).walk();
    }

    private void walk() {
        out.println("Dentflow: appointment reminders for dental practices");
        out.println("Founded " + FOUNDED + " with a runway of " + venture.runway() + " and at most "
                + venture.pivotLimit() + " pivots.");

        chapter("1. Customer Discovery: state the hypotheses, each with its pre-registered test");
        state(hypothesis(
                SOLO,
                "Solo dentists choose and buy their own scheduling software",
                BusinessModelArea.CUSTOMER_SEGMENT,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.6, 10),
                2));
        state(hypothesis(
                NO_SHOWS,
                "No-shows cost a practice hours of chair time every week",
                BusinessModelArea.PROBLEM,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.5, 10),
                3));
        state(hypothesis(
                REMINDERS,
                "Two-way text reminders would cut no-shows enough to matter",
                BusinessModelArea.VALUE_PROPOSITION,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.5, 10),
                2));
        state(hypothesis(
                PRE_ORDERS,
                "At least three practices pre-order at $99 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.countAtLeast(3, Strength.PAID),
                1));

        chapter("2. The first week of interviews, and an early hire");
        interview(SOLO, "Dr. Abe", true, false, false);
        interview(SOLO, "Dr. Ito", true, true, false);
        interview(SOLO, "Dr. Kim", false, true, true);
        interview(SOLO, "Dr. Lee", false, true, true);
        apply(VentureEvent.RoleHired.of(Role.VP_SALES, now));
        out.println("Hired a " + Role.VP_SALES.name() + " while still searching: recorded, and flagged as premature"
                + " scaling.");
        decide();

        chapter("3. Two more weeks of interviews");
        String[] dentists = {"Dr. Ng", "Dr. Oak", "Dr. Fox", "Dr. Ray", "Dr. Sato", "Dr. Uhl", "Dr. Vos", "Dr. Wu"};
        for (int i = 0; i < dentists.length; i++) {
            interview(SOLO, dentists[i], i == 3, true, i % 3 != 2);
        }
        GateDecision.Pivot pivot = (GateDecision.Pivot) decide();

        chapter("4. Pivot: a customer-segment pivot, back to Customer Discovery");
        Hypothesis groups = hypothesis(
                GROUPS,
                "Group practices of four to ten dentists buy through an office manager, within a month",
                BusinessModelArea.CUSTOMER_SEGMENT,
                Phase.CUSTOMER_DISCOVERY,
                SuccessCriterion.proportionAtLeast(0.6, 10),
                2);
        PivotDecision decision = PivotDecision.following(pivot, PivotType.CUSTOMER_SEGMENT, later(Duration.ofDays(1)))
                .replace(SOLO, groups)
                .build();
        apply(VentureEvent.Pivoted.of(decision));
        out.println(decision);
        out.println("Retired, still readable: " + venture.hypothesis(SOLO).get().statement());
        out.println("Its evidence stays in the log: "
                + venture.evidence().evidence(SOLO).size() + " items of "
                + venture.evidence().size() + "; the pivot lost nothing.");

        chapter("5. Interviews with group practices, and pre-orders");
        String[] managers = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lou"};
        for (int i = 0; i < managers.length; i++) {
            interview(GROUPS, managers[i] + " (office manager)", i != 4, i % 4 != 3, i % 5 != 4);
        }
        preOrders("Ana", "Ben", "Cleo", "Dev");
        decide();
        apply(VentureEvent.PhaseAdvanced.of(now));
        out.println("Advanced to " + venture.phase() + " (" + venture.mode() + ").");

        chapter("6. Customer Validation: channel, pricing and unit economics, as numeric criteria");
        state(hypothesis(
                PARTNER,
                "Practice-software vendors resell Dentflow to their customers",
                BusinessModelArea.CHANNEL,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.3, 10),
                2));
        state(hypothesis(
                SALES_CYCLE,
                "A group practice signs within 45 days of the first call",
                BusinessModelArea.CHANNEL,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtMost(45, "days", 5),
                2));
        state(hypothesis(
                PRICE,
                "Group practices pay at least $99 a month",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(99, "USD/month", 5),
                2));
        state(hypothesis(
                LTV_CAC,
                "Lifetime value is at least three times the acquisition cost",
                BusinessModelArea.COST_STRUCTURE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.meanAtLeast(3, "LTV/CAC", 5),
                3));
        state(hypothesis(
                CONVERSION,
                "At least 5% of the group practices reached pay for a pilot",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.05, 100).withMinimumStrength(Strength.PAID),
                2));
        String[] deals = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"};
        double[] days = {31, 38, 29, 44, 35, 33};
        double[] prices = {129, 99, 149, 119, 129, 99};
        for (int i = 0; i < deals.length; i++) {
            Source practice = Source.of(deals[i], "group-practices");
            Instant signed = later(Duration.ofDays(3));
            record(
                    INTERVIEW,
                    Measurement.of(SALES_CYCLE, practice, signed, days[i], "days", Strength.PAID),
                    Measurement.of(PRICE, practice, signed, prices[i], "USD/month", Strength.PAID));
        }
        record(INTERVIEW, Statement.supports(PARTNER, Source.of("Opus Dental"), later(Duration.ofDays(1))));

        chapter("7. The smallest viable audience, from the pilots' evidence");
        chooseAudience();
        decide();

        chapter("8. Customer Validation, continued: the economics measured, the partners asked, the pilots renewed");
        validate();
        decide();
        apply(VentureEvent.PhaseAdvanced.of(later(Duration.ofDays(1))));
        out.println("Advanced to " + venture.phase() + " (" + venture.mode() + "): moved from search to execute at "
                + venture.modeSince() + ".");

        chapter("9. Customer Creation: demand, month by month");
        state(hypothesis(
                DEMAND,
                "Paying group practices grow by at least 5% a month, stay, and refer others",
                BusinessModelArea.REVENUE,
                Phase.CUSTOMER_CREATION,
                SuccessCriterion.countAtLeast(100, Strength.DID),
                3));
        apply(VentureEvent.RoleHired.of(Role.VP_MARKETING, later(Duration.ofDays(3))));
        out.println("Hired a " + Role.VP_MARKETING.name() + " to create demand, "
                + Duration.between(venture.modeSince(), now).toDays() + " days into execution.");
        months(0, 2);
        decide();
        months(2, MONTHS);
        decide();
        apply(VentureEvent.PhaseAdvanced.of(later(Duration.ofDays(1))));
        out.println("Advanced to " + venture.phase() + " (" + venture.mode() + ").");

        chapter("10. Company Building: operators, departments and processes");
        build();
        decide();

        chapter("11. The next audience: the referral path or the social-proof path");
        chooseNextAudience();

        chapter("12. The journey so far");
        out.println(venture);
        Either<Rejection, Venture> replayed = Venture.replay(venture.history());
        out.println("Replaying its " + venture.history().size() + " events gives the same venture: "
                + replayed.map(venture::equals).getOrElse(false));
        Either<Rejection, Venture> late = venture.apply(
                VentureEvent.EvidenceRecorded.of(Statement.supports(SOLO, Source.of("Dr. Abe"), FOUNDED), now));
        out.println(
                "Evidence for the retired segment is refused: " + late.getLeft().message());
        Either<Rejection, Venture> again =
                venture.apply(VentureEvent.AudienceChosen.of(venture.audience().get(), now));
        out.println("Choosing the same audience again is refused: "
                + again.getLeft().message());
        out.println();
        out.println("Mermaid diagram of the journey (paste into any Mermaid renderer):");
        out.print(venture.toMermaid());
    }

    /**
     * Offers a paid pilot to 100 group practices, assesses the conversion with the Bayesian strategy on the venture's
     * evidence, judges three candidate segments with it, and records the smallest viable one as the venture's
     * audience.
     */
    private void chooseAudience() {
        Instant offered = later(Duration.ofDays(2));
        Vector<Evidence> replies = Vector.empty();
        for (int i = 0; i < 100; i++) {
            Source practice = Source.of("practice-" + (i + 1), "group-practices");
            replies = replies.append(
                    i % 10 == 3
                            ? Commitment.made(CONVERSION, practice, offered, Commitment.Kind.MONEY)
                            : Commitment.declined(CONVERSION, practice, offered, Commitment.Kind.MONEY));
        }
        apply(VentureEvent.EvidenceRecorded.of(replies, PILOT_OFFER, offered));
        out.println("A paid-pilot offer to 100 group practices: 10 paid.");
        Assessment pilots =
                Scoring.bayesian().assess(venture.hypothesis(CONVERSION).get(), venture.evidence());
        out.println(CONVERSION + " (" + pilots.strategy() + "): " + pilots.verdict() + ", " + pilots.reason());

        UnitEconomics economics = DentalPractices.economics();
        out.printf(
                Locale.ROOT,
                "Unit economics per month: price %.0f, variable cost %.0f, acquisition cost %.0f, retention %.0f%%,"
                        + " fixed costs %,.0f; %d paying practices break even.%n",
                economics.price(),
                economics.variableCost(),
                economics.acquisitionCost(),
                100 * economics.retention(),
                economics.fixedCosts(),
                economics.customersToBreakEven().get());
        double required = PhaseGate.DEFAULT_AUDIENCE_PROBABILITY;
        SmallestViableAudience choice =
                SmallestViableAudience.choose(DentalPractices.candidates(Conversion.from(pilots)), required);
        out.printf(Locale.ROOT, "Candidates, each judged at P(viable) >= %.2f:%n", required);
        for (Viability candidate : choice.candidates()) {
            out.println("  " + candidate.reason());
        }
        apply(VentureEvent.AudienceChosen.from(choice, later(Duration.ofDays(1))));
        out.println("Chosen and recorded: " + choice.reason());
    }

    /**
     * Completes the Validation evidence: the LTV/CAC of the first paying practices, the answers of more software
     * vendors, and the renewals of the paid pilots.
     */
    private void validate() {
        String[] deals = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"};
        double[] ratios = {3.4, 4.1, 3.2, 3.9, 4.6, 3.6};
        Instant measured = later(Duration.ofDays(20));
        Vector<Evidence> economics = Vector.empty();
        for (int i = 0; i < deals.length; i++) {
            economics = economics.append(Measurement.of(
                    LTV_CAC, Source.of(deals[i], "group-practices"), measured, ratios[i], "LTV/CAC", Strength.PAID));
        }
        apply(VentureEvent.EvidenceRecorded.of(economics, INTERVIEW, measured));
        out.println("LTV/CAC of the first six paying practices: 3.4, 4.1, 3.2, 3.9, 4.6, 3.6.");
        String[] vendors = {
            "Dentrix",
            "Eaglesoft",
            "Curve",
            "Denticon",
            "tab32",
            "Open Dental",
            "Carestream",
            "Oryx",
            "Planet DDS",
            "Practice-Web",
            "ClearDent"
        };
        Instant asked = later(Duration.ofDays(7));
        Vector<Evidence> answers = Vector.empty();
        for (int i = 0; i < vendors.length; i++) {
            answers = answers.append(say(PARTNER, Source.of(vendors[i]), asked, i % 3 != 1));
        }
        apply(VentureEvent.EvidenceRecorded.of(answers, INTERVIEW, asked));
        out.println("Eleven more practice-software vendors asked: 7 of them resell, 4 decline.");
        state(hypothesis(
                RENEWALS,
                "Practices that paid for a pilot renew for a year",
                BusinessModelArea.CUSTOMER_RELATIONSHIP,
                Phase.CUSTOMER_VALIDATION,
                SuccessCriterion.proportionAtLeast(0.6, 10).withMinimumStrength(Strength.PAID),
                2));
        Instant renewed = later(Duration.ofDays(10));
        apply(VentureEvent.EvidenceRecorded.of(
                Behaviour.of(RENEWALS, Source.of("billing", "group-practices"), renewed, 9, 10, Strength.PAID),
                renewed));
        out.println("The ten paid pilots end: 9 practices renew for a year.");
    }

    /**
     * Records the months {@code from} (inclusive) to {@code to} (exclusive) of Customer Creation: each month's new
     * paying practices with the earlier cohorts still active (one practice in twenty leaves each month), and the
     * invitations the practices sent to colleagues.
     */
    private void months(int from, int to) {
        for (int month = from; month < to; month++) {
            Instant closed = later(Duration.ofDays(30));
            long[] retained = new long[month];
            long active = ACQUIRED[month];
            for (int age = 1; age <= month; age++) {
                retained[age - 1] = still(month - age, age);
                active += retained[age - 1];
            }
            long customers = month == 0 ? 10 : active - ACQUIRED[month];
            long sent = (customers + 1) / 2;
            long converted = (customers + 3) / 6;
            apply(VentureEvent.EvidenceRecorded.of(
                    List.of(
                            CohortObservation.of(
                                    DEMAND, Source.of("billing"), closed, month, ACQUIRED[month], active, retained),
                            ReferralObservation.of(
                                    DEMAND, Source.of("invitations"), closed, month, customers, sent, converted)),
                    BILLING_MONTH,
                    closed));
            activePractices = active;
            out.printf(
                    Locale.ROOT,
                    "  month %d: %3d new paying practices, %3d active; %3d practices sent %2d invitations, %2d"
                            + " converted%n",
                    month,
                    ACQUIRED[month],
                    active,
                    customers,
                    sent,
                    converted);
        }
    }

    /** The practices of the cohort of {@code month} still active {@code age} months later: one in twenty leaves. */
    private static long still(int month, int age) {
        return ACQUIRED[month] - ACQUIRED[month] * age / 20;
    }

    /** Hires the operations manager, establishes the departments with their processes, and tests how they run. */
    private void build() {
        apply(VentureEvent.RoleHired.of(Role.OPERATIONS_MANAGER, later(Duration.ofDays(5))));
        out.println("Hired an " + Role.OPERATIONS_MANAGER.name() + "; with the " + Role.VP_SALES.name() + " and the "
                + Role.VP_MARKETING.name() + ", operators now run what the founders found.");
        department("Sales", "partner resale through practice software", "inside sales to office managers");
        department("Marketing", "referral programme", "case studies of group practices");
        department("Operations", "onboarding", "support rota", "billing and renewals");
        state(hypothesis(
                ONBOARDING,
                "A practice is onboarded within 7 days of signing",
                BusinessModelArea.KEY_RESOURCES,
                Phase.COMPANY_BUILDING,
                SuccessCriterion.meanAtMost(7, "days", 5),
                2));
        state(hypothesis(
                SELF_SERVE,
                "At least 70% of practices set up reminders without an engineer",
                BusinessModelArea.KEY_ACTIVITIES,
                Phase.COMPANY_BUILDING,
                SuccessCriterion.proportionAtLeast(0.7, 20),
                2));
        Instant reviewed = later(Duration.ofDays(30));
        double[] days = {4, 6, 5, 3, 7, 5, 4, 6};
        Vector<Evidence> onboarding = Vector.empty();
        for (int i = 0; i < days.length; i++) {
            onboarding = onboarding.append(Measurement.of(
                    ONBOARDING,
                    Source.of("onboarding-" + (i + 1), "group-practices"),
                    reviewed,
                    days[i],
                    "days",
                    Strength.DID));
        }
        apply(VentureEvent.EvidenceRecorded.of(
                onboarding.append(Behaviour.of(SELF_SERVE, Source.of("onboarding"), reviewed, 34, 37)),
                INTERVIEW,
                reviewed));
        out.println("A month of onboarding: 8 practices timed (mean 5 days); 34 of 37 set up without an engineer.");
    }

    private void department(String name, String... processes) {
        apply(VentureEvent.DepartmentEstablished.of(name, List.of(processes), later(Duration.ofDays(2))));
        out.println("Established the " + name + " department: " + String.join(", ", processes) + ".");
    }

    /**
     * Decides, once group practices are won, between the referral path (group practices refer orthodontic practices,
     * at the viral coefficient measured in Customer Creation) and the social-proof path (dental chains adopt on the
     * group practices' success), and records the choice.
     */
    private void chooseNextAudience() {
        Audience current = venture.audience().get();
        DemandStatistics demand = venture.evidence().statistics(DEMAND).demand();
        ViralCoefficient k = demand.viralCoefficient(0.95).get();
        long customers = activePractices;
        out.printf(
                Locale.ROOT,
                "Measured in Customer Creation: %d paying practices, viral coefficient k = %.3f a month (95%% credible"
                        + " [%.3f, %.3f]: %d converted invitations per %d practice-months).%n",
                customers,
                k.estimate().value(),
                k.estimate().interval().lower(),
                k.estimate().interval().upper(),
                k.converted(),
                k.customers());
        Audience orthodontists = Audience.builder()
                .name("orthodontic-practices")
                .traits("referred by their general dentists", "long treatment plans, many appointments")
                .reachableSize(1_500)
                .conversion(Conversion.of(0.15))
                .economics(DentalPractices.economics())
                .build();
        Audience chains = DentalPractices.candidates(Conversion.of(0.1)).head();
        NextAudienceDecision next = NextAudienceDecision.of(
                current,
                customers,
                0.8,
                12_000,
                List.of(
                        AudiencePath.referral(orthodontists, k.estimate().value(), Duration.ofDays(30)),
                        AudiencePath.socialProof(chains, 0.01, 0.35, Duration.ofDays(30))),
                Duration.ofDays(360),
                PhaseGate.DEFAULT_AUDIENCE_PROBABILITY);
        for (String reason : next.reasons()) {
            out.println("  " + reason);
        }
        apply(VentureEvent.NextAudienceChosen.of(next, later(Duration.ofDays(1))));
        out.println(
                "Recorded: the venture now serves '" + venture.audience().get().name() + "'; '" + current.name()
                        + "' stays in its history (" + venture.audiences().size() + " audiences).");
    }

    private void chapter(String title) {
        out.println();
        out.println(title);
    }

    private static Hypothesis hypothesis(
            HypothesisId id,
            String statement,
            BusinessModelArea area,
            Phase phase,
            SuccessCriterion criterion,
            double importance) {
        return Hypothesis.builder()
                .id(id)
                .statement(statement)
                .area(area)
                .phase(phase)
                .criterion(criterion)
                .importance(importance)
                .build();
    }

    private void state(Hypothesis hypothesis) {
        apply(VentureEvent.HypothesisStated.of(hypothesis, now));
        out.println("  " + pad(hypothesis.id().value(), 34)
                + pad(hypothesis.area().toString(), 22) + hypothesis.criterion());
    }

    /** One interview: what the customer said about the segment, the problem and the solution, one experiment. */
    private void interview(HypothesisId segment, String who, boolean inSegment, boolean pain, boolean wantsIt) {
        Instant at = later(Duration.ofHours(26));
        Source source = Source.of("interview-" + ++interviewee + " " + who);
        record(
                INTERVIEW,
                say(segment, source, at, inSegment),
                say(NO_SHOWS, source, at, pain),
                say(REMINDERS, source, at, wantsIt));
    }

    private static Statement say(HypothesisId id, Source source, Instant at, boolean supports) {
        return supports ? Statement.supports(id, source, at) : Statement.refutes(id, source, at);
    }

    private void preOrders(String... practices) {
        Instant at = later(Duration.ofDays(2));
        Vector<Evidence> orders = Vector.empty();
        for (String practice : practices) {
            orders = orders.append(
                    Commitment.made(PRE_ORDERS, Source.of(practice, "group-practices"), at, Commitment.Kind.MONEY)
                            .withAmount(new BigDecimal("99"), "USD/month"));
        }
        apply(VentureEvent.EvidenceRecorded.of(orders, PRE_ORDER_ROUND, at));
        out.println("A pre-order round: " + practices.length + " practices committed $99 a month.");
    }

    private void record(BigDecimal cost, Evidence... evidence) {
        apply(VentureEvent.EvidenceRecorded.of(List.of(evidence), cost, now));
    }

    /** Asks the default gate of the current phase, prints the decision with its trace, and records it. */
    private GateDecision decide() {
        GateDecision decision = PhaseGate.defaultFor(venture.phase()).evaluate(venture, later(Duration.ofHours(2)));
        out.println();
        out.println(decision.toText());
        apply(VentureEvent.GateEvaluated.of(decision));
        return decision;
    }

    private Instant later(Duration step) {
        now = now.plus(step);
        return now;
    }

    private void apply(VentureEvent event) {
        venture = venture.applyOrThrow(event);
        if (event.at().isAfter(now)) {
            now = event.at();
        }
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.append(' ').toString();
    }
}
