package io.github.custdev.jackson;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.custdev.Behaviour;
import io.github.custdev.BetaPrior;
import io.github.custdev.CohortObservation;
import io.github.custdev.Commitment;
import io.github.custdev.CriterionResult;
import io.github.custdev.Evidence;
import io.github.custdev.EvidenceBudget;
import io.github.custdev.GateCriterion;
import io.github.custdev.GateDecision;
import io.github.custdev.GateTrace;
import io.github.custdev.Hypothesis;
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
import io.github.custdev.jackson.internal.DocumentException;
import io.github.custdev.jackson.internal.Format;
import io.github.custdev.jackson.internal.Reader;
import io.github.custdev.jackson.internal.Trees;
import io.github.custdev.jackson.internal.Writer;
import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.Interval;
import io.github.custdev.scoring.ScoringStrategy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The Jackson 2 module for custdev: writes and reads the venture events, every kind of evidence, hypotheses and their
 * criteria, gate decisions with their traces, pivots, assessments, audiences, conversions, unit economics and
 * viabilities as JSON.
 *
 * <p>Every value Jackson writes with this module is a document that starts with {@code "formatVersion": 1}; the
 * values inside it carry no version of their own. Closed families name their kind in a {@code "type"} field chosen
 * for people ({@code "EvidenceRecorded"}, {@code "Behaviour"}, {@code "Pivot"}), never a Java class name. Money
 * ({@link java.math.BigDecimal}) is written as a string that keeps every digit and the scale ({@code "12.50"});
 * instants as ISO-8601 strings in UTC; every field is always written, {@code null} standing for none.
 *
 * <p>Reading is as strict as the core factories, through which every value is built: a missing field, a field this
 * format does not know, a key repeated in an object (whatever the mapper's settings), an unknown type, a wrong kind of JSON value, a NaN or an infinity, or a value a factory
 * refuses, fails with an {@link InvalidDocumentException} whose message starts with the JSON Pointer of the value and
 * names the rule. A document of a newer format version than this module reads is refused with a message saying so.
 * {@link Builder#allowUnknownFields(boolean)} lets a reader ignore fields it does not know (a document from a newer
 * writer that only added fields).
 *
 * <p>A gate criterion names its scoring strategy, which is code, not data: the JSON records the strategy's
 * {@linkplain ScoringStrategy#name() name}, and reading a gate decision needs the gate's strategies registered with
 * {@link Builder#strategy(ScoringStrategy)} (the very instances the gates use, so that a decision read back equals
 * the one written). The module found by {@code ObjectMapper.findAndRegisterModules()} has none registered: it reads
 * every value but gate decisions and traces.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(CustDevModule.builder().strategy(bayesian).build());
 * String json = mapper.writeValueAsString(event);
 * VentureEvent back = mapper.readValue(json, VentureEvent.class);
 * }</pre>
 *
 * Immutable and thread-safe once registered.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CustDevModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The types the module writes and reads, each by its declared type. */
    private static final List<Class<?>> TYPES = List.of(
            VentureEvent.class,
            VentureEvent.Founded.class,
            VentureEvent.HypothesisStated.class,
            VentureEvent.EvidenceRecorded.class,
            VentureEvent.GateEvaluated.class,
            VentureEvent.Pivoted.class,
            VentureEvent.PhaseAdvanced.class,
            VentureEvent.RoleHired.class,
            VentureEvent.AudienceChosen.class,
            VentureEvent.Closed.class,
            Evidence.class,
            Statement.class,
            Behaviour.class,
            Commitment.class,
            SeanEllisTally.class,
            Measurement.class,
            CohortObservation.class,
            ReferralObservation.class,
            Source.class,
            Runway.class,
            Role.class,
            Hypothesis.class,
            SuccessCriterion.class,
            BetaPrior.class,
            GateCriterion.class,
            GateCriterion.HypothesisSupported.class,
            GateCriterion.AreaSupported.class,
            GateCriterion.AudienceViable.class,
            GateCriterion.DemandShown.class,
            WeightedCriterion.class,
            GateDecision.class,
            GateDecision.Proceed.class,
            GateDecision.Pivot.class,
            GateDecision.Persevere.class,
            GateDecision.Kill.class,
            GateDecision.Failure.class,
            GateTrace.class,
            CriterionResult.class,
            Assessment.class,
            Interval.class,
            Risk.class,
            EvidenceBudget.class,
            PrematureScaling.class,
            PivotDecision.class,
            Audience.class,
            Conversion.class,
            UnitEconomics.class,
            Viability.class);

    /** The format version this module writes, and the newest it reads. */
    public static final int FORMAT_VERSION = Format.CURRENT;

    private final boolean allowUnknownFields;
    private final Map<String, ScoringStrategy> strategies;

    /**
     * The strict module with no scoring strategies registered, as {@code ObjectMapper.findAndRegisterModules()}
     * makes it through {@link java.util.ServiceLoader}: reads every value but gate decisions and traces.
     */
    public CustDevModule() {
        this(false, LinkedHashMap.empty());
    }

    private CustDevModule(boolean allowUnknownFields, Map<String, ScoringStrategy> strategies) {
        super("custdev", Version.unknownVersion());
        this.allowUnknownFields = allowUnknownFields;
        this.strategies = strategies;
        Reader reader = new Reader(allowUnknownFields, strategies);
        ValueSerializer serializer = new ValueSerializer();
        for (Class<?> type : TYPES) {
            addSerializer(type, serializer);
            register(type, reader);
        }
    }

    private <T> void register(Class<T> type, Reader reader) {
        addDeserializer(type, new ValueDeserializer<>(type, reader));
    }

    /**
     * A builder for a module with the strategies of the caller's gates, or one that ignores unknown fields.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether fields the format does not know are ignored rather than refused.
     *
     * @return {@code false} unless the builder allowed them
     */
    public boolean allowsUnknownFields() {
        return allowUnknownFields;
    }

    /**
     * The scoring strategies gate criteria may name, by their names.
     *
     * @return the strategies
     */
    public Map<String, ScoringStrategy> strategies() {
        return strategies;
    }

    @Override
    public Object getTypeId() {
        // one custdev module per mapper, whichever way it was made: the last one registered is not ignored
        return CustDevModule.class.getName() + '@' + System.identityHashCode(this);
    }

    /** Builds a {@link CustDevModule}. Not thread-safe; the module it builds is. */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private boolean allowUnknownFields;
        private LinkedHashMap<String, ScoringStrategy> strategies = LinkedHashMap.empty();

        private Builder() {}

        /**
         * Registers a scoring strategy under its {@linkplain ScoringStrategy#name() name}, for the gate criteria that
         * name it.
         *
         * @param strategy the strategy, the instance the gates use
         * @return this builder
         * @throws IllegalArgumentException if the strategy is null, or another strategy has its name
         */
        public Builder strategy(ScoringStrategy strategy) {
            if (strategy == null) {
                throw new IllegalArgumentException("strategy is null");
            }
            String name = strategy.name();
            if (strategies.get(name).exists(known -> known != strategy)) {
                throw new IllegalArgumentException(
                        "strategy name must be unique: another strategy is registered as " + name);
            }
            strategies = strategies.put(name, strategy);
            return this;
        }

        /**
         * Ignores, rather than refuses, fields the format does not know.
         *
         * @param allow whether to ignore unknown fields
         * @return this builder
         */
        public Builder allowUnknownFields(boolean allow) {
            this.allowUnknownFields = allow;
            return this;
        }

        /**
         * The module.
         *
         * @return the module
         */
        public CustDevModule build() {
            return new CustDevModule(allowUnknownFields, strategies);
        }
    }

    private static final class ValueSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        ValueSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Writer.document(value).serialize(generator, provider);
        }
    }

    private static final class ValueDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;
        private final transient Reader reader;

        ValueDeserializer(Class<T> type, Reader reader) {
            super(type);
            this.type = type;
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String base = parser.getParsingContext().getParent() == null
                    ? ""
                    : parser.getParsingContext().getParent().pathAsPointer().toString();
            try {
                // read by the module, not by context.readTree: a repeated key is refused whatever the mapper's settings
                JsonNode node = Trees.read(parser, context.getNodeFactory());
                return reader.document(node, base, type);
            } catch (DocumentException e) {
                throw new InvalidDocumentException(parser, e.path(), String.valueOf(e.getMessage()));
            }
        }
    }
}
