package io.github.custdev.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.custdev.CriterionResult;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.VentureEvent;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/** Mappers for the tests, with the strategies of the decisions being written registered. */
final class Json {
    private Json() {}

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new CustDevModule());
    }

    static ObjectMapper mapper(CustDevModule module) {
        return new ObjectMapper().registerModule(module);
    }

    /** The strategies the criteria of these decisions use, by name; none if two different ones share a name. */
    static Option<CustDevModule> moduleFor(Iterable<GateDecision> decisions) {
        LinkedHashMap<String, ScoringStrategy> byName = LinkedHashMap.empty();
        for (GateDecision decision : decisions) {
            Seq<GateCriterion> criteria = decision.trace().results().map(CriterionResult::criterion);
            if (decision instanceof GateDecision.Persevere persevere) {
                criteria = criteria.appendAll(persevere.missing());
            }
            for (GateCriterion criterion : criteria) {
                Option<ScoringStrategy> strategy = strategyOf(criterion);
                if (strategy.isEmpty()) {
                    continue;
                }
                Option<ScoringStrategy> known = byName.get(strategy.get().name());
                if (known.isDefined() && known.get() != strategy.get()) {
                    return Option.none();
                }
                byName = byName.put(strategy.get().name(), strategy.get());
            }
        }
        CustDevModule.Builder builder = CustDevModule.builder();
        byName.values().forEach(builder::strategy);
        return Option.some(builder.build());
    }

    static Option<CustDevModule> moduleForEvents(Iterable<? extends VentureEvent> events) {
        return moduleFor(Vector.ofAll(events)
                .filter(e -> e instanceof VentureEvent.GateEvaluated)
                .map(e -> ((VentureEvent.GateEvaluated) e).decision()));
    }

    private static Option<ScoringStrategy> strategyOf(GateCriterion criterion) {
        if (criterion instanceof GateCriterion.HypothesisSupported one) {
            return Option.some(one.strategy());
        } else if (criterion instanceof GateCriterion.AreaSupported area) {
            return Option.some(area.strategy());
        }
        return Option.none();
    }
}
