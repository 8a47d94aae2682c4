package io.github.custdev.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.BusinessModelArea;
import io.github.custdev.CohortObservation;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.DemandReading;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.Hypothesis;
import io.github.custdev.HypothesisId;
import io.github.custdev.Measurement;
import io.github.custdev.Mode;
import io.github.custdev.Phase;
import io.github.custdev.PivotDecision;
import io.github.custdev.PivotType;
import io.github.custdev.PrematureScaling;
import io.github.custdev.ReferralObservation;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.Strength;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Reads custdev values from JSON trees, strictly: every field present (null for none), no unknown field unless
 * allowed, every value built through the core factories, every refusal naming the JSON Pointer and the rule.
 */
public final class Reader {
    private static final String EVENT_TYPES =
            "Founded, HypothesisStated, EvidenceRecorded, GateEvaluated, Pivoted, PhaseAdvanced, RoleHired,"
                    + " AudienceChosen, Closed";
    private static final String EVIDENCE_TYPES =
            "Statement, Behaviour, Commitment, SeanEllisTally, Measurement, CohortObservation, ReferralObservation";

    private static final java.util.Map<String, String> RUNWAY_FIELDS =
            java.util.Map.of("runway", "remaining", "runway.currency", "unit");

    private final boolean allowUnknownFields;
    private final Map<String, ScoringStrategy> strategies;

    /**
     * A reader.
     *
     * @param allowUnknownFields whether fields the format does not know are ignored rather than refused
     * @param strategies the scoring strategies gate criteria may name, by name
     */
    public Reader(boolean allowUnknownFields, Map<String, ScoringStrategy> strategies) {
        this.allowUnknownFields = allowUnknownFields;
        this.strategies = strategies;
    }

    boolean allowsUnknownFields() {
        return allowUnknownFields;
    }

    static DocumentException fail(String path, String rule, @Nullable Object value) {
        String where = path.isEmpty() ? "(the document)" : path;
        return new DocumentException(path, where + ": " + rule + (value == null ? "" : ": " + value));
    }

    /**
     * Reads a document: its format version, then the value.
     *
     * @param node the document's tree
     * @param path the JSON Pointer of the document in what is being read
     * @param type the type asked for
     * @return the value
     * @throws DocumentException if the document breaks a rule
     */
    public <T> T document(JsonNode node, String path, Class<T> type) {
        In in = In.object(node, path, this);
        JsonNode version = in.field(Format.VERSION_FIELD);
        long number = In.whole(version, in.at(Format.VERSION_FIELD));
        if (number > Format.CURRENT) {
            throw fail(
                    in.at(Format.VERSION_FIELD),
                    "is newer than this reader knows (it reads versions 1 to " + Format.CURRENT
                            + "): upgrade custdev-jackson to read it",
                    number);
        }
        if (number < 1) {
            throw fail(in.at(Format.VERSION_FIELD), "must be >= 1", number);
        }
        Object value = value(in, type);
        in.end();
        if (!type.isInstance(value)) {
            throw fail(in.at("type"), "must be a " + type.getSimpleName(), in.text("type"));
        }
        return type.cast(value);
    }

    private Object value(In in, Class<?> type) {
        if (VentureEvent.class.isAssignableFrom(type)) {
            return event(in);
        } else if (Evidence.class.isAssignableFrom(type)) {
            return evidence(in);
        } else if (GateDecision.class.isAssignableFrom(type)) {
            return decision(in);
        } else if (GateCriterion.class.isAssignableFrom(type)) {
            return gateCriterion(in);
        } else if (type == Hypothesis.class) {
            return hypothesis(in);
        } else if (type == SuccessCriterion.class) {
            return criterion(in);
        } else if (type == BetaPrior.class) {
            return prior(in);
        } else if (type == Source.class) {
            return source(in);
        } else if (type == Runway.class) {
            return runway(in);
        } else if (type == Role.class) {
            return role(in);
        } else if (type == WeightedCriterion.class) {
            return weighted(in);
        } else if (type == GateTrace.class) {
            return trace(in);
        } else if (type == CriterionResult.class) {
            return result(in);
        } else if (type == Assessment.class) {
            return assessment(in);
        } else if (type == Interval.class) {
            return interval(in);
        } else if (type == Risk.class) {
            return risk(in);
        } else if (type == EvidenceBudget.class) {
            return budget(in);
        } else if (type == PrematureScaling.class) {
            return scaling(in);
        } else if (type == PivotDecision.class) {
            return pivot(in);
        } else if (type == Audience.class) {
            return audience(in);
        } else if (type == Conversion.class) {
            return conversion(in);
        } else if (type == UnitEconomics.class) {
            return economics(in);
        } else if (type == Viability.class) {
            return viability(in);
        }
        throw new IllegalArgumentException("not a custdev type the module reads: " + type.getName());
    }

    private static HypothesisId id(JsonNode node, String path) {
        String text = In.text(node, path);
        try {
            return HypothesisId.of(text);
        } catch (io.github.custdev.InvalidValueException e) {
            throw fail(path, String.valueOf(e.getMessage()), null);
        }
    }

    private static HypothesisId id(In in, String name) {
        return id(in.field(name), in.at(name));
    }

    private <T> T done(In in, T value) {
        in.end();
        return value;
    }

    VentureEvent event(In in) {
        String type = in.text("type");
        switch (type) {
            case "Founded": {
                String name = in.text("name");
                Runway runway = runway(in.object("runway"));
                int pivotLimit = in.integer("pivotLimit");
                return done(in, in.build(() -> VentureEvent.Founded.of(name, runway, pivotLimit, in.instant("at"))));
            }
            case "HypothesisStated": {
                Hypothesis hypothesis = hypothesis(in.object("hypothesis"));
                return done(in, in.build(() -> VentureEvent.HypothesisStated.of(hypothesis, in.instant("at"))));
            }
            case "EvidenceRecorded": {
                Seq<Evidence> evidence = in.objects("evidence", this::evidence);
                BigDecimal cost = in.money("cost");
                return done(in, in.build(() -> VentureEvent.EvidenceRecorded.of(evidence, cost, in.instant("at"))));
            }
            case "GateEvaluated": {
                GateDecision decision = decision(in.object("decision"));
                return done(in, in.build(() -> VentureEvent.GateEvaluated.of(decision)));
            }
            case "Pivoted": {
                PivotDecision decision = pivot(in.object("decision"));
                return done(in, in.build(() -> VentureEvent.Pivoted.of(decision)));
            }
            case "PhaseAdvanced":
                return done(in, in.build(() -> VentureEvent.PhaseAdvanced.of(in.instant("at"))));
            case "RoleHired": {
                Role role = role(in.object("role"));
                return done(in, in.build(() -> VentureEvent.RoleHired.of(role, in.instant("at"))));
            }
            case "AudienceChosen": {
                Audience audience = audience(in.object("audience"));
                Option<String> reason = in.optionalText("reason");
                return done(
                        in,
                        in.build(() -> reason.isDefined()
                                ? VentureEvent.AudienceChosen.of(audience, reason.get(), in.instant("at"))
                                : VentureEvent.AudienceChosen.of(audience, in.instant("at"))));
            }
            case "Closed": {
                String reason = in.text("reason");
                return done(in, in.build(() -> VentureEvent.Closed.of(reason, in.instant("at"))));
            }
            default:
                throw fail(in.at("type"), "must be one of " + EVENT_TYPES, type);
        }
    }

    Evidence evidence(In in) {
        String type = in.text("type");
        if (!java.util.Set.of(EVIDENCE_TYPES.split(", ")).contains(type)) {
            throw fail(in.at("type"), "must be one of " + EVIDENCE_TYPES, type);
        }
        HypothesisId id = id(in, "hypothesisId");
        Source source = source(in.object("source"));
        java.time.Instant observedAt = in.instant("observedAt");
        Evidence evidence;
        switch (type) {
            case "Statement": {
                Statement.Stance stance = in.constant("stance", Statement.Stance.class);
                Option<String> quote = in.optionalText("quote");
                evidence = in.build(() -> {
                    Statement statement = Statement.of(id, source, observedAt, stance);
                    return quote.isDefined() ? statement.withQuote(quote.get()) : statement;
                });
                break;
            }
            case "Behaviour": {
                long successes = in.whole("successes");
                long trials = in.whole("trials");
                Strength strength = in.constant("strength", Strength.class);
                evidence = in.build(() -> Behaviour.of(id, source, observedAt, successes, trials, strength));
                break;
            }
            case "Commitment": {
                Commitment.Kind kind = in.constant("kind", Commitment.Kind.class);
                boolean made = in.bool("made");
                Option<BigDecimal> amount = in.optionalMoney("amount");
                Option<String> unit = in.optionalText("unit");
                if (amount.isDefined() != unit.isDefined()) {
                    throw fail(in.at("unit"), "must be present exactly when amount is", unit.getOrNull());
                }
                evidence = in.build(() -> {
                    Commitment commitment = made
                            ? Commitment.made(id, source, observedAt, kind)
                            : Commitment.declined(id, source, observedAt, kind);
                    return amount.isDefined() ? commitment.withAmount(amount.get(), unit.get()) : commitment;
                });
                break;
            }
            case "SeanEllisTally": {
                long very = in.whole("veryDisappointed");
                long somewhat = in.whole("somewhatDisappointed");
                long not = in.whole("notDisappointed");
                evidence = in.build(() -> SeanEllisTally.of(id, source, observedAt, very, somewhat, not));
                break;
            }
            case "CohortObservation": {
                long period = in.whole("period");
                long acquired = in.whole("acquired");
                long active = in.whole("active");
                Seq<Long> retained = in.array("retained", In::whole);
                evidence = in.build(
                        () -> CohortObservation.of(id, source, observedAt, period, acquired, active, retained));
                break;
            }
            case "ReferralObservation": {
                long period = in.whole("period");
                long customers = in.whole("customers");
                long sent = in.whole("sent");
                long converted = in.whole("converted");
                evidence = in.build(
                        () -> ReferralObservation.of(id, source, observedAt, period, customers, sent, converted));
                break;
            }
            default: {
                double value = in.number("value");
                String unit = in.text("unit");
                Strength strength = in.constant("strength", Strength.class);
                evidence = in.build(() -> Measurement.of(id, source, observedAt, value, unit, strength));
                break;
            }
        }
        return done(in, evidence);
    }

    Source source(In in) {
        String id = in.text("id");
        Option<String> segment = in.optionalText("segment");
        return done(in, in.build(() -> segment.isDefined() ? Source.of(id, segment.get()) : Source.of(id)));
    }

    Runway runway(In in) {
        Runway.Kind kind = in.constant("kind", Runway.Kind.class);
        BigDecimal remaining = in.money("remaining");
        String unit = in.text("unit");
        if (kind == Runway.Kind.EXPERIMENTS) {
            if (!unit.equals("experiments")) {
                throw fail(in.at("unit"), "must be \"experiments\" for a runway of experiments", unit);
            }
            long count;
            try {
                count = remaining.longValueExact();
            } catch (ArithmeticException e) {
                throw fail(in.at("remaining"), "must be a whole number of experiments", remaining);
            }
            if (remaining.scale() != 0) {
                throw fail(in.at("remaining"), "must be written without decimals for experiments", remaining);
            }
            return done(in, in.build(RUNWAY_FIELDS, () -> Runway.experiments(count)));
        }
        return done(in, in.build(RUNWAY_FIELDS, () -> Runway.money(remaining, unit)));
    }

    Role role(In in) {
        String name = in.text("name");
        Mode mode = in.constant("mode", Mode.class);
        return done(in, in.build(() -> Role.of(name, mode)));
    }

    Hypothesis hypothesis(In in) {
        HypothesisId id = id(in, "id");
        String statement = in.text("statement");
        BusinessModelArea area = in.constant("area", BusinessModelArea.class);
        Phase phase = in.constant("phase", Phase.class);
        SuccessCriterion criterion = criterion(in.object("criterion"));
        double importance = in.number("importance");
        In priorIn = in.optionalObject("prior");
        Option<BetaPrior> prior = priorIn == null ? Option.none() : Option.some(prior(priorIn));
        return done(
                in,
                in.build(() -> Hypothesis.builder()
                        .id(id)
                        .statement(statement)
                        .area(area)
                        .phase(phase)
                        .criterion(criterion)
                        .importance(importance)
                        .prior(prior)
                        .build()));
    }

    SuccessCriterion criterion(In in) {
        SuccessCriterion.Metric metric = in.constant("metric", SuccessCriterion.Metric.class);
        SuccessCriterion.Comparison comparison = in.constant("comparison", SuccessCriterion.Comparison.class);
        double threshold = in.number("threshold");
        long minimumSample = in.whole("minimumSample");
        Strength strength = in.constant("minimumStrength", Strength.class);
        Option<String> unit = in.optionalText("unit");
        return done(
                in, in.build(() -> SuccessCriterion.of(metric, comparison, threshold, minimumSample, strength, unit)));
    }

    BetaPrior prior(In in) {
        double alpha = in.number("alpha");
        double beta = in.number("beta");
        return done(in, in.build(() -> BetaPrior.of(alpha, beta)));
    }

    private ScoringStrategy strategy(In in) {
        String name = in.text("strategy");
        Option<ScoringStrategy> strategy = strategies.get(name);
        if (strategy.isEmpty()) {
            throw fail(
                    in.at("strategy"),
                    "names no registered scoring strategy (registered: "
                            + strategies.keySet().toSortedSet().mkString(", ")
                            + "): register the gate's strategies with CustDevModule.builder().strategy(...)",
                    name);
        }
        return strategy.get();
    }

    GateCriterion gateCriterion(In in) {
        String type = in.text("type");
        switch (type) {
            case "HypothesisSupported": {
                HypothesisId id = id(in, "hypothesisId");
                ScoringStrategy strategy = strategy(in);
                return done(in, in.build(() -> GateCriterion.hypothesis(id, strategy)));
            }
            case "AreaSupported": {
                BusinessModelArea area = in.constant("area", BusinessModelArea.class);
                ScoringStrategy strategy = strategy(in);
                return done(in, in.build(() -> GateCriterion.area(area, strategy)));
            }
            case "AudienceViable": {
                double required = in.number("requiredProbability");
                double margin = in.number("targetMargin");
                return done(in, in.build(() -> GateCriterion.audienceViable(required, margin)));
            }
            case "DemandShown": {
                GateCriterion.DemandShown.Measure measure =
                        in.constant("measure", GateCriterion.DemandShown.Measure.class);
                double threshold = in.number("threshold");
                double required = in.number("requiredProbability");
                int age = in.integer("age");
                long horizon = in.whole("horizon");
                return done(in, in.build(() -> demandCriterion(measure, threshold, required, age, horizon)));
            }
            default:
                throw fail(
                        in.at("type"),
                        "must be one of HypothesisSupported, AreaSupported, AudienceViable, DemandShown",
                        type);
        }
    }

    /** A demand criterion from its fields, refusing an age or a horizon its measure does not have. */
    private static GateCriterion.DemandShown demandCriterion(
            GateCriterion.DemandShown.Measure measure, double threshold, double required, int age, long horizon) {
        GateCriterion.DemandShown criterion;
        switch (measure) {
            case GROWTH:
                criterion = GateCriterion.growthAtLeast(threshold, required);
                break;
            case REFERRAL:
                criterion = GateCriterion.referralsAtLeast(threshold, required);
                break;
            case RETENTION:
                criterion = GateCriterion.retentionAtLeast(age, threshold, required);
                break;
            case DIFFUSION:
            default:
                criterion = GateCriterion.diffusionReaches(threshold, horizon, required);
                break;
        }
        if (criterion.age() != age) {
            throw io.github.custdev.InvalidValueException.of(
                    "age", "must be " + criterion.age() + " for " + measure, age);
        }
        if (criterion.horizon() != horizon) {
            throw io.github.custdev.InvalidValueException.of(
                    "horizon", "must be " + criterion.horizon() + " for " + measure, horizon);
        }
        return criterion;
    }

    DemandReading reading(In in) {
        HypothesisId id = id(in, "hypothesisId");
        Verdict verdict = in.constant("verdict", Verdict.class);
        Option<Double> probability = in.optionalNumber("probability");
        String reason = in.text("reason");
        return done(in, in.build(() -> new DemandReading(id, verdict, probability, reason)));
    }

    WeightedCriterion weighted(In in) {
        GateCriterion criterion = gateCriterion(in.object("criterion"));
        double weight = in.number("weight");
        return done(in, in.build(() -> WeightedCriterion.of(criterion, weight)));
    }

    GateDecision decision(In in) {
        String type = in.text("type");
        if (!type.equals("Proceed") && !type.equals("Pivot") && !type.equals("Persevere") && !type.equals("Kill")) {
            throw fail(in.at("type"), "must be one of Proceed, Pivot, Persevere, Kill", type);
        }
        GateTrace trace = trace(in.object("trace"));
        GateDecision decision;
        switch (type) {
            case "Proceed":
                decision = in.build(() -> GateDecision.Proceed.of(trace));
                break;
            case "Persevere": {
                Seq<Risk> risks = in.objects("risks", this::risk);
                Seq<GateCriterion> missing = in.objects("missing", this::gateCriterion);
                decision = in.build(() -> GateDecision.Persevere.of(trace, risks, missing));
                break;
            }
            default: {
                Seq<HypothesisId> refuted = in.array("refuted", Reader::id);
                Seq<Assessment> rationale = in.objects("rationale", this::assessment);
                if (type.equals("Kill")) {
                    decision = in.build(() -> GateDecision.Kill.of(trace, refuted, rationale));
                } else {
                    Seq<PivotType> suggestions =
                            in.array("suggestions", (item, path) -> In.constant(item, path, PivotType.class));
                    Phase returnTo = in.constant("returnTo", Phase.class);
                    decision = in.build(() -> GateDecision.Pivot.of(trace, refuted, rationale, suggestions, returnTo));
                }
                break;
            }
        }
        return done(in, decision);
    }

    GateTrace trace(In in) {
        Phase phase = in.constant("phase", Phase.class);
        java.time.Instant evaluatedAt = in.instant("evaluatedAt");
        Seq<CriterionResult> mustMeet = in.objects("mustMeet", this::result);
        Seq<CriterionResult> shouldMeet = in.objects("shouldMeet", this::result);
        double shouldMeetScore = in.number("shouldMeetScore");
        double passScore = in.number("passScore");
        EvidenceBudget budget = budget(in.object("budget"));
        long evidenceUsed = in.whole("evidenceUsed");
        long experimentsUsed = in.whole("experimentsUsed");
        Runway runway = runway(in.object("runway"));
        int pivotsUsed = in.integer("pivotsUsed");
        int pivotLimit = in.integer("pivotLimit");
        Seq<PrematureScaling> scaling = in.objects("prematureScaling", this::scaling);
        GateDecision.Rule rule = in.constant("rule", GateDecision.Rule.class);
        return done(
                in,
                in.build(() -> GateTrace.builder()
                        .phase(phase)
                        .evaluatedAt(evaluatedAt)
                        .mustMeet(mustMeet)
                        .shouldMeet(shouldMeet)
                        .shouldMeetScore(shouldMeetScore)
                        .passScore(passScore)
                        .budget(budget)
                        .evidenceUsed(evidenceUsed)
                        .experimentsUsed(experimentsUsed)
                        .runway(runway)
                        .pivotsUsed(pivotsUsed)
                        .pivotLimit(pivotLimit)
                        .prematureScaling(scaling)
                        .rule(rule)
                        .build()));
    }

    CriterionResult result(In in) {
        GateCriterion criterion = gateCriterion(in.object("criterion"));
        CriterionResult.Requirement requirement = in.constant("requirement", CriterionResult.Requirement.class);
        double weight = in.number("weight");
        Seq<Assessment> assessments = in.objects("assessments", this::assessment);
        In viabilityIn = in.optionalObject("viability");
        Option<Viability> viability = viabilityIn == null ? Option.none() : Option.some(viability(viabilityIn));
        Verdict evidenceVerdict = in.constant("evidenceVerdict", Verdict.class);
        Verdict verdict = in.constant("verdict", Verdict.class);
        boolean resolved = in.bool("resolvedByPolicy");
        CriterionResult result;
        if (criterion instanceof GateCriterion.DemandShown demand) {
            Seq<DemandReading> readings = in.objects("demand", this::reading);
            if (!assessments.isEmpty()) {
                throw fail(in.at("assessments"), "must be empty for a demand criterion", assessments.size() + " items");
            }
            if (viability.isDefined()) {
                throw fail(in.at("viability"), "must be null for a demand criterion", null);
            }
            result = in.build(() -> CriterionResult.ofDemand(demand, requirement, weight, readings));
        } else if (criterion instanceof GateCriterion.AudienceViable audience) {
            if (!assessments.isEmpty()) {
                throw fail(
                        in.at("assessments"), "must be empty for an audience criterion", assessments.size() + " items");
            }
            result = in.build(() -> CriterionResult.ofAudience(audience, requirement, weight, viability));
        } else {
            if (viability.isDefined()) {
                throw fail(in.at("viability"), "must be null for a hypothesis or area criterion", null);
            }
            result = in.build(() -> CriterionResult.of(criterion, requirement, weight, assessments));
        }
        if (result.evidenceVerdict() != evidenceVerdict) {
            throw fail(
                    in.at("evidenceVerdict"),
                    "must be the verdict the assessments or the viability give (" + result.evidenceVerdict() + ")",
                    evidenceVerdict);
        }
        if (resolved) {
            CriterionResult judged = result;
            result = in.build(() -> judged.resolvedAs(verdict));
        } else if (result.verdict() != verdict) {
            throw fail(
                    in.at("verdict"),
                    "must be the evidence verdict (" + result.verdict() + ") unless resolvedByPolicy",
                    verdict);
        }
        return done(in, result);
    }

    Assessment assessment(In in) {
        HypothesisId id = id(in, "hypothesisId");
        Verdict verdict = in.constant("verdict", Verdict.class);
        double estimate = in.extended("estimate");
        Interval interval = interval(in.object("interval"));
        double probability = in.number("probability");
        String statisticName = in.text("statisticName");
        double statistic = in.extended("statistic");
        long sampleSize = in.whole("sampleSize");
        double effectiveSampleSize = in.number("effectiveSampleSize");
        Option<Long> more = in.optionalWhole("expectedAdditionalSample");
        String strategy = in.text("strategy");
        LinkedHashMap<String, String> parameters = LinkedHashMap.empty();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = in.entries("parameters"); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> entry = it.next();
            parameters = parameters.put(
                    entry.getKey(), In.text(entry.getValue(), in.at("parameters") + '/' + entry.getKey()));
        }
        String reason = in.text("reason");
        LinkedHashMap<String, String> named = parameters;
        return done(
                in,
                in.build(() -> Assessment.builder()
                        .hypothesisId(id)
                        .verdict(verdict)
                        .estimate(estimate)
                        .interval(interval)
                        .probability(probability)
                        .statisticName(statisticName)
                        .statistic(statistic)
                        .sampleSize(sampleSize)
                        .effectiveSampleSize(effectiveSampleSize)
                        .expectedAdditionalSample(more)
                        .strategy(strategy)
                        .parameters(named)
                        .reason(reason)
                        .build()));
    }

    Interval interval(In in) {
        double lower = in.extended("lower");
        double upper = in.extended("upper");
        double level = in.number("level");
        Interval.Kind kind = in.constant("kind", Interval.Kind.class);
        return done(in, in.build(() -> Interval.of(lower, upper, level, kind)));
    }

    Risk risk(In in) {
        HypothesisId id = id(in, "hypothesisId");
        double importance = in.number("importance");
        double uncertainty = in.number("uncertainty");
        boolean untested = in.bool("untested");
        Option<Long> more = in.optionalWhole("expectedAdditionalSample");
        return done(in, in.build(() -> Risk.of(id, importance, uncertainty, untested, more)));
    }

    EvidenceBudget budget(In in) {
        Option<Long> evidence = in.optionalWhole("maxEvidence");
        Option<Long> experiments = in.optionalWhole("maxExperiments");
        Option<java.time.Instant> deadline = in.optionalInstant("deadline");
        if (evidence.isEmpty() && experiments.isEmpty() && deadline.isEmpty()) {
            throw fail(in.path(), "must set at least one of maxEvidence, maxExperiments, deadline", null);
        }
        return done(in, in.build(() -> {
            EvidenceBudget budget = evidence.isDefined()
                    ? EvidenceBudget.evidence(evidence.get())
                    : experiments.isDefined()
                            ? EvidenceBudget.experiments(experiments.get())
                            : EvidenceBudget.until(deadline.get());
            budget = experiments.isDefined() ? budget.withMaxExperiments(experiments.get()) : budget;
            return deadline.isDefined() ? budget.withDeadline(deadline.get()) : budget;
        }));
    }

    PrematureScaling scaling(In in) {
        Role role = role(in.object("role"));
        Phase phase = in.constant("phase", Phase.class);
        java.time.Instant at = in.instant("at");
        return done(in, in.build(() -> PrematureScaling.of(role, phase, at)));
    }

    PivotDecision pivot(In in) {
        PivotType type = in.constant("pivotType", PivotType.class);
        Seq<HypothesisId> retired = in.array("retired", Reader::id);
        if (retired.distinct().size() != retired.size()) {
            throw fail(in.at("retired"), "must not repeat an id", retired.mkString(", "));
        }
        Seq<Hypothesis> replacements = in.objects("replacements", this::hypothesis);
        LinkedHashMap<HypothesisId, HypothesisId> lineage = LinkedHashMap.empty();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = in.entries("lineage"); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> entry = it.next();
            String where = in.at("lineage") + '/' + entry.getKey();
            lineage = lineage.put(
                    id(new com.fasterxml.jackson.databind.node.TextNode(entry.getKey()), where),
                    id(entry.getValue(), where));
        }
        Seq<Assessment> rationale = in.objects("rationale", this::assessment);
        Phase returnTo = in.constant("returnTo", Phase.class);
        java.time.Instant decidedAt = in.instant("decidedAt");
        Seq<HypothesisId> ids = replacements.map(Hypothesis::id);
        for (HypothesisId replacement : lineage.keySet()) {
            if (!ids.contains(replacement)) {
                throw fail(
                        in.at("lineage") + '/' + replacement,
                        "must map replacements (" + ids.mkString(", ") + ")",
                        replacement);
            }
        }
        LinkedHashMap<HypothesisId, HypothesisId> links = lineage;
        return done(in, in.build(() -> {
            PivotDecision.Builder builder = PivotDecision.builder(type, decidedAt);
            retired.forEach(builder::retire);
            for (Hypothesis replacement : replacements) {
                Option<HypothesisId> predecessor = links.get(replacement.id());
                if (predecessor.isDefined()) {
                    builder.replace(predecessor.get(), replacement);
                } else {
                    builder.state(replacement);
                }
            }
            PivotDecision decision =
                    builder.rationale(rationale).returnTo(returnTo).build();
            if (!decision.retired().equals(retired)) {
                throw io.github.custdev.InvalidValueException.of(
                        "lineage",
                        "must map to retired hypotheses (" + retired.mkString(", ") + ")",
                        decision.retired());
            }
            return decision;
        }));
    }

    Audience audience(In in) {
        String name = in.text("name");
        Seq<String> traits = in.array("traits", In::text);
        long reachableSize = in.whole("reachableSize");
        Conversion conversion = conversion(in.object("conversion"));
        UnitEconomics economics = economics(in.object("economics"));
        return done(
                in,
                in.build(() -> Audience.builder()
                        .name(name)
                        .traits(traits.toJavaArray(String[]::new))
                        .reachableSize(reachableSize)
                        .conversion(conversion)
                        .economics(economics)
                        .build()));
    }

    Conversion conversion(In in) {
        JsonNode fixed = in.optional("fixedRate");
        In assessmentIn = in.optionalObject("assessment");
        if ((fixed == null) == (assessmentIn == null)) {
            throw fail(in.path(), "must have exactly one of fixedRate and assessment", null);
        }
        if (assessmentIn != null) {
            Assessment assessment = assessment(assessmentIn);
            return done(in, in.build(() -> Conversion.from(assessment)));
        }
        double rate = in.number("fixedRate");
        return done(in, in.build(() -> Conversion.of(rate)));
    }

    UnitEconomics economics(In in) {
        double price = in.number("price");
        double variableCost = in.number("variableCost");
        double acquisitionCost = in.number("acquisitionCost");
        double retention = in.number("retention");
        double fixedCosts = in.number("fixedCosts");
        double discountRate = in.number("discountRate");
        return done(
                in,
                in.build(() -> UnitEconomics.builder()
                        .price(price)
                        .variableCost(variableCost)
                        .acquisitionCost(acquisitionCost)
                        .retention(retention)
                        .fixedCosts(fixedCosts)
                        .discountRate(discountRate)
                        .build()));
    }

    /**
     * A viability as recorded: its derived figures are read as written and checked for their ranges, not recomputed
     * and compared, so that a document stays readable, and says what the gate saw, after core's arithmetic changes
     * (docs/persistence.md, "Derived figures").
     */
    Viability viability(In in) {
        Audience audience = audience(in.object("audience"));
        double required = in.number("requiredProbability");
        double margin = in.number("targetMargin");
        Option<Long> needed = in.optionalWhole("customersNeeded");
        double expected = in.number("expectedCustomers");
        double probability = in.number("probability");
        return done(in, in.build(() -> Viability.of(audience, required, margin, needed, expected, probability)));
    }
}
