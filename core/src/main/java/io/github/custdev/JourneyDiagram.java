package io.github.custdev;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.AudiencePath;
import io.github.custdev.internal.Texts;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Draws a venture's history as a Mermaid flowchart: a node for each stay in a phase (with the experiments and
 * evidence gathered there), a decision node for each gate, labelled edges for pivots and advances (the advance from
 * search to execute says so), side nodes for premature hires, for the departments established and for the audiences
 * chosen (a next audience with its path), and the closing.
 */
final class JourneyDiagram {
    private final List<String> nodes = new ArrayList<>();
    private final List<String> edges = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();
    private String current = "start";
    private int gates;
    private int hires;
    private int audiences;
    private int departments;

    private JourneyDiagram() {}

    static String of(Seq<VentureEvent> history) {
        JourneyDiagram diagram = new JourneyDiagram();
        for (VentureEvent event : history) {
            diagram.draw(event);
        }
        return diagram.render();
    }

    private void draw(VentureEvent event) {
        if (event instanceof VentureEvent.Founded founded) {
            nodes.add("    start([\"" + escape(founded.name()) + "<br/>founded " + date(founded.at()) + "\"])");
            enter(Phase.first(), null);
        } else if (event instanceof VentureEvent.EvidenceRecorded evidenceRecorded) {
            Stay stay = stays.get(stays.size() - 1);
            stay.experiments++;
            stay.evidence += evidenceRecorded.evidence().size();
        } else if (event instanceof VentureEvent.HypothesisStated) {
            stays.get(stays.size() - 1).hypotheses++;
        } else if (event instanceof VentureEvent.GateEvaluated gateEvaluated) {
            GateDecision decision = gateEvaluated.decision();
            String id = "g" + ++gates;
            nodes.add("    " + id + "{\"" + decision.kind() + "<br/>" + date(decision.decidedAt()) + "\"}:::"
                    + decision.kind().name().toLowerCase(java.util.Locale.ROOT));
            edges.add("    " + current + " --> " + id);
            current = id;
        } else if (event instanceof VentureEvent.Pivoted pivoted) {
            PivotDecision pivot = pivoted.decision();
            enter(pivot.returnTo(), pivot.type().label() + " pivot");
            stays.get(stays.size() - 1).hypotheses += pivot.replacements().size();
        } else if (event instanceof VentureEvent.PhaseAdvanced) {
            Phase from = stays.get(stays.size() - 1).phase;
            Phase to = from.next().get();
            enter(to, from.mode() == to.mode() ? "advance" : "advance: search to execute");
        } else if (event instanceof VentureEvent.RoleHired roleHired) {
            Role role = roleHired.role();
            Stay stay = stays.get(stays.size() - 1);
            if (role.isExecutor() && stay.phase.isSearch()) {
                String id = "h" + ++hires;
                nodes.add("    " + id + "[/\"" + escape(role.name()) + " hired " + date(event.at())
                        + "<br/>premature scaling\"/]:::premature");
                edges.add("    " + stay.id + " -.- " + id);
            }
        } else if (event instanceof VentureEvent.AudienceChosen audienceChosen) {
            audience(audienceChosen.audience(), "chosen ", event.at());
        } else if (event instanceof VentureEvent.NextAudienceChosen next) {
            AudiencePath path = next.decision().chosen().get();
            audience(
                    path.audience(),
                    (path.kind() == AudiencePath.Kind.REFERRAL ? "next by referral " : "next by social proof ")
                            + "from " + escape(next.decision().current().name()) + ", ",
                    event.at());
        } else if (event instanceof VentureEvent.DepartmentEstablished established) {
            Stay stay = stays.get(stays.size() - 1);
            String id = "d" + ++departments;
            nodes.add("    " + id + "[[\"" + escape(established.department()) + " department<br/>established "
                    + date(event.at()) + "\"]]");
            edges.add("    " + stay.id + " -.- " + id);
        } else if (event instanceof VentureEvent.Closed closed) {
            nodes.add("    closed([\"closed " + date(closed.at()) + "<br/>" + escape(closed.reason()) + "\"])");
            edges.add("    " + current + " --> closed");
            current = "closed";
        }
    }

    private void audience(Audience audience, String how, Instant at) {
        Stay stay = stays.get(stays.size() - 1);
        String id = "a" + ++audiences;
        nodes.add("    " + id + "{{\"" + (audiences == 1 ? "audience" : "audience #" + audiences) + ": "
                + escape(audience.name()) + "<br/>" + how + date(at) + "\"}}:::audience");
        edges.add("    " + stay.id + " -.- " + id);
    }

    private void enter(Phase phase, @Nullable String via) {
        int attempt = 1;
        for (Stay stay : stays) {
            if (stay.phase == phase) {
                attempt++;
            }
        }
        Stay stay = new Stay("p" + (stays.size() + 1), phase, attempt, nodes.size());
        stays.add(stay);
        nodes.add(stay.id);
        edges.add("    " + current + (via == null ? " --> " : " -->|\"" + escape(via) + "\"| ") + stay.id);
        current = stay.id;
    }

    private String render() {
        for (Stay stay : stays) {
            nodes.set(
                    stay.index,
                    "    " + stay.id + "[\"" + Texts.title(stay.phase) + (stay.attempt > 1 ? " #" + stay.attempt : "")
                            + "<br/>" + count(stay.hypotheses, "hypothesis", "hypotheses") + " stated, "
                            + count(stay.experiments, "experiment", "experiments") + ", "
                            + count(stay.evidence, "evidence item", "evidence items") + "\"]");
        }
        StringBuilder text = new StringBuilder("flowchart LR\n");
        for (String node : nodes) {
            text.append(node).append('\n');
        }
        for (String edge : edges) {
            text.append(edge).append('\n');
        }
        text.append("    classDef proceed fill:#d4f4dd,stroke:#2e7d32\n")
                .append("    classDef pivot fill:#ffe0b2,stroke:#ef6c00\n")
                .append("    classDef persevere fill:#eceff1,stroke:#546e7a\n")
                .append("    classDef kill fill:#ffcdd2,stroke:#c62828\n")
                .append("    classDef premature fill:#fff59d,stroke:#f9a825\n")
                .append("    classDef audience fill:#e1f5fe,stroke:#0277bd\n");
        return text.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String date(Instant at) {
        return at.toString().substring(0, 10);
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    /** One stay of the venture in a phase, between entering it and leaving it. */
    private static final class Stay {
        final String id;
        final Phase phase;
        final int attempt;
        final int index;
        int hypotheses;
        long experiments;
        long evidence;

        Stay(String id, Phase phase, int attempt, int index) {
            this.id = id;
            this.phase = phase;
            this.attempt = attempt;
            this.index = index;
        }
    }
}
