package io.github.custdev.jackson.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
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
import io.github.custdev.PivotDecision;
import io.github.custdev.PrematureScaling;
import io.github.custdev.ReferralObservation;
import io.github.custdev.Risk;
import io.github.custdev.Role;
import io.github.custdev.Runway;
import io.github.custdev.SeanEllisTally;
import io.github.custdev.Source;
import io.github.custdev.Statement;
import io.github.custdev.SuccessCriterion;
import io.github.custdev.VentureEvent;
import io.github.custdev.WeightedCriterion;
import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.github.custdev.audience.Viability;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/** Writes custdev values as JSON trees in format {@value Format#CURRENT}. */
public final class Writer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Writer() {}

    /**
     * A document: the value with the format version first.
     *
     * @param value a value of a supported type
     * @return the tree
     */
    public static ObjectNode document(Object value) {
        ObjectNode node = NODES.objectNode();
        node.put(Format.VERSION_FIELD, Format.CURRENT);
        node.setAll(value(value));
        return node;
    }

    static ObjectNode value(Object value) {
        if (value instanceof VentureEvent event) {
            return event(event);
        } else if (value instanceof Evidence evidence) {
            return evidence(evidence);
        } else if (value instanceof Hypothesis hypothesis) {
            return hypothesis(hypothesis);
        } else if (value instanceof SuccessCriterion criterion) {
            return criterion(criterion);
        } else if (value instanceof BetaPrior prior) {
            return prior(prior);
        } else if (value instanceof Source source) {
            return source(source);
        } else if (value instanceof Runway runway) {
            return runway(runway);
        } else if (value instanceof Role role) {
            return role(role);
        } else if (value instanceof GateCriterion criterion) {
            return gateCriterion(criterion);
        } else if (value instanceof WeightedCriterion weighted) {
            return weighted(weighted);
        } else if (value instanceof GateDecision decision) {
            return decision(decision);
        } else if (value instanceof GateTrace trace) {
            return trace(trace);
        } else if (value instanceof CriterionResult result) {
            return result(result);
        } else if (value instanceof Assessment assessment) {
            return assessment(assessment);
        } else if (value instanceof Interval interval) {
            return interval(interval);
        } else if (value instanceof Risk risk) {
            return risk(risk);
        } else if (value instanceof EvidenceBudget budget) {
            return budget(budget);
        } else if (value instanceof PrematureScaling scaling) {
            return scaling(scaling);
        } else if (value instanceof PivotDecision pivot) {
            return pivot(pivot);
        } else if (value instanceof Audience audience) {
            return audience(audience);
        } else if (value instanceof Conversion conversion) {
            return conversion(conversion);
        } else if (value instanceof UnitEconomics economics) {
            return economics(economics);
        } else if (value instanceof Viability viability) {
            return viability(viability);
        }
        throw new IllegalArgumentException(
                "not a custdev value the module writes: " + value.getClass().getName());
    }

    static String money(BigDecimal amount) {
        // plain digits whenever that keeps the scale; the exponent form only for a negative scale (1E+3)
        return amount.scale() >= 0 ? amount.toPlainString() : amount.toString();
    }

    /** A number that may be infinite: JSON has no infinities, so they are written as strings. */
    private static com.fasterxml.jackson.databind.JsonNode extended(double value) {
        if (Double.isInfinite(value)) {
            return NODES.textNode(value > 0 ? "Infinity" : "-Infinity");
        }
        return NODES.numberNode(value);
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }

    private static ObjectNode at(String type, Instant at) {
        return typed(type).put("at", at.toString());
    }

    private static <T> ArrayNode array(
            Iterable<T> items, Function<T, ? extends com.fasterxml.jackson.databind.JsonNode> each) {
        ArrayNode array = NODES.arrayNode();
        for (T item : items) {
            array.add(each.apply(item));
        }
        return array;
    }

    private static ObjectNode optionalText(ObjectNode node, String field, Option<String> text) {
        if (text.isDefined()) {
            node.put(field, text.get());
        } else {
            node.putNull(field);
        }
        return node;
    }

    private static ObjectNode optionalLong(ObjectNode node, String field, Option<Long> number) {
        if (number.isDefined()) {
            node.put(field, number.get().longValue());
        } else {
            node.putNull(field);
        }
        return node;
    }

    static ObjectNode event(VentureEvent event) {
        if (event instanceof VentureEvent.Founded founded) {
            return at("Founded", founded.at())
                    .put("name", founded.name())
                    .<ObjectNode>set("runway", runway(founded.runway()))
                    .put("pivotLimit", founded.pivotLimit());
        } else if (event instanceof VentureEvent.HypothesisStated stated) {
            return at("HypothesisStated", stated.at()).set("hypothesis", hypothesis(stated.hypothesis()));
        } else if (event instanceof VentureEvent.EvidenceRecorded recorded) {
            return at("EvidenceRecorded", recorded.at())
                    .<ObjectNode>set("evidence", array(recorded.evidence(), Writer::evidence))
                    .put("cost", money(recorded.cost()));
        } else if (event instanceof VentureEvent.GateEvaluated evaluated) {
            return typed("GateEvaluated").set("decision", decision(evaluated.decision()));
        } else if (event instanceof VentureEvent.Pivoted pivoted) {
            return typed("Pivoted").set("decision", pivot(pivoted.decision()));
        } else if (event instanceof VentureEvent.PhaseAdvanced advanced) {
            return at("PhaseAdvanced", advanced.at());
        } else if (event instanceof VentureEvent.RoleHired hired) {
            return at("RoleHired", hired.at()).set("role", role(hired.role()));
        } else if (event instanceof VentureEvent.AudienceChosen chosen) {
            ObjectNode node = at("AudienceChosen", chosen.at()).set("audience", audience(chosen.audience()));
            return optionalText(node, "reason", chosen.reason());
        } else {
            VentureEvent.Closed closed = (VentureEvent.Closed) event;
            return at("Closed", closed.at()).put("reason", closed.reason());
        }
    }

    static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = typed("Evidence")
                .put("hypothesisId", evidence.hypothesisId().value())
                .<ObjectNode>set("source", source(evidence.source()))
                .put("observedAt", evidence.observedAt().toString());
        if (evidence instanceof Statement statement) {
            node.put("type", "Statement").put("stance", statement.stance().name());
            return optionalText(node, "quote", statement.quote());
        } else if (evidence instanceof Behaviour behaviour) {
            return node.put("type", "Behaviour")
                    .put("successes", behaviour.successes())
                    .put("trials", behaviour.trials())
                    .put("strength", behaviour.strength().name());
        } else if (evidence instanceof Commitment commitment) {
            node.put("type", "Commitment").put("kind", commitment.kind().name()).put("made", commitment.made());
            if (commitment.amount().isDefined()) {
                node.put("amount", money(commitment.amount().get()));
            } else {
                node.putNull("amount");
            }
            return optionalText(node, "unit", commitment.unit());
        } else if (evidence instanceof SeanEllisTally tally) {
            return node.put("type", "SeanEllisTally")
                    .put("veryDisappointed", tally.veryDisappointed())
                    .put("somewhatDisappointed", tally.somewhatDisappointed())
                    .put("notDisappointed", tally.notDisappointed());
        } else if (evidence instanceof CohortObservation cohort) {
            return node.put("type", "CohortObservation")
                    .put("period", cohort.period())
                    .put("acquired", cohort.acquired())
                    .put("active", cohort.active())
                    .set("retained", array(cohort.retained(), count -> NODES.numberNode(count.longValue())));
        } else if (evidence instanceof ReferralObservation referrals) {
            return node.put("type", "ReferralObservation")
                    .put("period", referrals.period())
                    .put("customers", referrals.customers())
                    .put("sent", referrals.sent())
                    .put("converted", referrals.converted());
        } else {
            Measurement measurement = (Measurement) evidence;
            return node.put("type", "Measurement")
                    .put("value", measurement.value())
                    .put("unit", measurement.unit())
                    .put("strength", measurement.strength().name());
        }
    }

    static ObjectNode source(Source source) {
        return optionalText(NODES.objectNode().put("id", source.id()), "segment", source.segment());
    }

    static ObjectNode runway(Runway runway) {
        return NODES.objectNode()
                .put("kind", runway.kind().name())
                .put("remaining", money(runway.remaining()))
                .put("unit", runway.unit());
    }

    static ObjectNode role(Role role) {
        return NODES.objectNode()
                .put("name", role.name())
                .put("mode", role.mode().name());
    }

    static ObjectNode hypothesis(Hypothesis hypothesis) {
        ObjectNode node = NODES.objectNode()
                .put("id", hypothesis.id().value())
                .put("statement", hypothesis.statement())
                .put("area", hypothesis.area().name())
                .put("phase", hypothesis.phase().name())
                .<ObjectNode>set("criterion", criterion(hypothesis.criterion()))
                .put("importance", hypothesis.importance());
        if (hypothesis.prior().isDefined()) {
            node.set("prior", prior(hypothesis.prior().get()));
        } else {
            node.putNull("prior");
        }
        return node;
    }

    static ObjectNode criterion(SuccessCriterion criterion) {
        ObjectNode node = NODES.objectNode()
                .put("metric", criterion.metric().name())
                .put("comparison", criterion.comparison().name())
                .put("threshold", criterion.threshold())
                .put("minimumSample", criterion.minimumSample())
                .put("minimumStrength", criterion.minimumStrength().name());
        return optionalText(node, "unit", criterion.unit());
    }

    static ObjectNode prior(BetaPrior prior) {
        return NODES.objectNode().put("alpha", prior.alpha()).put("beta", prior.beta());
    }

    static ObjectNode gateCriterion(GateCriterion criterion) {
        if (criterion instanceof GateCriterion.HypothesisSupported one) {
            return typed("HypothesisSupported")
                    .put("hypothesisId", one.hypothesisId().value())
                    .put("strategy", one.strategyName());
        } else if (criterion instanceof GateCriterion.AreaSupported area) {
            return typed("AreaSupported").put("area", area.area().name()).put("strategy", area.strategyName());
        } else if (criterion instanceof GateCriterion.DemandShown demand) {
            return typed("DemandShown")
                    .put("measure", demand.measure().name())
                    .put("threshold", demand.threshold())
                    .put("requiredProbability", demand.requiredProbability())
                    .put("age", demand.age())
                    .put("horizon", demand.horizon());
        } else {
            GateCriterion.AudienceViable audience = (GateCriterion.AudienceViable) criterion;
            return typed("AudienceViable")
                    .put("requiredProbability", audience.requiredProbability())
                    .put("targetMargin", audience.targetMargin());
        }
    }

    static ObjectNode weighted(WeightedCriterion weighted) {
        return NODES.objectNode()
                .<ObjectNode>set("criterion", gateCriterion(weighted.criterion()))
                .put("weight", weighted.weight());
    }

    static ObjectNode decision(GateDecision decision) {
        ObjectNode node = typed(Format.decisionType(decision.kind())).set("trace", trace(decision.trace()));
        if (decision instanceof GateDecision.Failure failure) {
            node.set("refuted", array(failure.refuted(), id -> NODES.textNode(id.value())));
            node.set("rationale", array(failure.rationale(), Writer::assessment));
        }
        if (decision instanceof GateDecision.Pivot pivot) {
            node.set("suggestions", array(pivot.suggestions(), type -> NODES.textNode(type.name())));
            node.put("returnTo", pivot.returnTo().name());
        } else if (decision instanceof GateDecision.Persevere persevere) {
            node.set("risks", array(persevere.risks(), Writer::risk));
            node.set("missing", array(persevere.missing(), Writer::gateCriterion));
        }
        return node;
    }

    static ObjectNode trace(GateTrace trace) {
        return NODES.objectNode()
                .put("phase", trace.phase().name())
                .put("evaluatedAt", trace.evaluatedAt().toString())
                .<ObjectNode>set("mustMeet", array(trace.mustMeet(), Writer::result))
                .<ObjectNode>set("shouldMeet", array(trace.shouldMeet(), Writer::result))
                .put("shouldMeetScore", trace.shouldMeetScore())
                .put("passScore", trace.passScore())
                .<ObjectNode>set("budget", budget(trace.budget()))
                .put("evidenceUsed", trace.evidenceUsed())
                .put("experimentsUsed", trace.experimentsUsed())
                .<ObjectNode>set("runway", runway(trace.runway()))
                .put("pivotsUsed", trace.pivotsUsed())
                .put("pivotLimit", trace.pivotLimit())
                .<ObjectNode>set("prematureScaling", array(trace.prematureScaling(), Writer::scaling))
                .put("rule", trace.rule().name());
    }

    static ObjectNode result(CriterionResult result) {
        ObjectNode node = NODES.objectNode()
                .<ObjectNode>set("criterion", gateCriterion(result.criterion()))
                .put("requirement", result.requirement().name())
                .put("weight", result.weight())
                .set("assessments", array(result.assessments(), Writer::assessment));
        if (result.viability().isDefined()) {
            node.set("viability", viability(result.viability().get()));
        } else {
            node.putNull("viability");
        }
        if (result.isDemand()) { // only demand results carry readings: the other results write as before
            node.set("demand", array(result.demand(), Writer::reading));
        }
        return node.put("evidenceVerdict", result.evidenceVerdict().name())
                .put("verdict", result.verdict().name())
                .put("resolvedByPolicy", result.isResolvedByPolicy());
    }

    static ObjectNode reading(DemandReading reading) {
        ObjectNode node = NODES.objectNode()
                .put("hypothesisId", reading.hypothesisId().value())
                .put("verdict", reading.verdict().name());
        if (reading.probability().isDefined()) {
            node.put("probability", reading.probability().get().doubleValue());
        } else {
            node.putNull("probability");
        }
        return node.put("reason", reading.reason());
    }

    static ObjectNode assessment(Assessment assessment) {
        ObjectNode parameters = NODES.objectNode();
        assessment.parameters().forEach(parameters::put);
        ObjectNode node = NODES.objectNode()
                .put("hypothesisId", assessment.hypothesisId().value())
                .put("verdict", assessment.verdict().name())
                .<ObjectNode>set("estimate", extended(assessment.estimate()))
                .<ObjectNode>set("interval", interval(assessment.interval()))
                .put("probability", assessment.probability())
                .put("statisticName", assessment.statisticName())
                .<ObjectNode>set("statistic", extended(assessment.statistic()))
                .put("sampleSize", assessment.sampleSize())
                .put("effectiveSampleSize", assessment.effectiveSampleSize());
        optionalLong(node, "expectedAdditionalSample", assessment.expectedAdditionalSample());
        return node.put("strategy", assessment.strategy())
                .<ObjectNode>set("parameters", parameters)
                .put("reason", assessment.reason());
    }

    static ObjectNode interval(Interval interval) {
        return NODES.objectNode()
                .<ObjectNode>set("lower", extended(interval.lower()))
                .<ObjectNode>set("upper", extended(interval.upper()))
                .put("level", interval.level())
                .put("kind", interval.kind().name());
    }

    static ObjectNode risk(Risk risk) {
        ObjectNode node = NODES.objectNode()
                .put("hypothesisId", risk.hypothesisId().value())
                .put("importance", risk.importance())
                .put("uncertainty", risk.uncertainty())
                .put("untested", risk.isUntested());
        return optionalLong(node, "expectedAdditionalSample", risk.expectedAdditionalSample());
    }

    static ObjectNode budget(EvidenceBudget budget) {
        ObjectNode node = NODES.objectNode();
        optionalLong(node, "maxEvidence", budget.maxEvidence());
        optionalLong(node, "maxExperiments", budget.maxExperiments());
        return optionalText(node, "deadline", budget.deadline().map(Instant::toString));
    }

    static ObjectNode scaling(PrematureScaling scaling) {
        return NODES.objectNode()
                .<ObjectNode>set("role", role(scaling.role()))
                .put("phase", scaling.phase().name())
                .put("at", scaling.at().toString());
    }

    static ObjectNode pivot(PivotDecision pivot) {
        ObjectNode lineage = NODES.objectNode();
        pivot.lineage().forEach((replacement, predecessor) -> lineage.put(replacement.value(), predecessor.value()));
        return NODES.objectNode()
                .put("pivotType", pivot.type().name())
                .<ObjectNode>set("retired", array(pivot.retired(), (HypothesisId id) -> NODES.textNode(id.value())))
                .<ObjectNode>set("replacements", array(pivot.replacements(), Writer::hypothesis))
                .<ObjectNode>set("lineage", lineage)
                .<ObjectNode>set("rationale", array(pivot.rationale(), Writer::assessment))
                .put("returnTo", pivot.returnTo().name())
                .put("decidedAt", pivot.decidedAt().toString());
    }

    static ObjectNode audience(Audience audience) {
        return NODES.objectNode()
                .put("name", audience.name())
                .<ObjectNode>set("traits", array(audience.traits(), NODES::textNode))
                .put("reachableSize", audience.reachableSize())
                .<ObjectNode>set("conversion", conversion(audience.conversion()))
                .set("economics", economics(audience.economics()));
    }

    static ObjectNode conversion(Conversion conversion) {
        ObjectNode node = NODES.objectNode();
        if (conversion.isFixed()) {
            node.put("fixedRate", conversion.mean());
            node.putNull("assessment");
        } else {
            node.putNull("fixedRate");
            node.set("assessment", assessment(conversion.assessment().get()));
        }
        return node;
    }

    static ObjectNode economics(UnitEconomics economics) {
        return NODES.objectNode()
                .put("price", economics.price())
                .put("variableCost", economics.variableCost())
                .put("acquisitionCost", economics.acquisitionCost())
                .put("retention", economics.retention())
                .put("fixedCosts", economics.fixedCosts())
                .put("discountRate", economics.discountRate());
    }

    static ObjectNode viability(Viability viability) {
        ObjectNode node = NODES.objectNode()
                .<ObjectNode>set("audience", audience(viability.audience()))
                .put("requiredProbability", viability.requiredProbability())
                .put("targetMargin", viability.targetMargin());
        // The figures below follow from the three inputs as this version computed them: written as recorded, read as
        // recorded (checked for their ranges, not recomputed), so that an old document says what its gate saw.
        optionalLong(node, "customersNeeded", viability.customersNeeded());
        return node.put("expectedCustomers", viability.expectedCustomers()).put("probability", viability.probability());
    }
}
