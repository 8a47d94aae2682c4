package io.github.custdev;

import static io.github.custdev.Fixtures.T0;
import static io.github.custdev.Fixtures.day;
import static io.github.custdev.Fixtures.hypothesis;
import static io.github.custdev.Fixtures.must;
import static io.github.custdev.Fixtures.rejection;
import static io.github.custdev.Fixtures.stated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.custdev.scoring.Assessment;
import io.github.custdev.scoring.ScoringStrategy;
import io.github.custdev.scoring.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Company Building: the move from search to execute as a recorded moment, departments, under-building, and the
 * criterion that the team fits the mode.
 */
class CompanyBuildingTests {
    private static final Duration LIMIT = Duration.ofDays(30);
    private static final ScoringStrategy YES = (h, log) -> PhaseGateTests.assessment(h, Verdict.SUPPORTED, 1.0, 1);

    /** A venture founded at T0 and advanced, one proceeding gate a day, into {@code target}: day n enters phase n. */
    static Venture advancedTo(Phase target, VentureEvent... before) {
        Venture venture = must(Venture.found(Fixtures.founded(1_000, 2)).applyAll(List.of(before)));
        int n = 0;
        while (venture.phase() != target) {
            n++;
            Hypothesis pass = hypothesis("pass." + n, BusinessModelArea.KEY_ACTIVITIES, venture.phase());
            Instant at = day(n);
            venture = must(venture.apply(stated(pass, at)));
            GateDecision proceed = PhaseGate.builder(venture.phase())
                    .mustMeet(GateCriterion.hypothesis(pass.id(), YES))
                    .build()
                    .evaluate(venture, at);
            venture = must(venture.applyAll(
                    List.of(VentureEvent.GateEvaluated.of(proceed), VentureEvent.PhaseAdvanced.of(at))));
        }
        return venture;
    }

    private static VentureEvent hired(Role role, Instant at) {
        return VentureEvent.RoleHired.of(role, at);
    }

    private static VentureEvent department(String name, Instant at) {
        return VentureEvent.DepartmentEstablished.of(name, List.of(name + " process"), at);
    }

    // ---- the move from search to execute

    @Test
    void aSearchingVentureIsInItsModeSinceItsFounding() {
        Venture venture = advancedTo(Phase.CUSTOMER_VALIDATION);
        assertEquals(Mode.SEARCH, venture.mode());
        assertEquals(T0, venture.modeSince());
    }

    @Test
    void theAdvanceIntoCustomerCreationIsTheMoveFromSearchToExecute() {
        Venture creation = advancedTo(Phase.CUSTOMER_CREATION);
        assertEquals(Mode.EXECUTE, creation.mode());
        assertEquals(day(2), creation.modeSince());
        Venture building = advancedTo(Phase.COMPANY_BUILDING);
        assertEquals(day(2), building.modeSince(), "the advance within execution does not move the moment");
    }

    @Test
    void aPivotBackToSearchSwitchesTheModeAgainAndAPivotWithinExecutionDoesNot() {
        Venture building = advancedTo(Phase.COMPANY_BUILDING);
        PivotDecision within = PivotDecision.builder(PivotType.CHANNEL, day(10))
                .retire(HypothesisId.of("pass.3"))
                .returnTo(Phase.CUSTOMER_CREATION)
                .build();
        Venture creation = must(building.apply(VentureEvent.Pivoted.of(within)));
        assertEquals(day(2), creation.modeSince());
        PivotDecision back = PivotDecision.builder(PivotType.CHANNEL, day(11))
                .retire(HypothesisId.of("pass.2"))
                .returnTo(Phase.CUSTOMER_VALIDATION)
                .build();
        Venture validation = must(creation.apply(VentureEvent.Pivoted.of(back)));
        assertEquals(Mode.SEARCH, validation.mode());
        assertEquals(day(11), validation.modeSince());
        assertEquals(validation, must(Venture.replay(validation.history())), "replay keeps the moment");
    }

    @Test
    void theTraceOfAnExecutingGateShowsTheMoveAndASearchingOneDoesNot() {
        Venture creation = advancedTo(Phase.CUSTOMER_CREATION);
        Hypothesis pass = hypothesis("pass.c", BusinessModelArea.KEY_ACTIVITIES, Phase.CUSTOMER_CREATION);
        creation = must(creation.apply(stated(pass, day(3))));
        GateTrace trace = PhaseGate.builder(Phase.CUSTOMER_CREATION)
                .mustMeet(GateCriterion.hypothesis(pass.id(), YES))
                .build()
                .evaluate(creation, day(3))
                .trace();
        assertEquals(Option.some(day(2)), trace.executingSince());
        assertTrue(
                trace.toText().contains("\n  executing since 2026-03-04T09:00:00Z: moved from search to execute\n"),
                trace.toText());
        Venture validation = advancedTo(Phase.CUSTOMER_VALIDATION);
        Hypothesis search = hypothesis("pass.v", BusinessModelArea.CHANNEL, Phase.CUSTOMER_VALIDATION);
        validation = must(validation.apply(stated(search, day(3))));
        GateTrace searching = PhaseGate.builder(Phase.CUSTOMER_VALIDATION)
                .mustMeet(GateCriterion.hypothesis(search.id(), YES))
                .build()
                .evaluate(validation, day(3))
                .trace();
        assertEquals(Option.none(), searching.executingSince());
        assertFalse(searching.toText().contains("executing since"), searching.toText());
    }

    @Test
    void aTraceOfASearchPhaseRefusesAnExecutingInstant() {
        Expect.invalid(
                "executingSince must be none for a search phase (CUSTOMER_VALIDATION): Some(2026-03-02T09:00:00Z)",
                "executingSince",
                "must be none for a search phase (CUSTOMER_VALIDATION)",
                Option.some(T0),
                () -> GateTrace.builder()
                        .phase(Phase.CUSTOMER_VALIDATION)
                        .evaluatedAt(T0)
                        .mustMeet(Vector.of(CriterionResult.of(
                                GateCriterion.area(BusinessModelArea.CHANNEL, YES),
                                CriterionResult.Requirement.MUST_MEET,
                                1.0,
                                Vector.empty())))
                        .shouldMeet(Vector.empty())
                        .shouldMeetScore(1.0)
                        .passScore(0.5)
                        .budget(EvidenceBudget.experiments(10))
                        .evidenceUsed(0)
                        .experimentsUsed(0)
                        .runway(Runway.experiments(10))
                        .pivotsUsed(0)
                        .pivotLimit(1)
                        .prematureScaling(Vector.empty())
                        .executingSince(Option.some(T0))
                        .rule(GateDecision.Rule.UNDECIDED_WITHIN_BUDGET)
                        .build());
    }

    @Test
    void theDiagramLabelsTheMoveFromSearchToExecuteAndDrawsDepartments() {
        Venture venture = advancedTo(Phase.COMPANY_BUILDING);
        venture = must(
                venture.apply(VentureEvent.DepartmentEstablished.of("Sales <EMEA>", List.of("sales roadmap"), day(4))));
        String diagram = venture.toMermaid();
        assertTrue(diagram.contains("    g1 -->|\"advance\"| p2\n"), diagram);
        assertTrue(diagram.contains("    g2 -->|\"advance: search to execute\"| p3\n"), diagram);
        assertTrue(diagram.contains("    g3 -->|\"advance\"| p4\n"), diagram);
        assertTrue(
                diagram.contains("    d1[[\"Sales #lt;EMEA#gt; department<br/>established 2026-03-06\"]]\n"), diagram);
        assertTrue(diagram.contains("    p4 -.- d1\n"), diagram);
    }

    // ---- departments

    @Test
    void aDepartmentIsRecordedWithItsProcessesAndEstablishedOnce() {
        Venture venture = advancedTo(Phase.COMPANY_BUILDING);
        VentureEvent.DepartmentEstablished sales =
                VentureEvent.DepartmentEstablished.of("Sales", List.of("lead qualification", "sales roadmap"), day(5));
        venture = must(venture.apply(sales));
        assertEquals(List.of(sales), venture.departments());
        assertEquals(
                List.of("lead qualification", "sales roadmap"),
                venture.departments().head().processes());
        VentureEvent again = VentureEvent.DepartmentEstablished.of("Sales", List.of("renewals"), day(6));
        Rejection rejection = rejection(venture.apply(again));
        assertEquals(Rejection.Rule.DUPLICATE_DEPARTMENT, rejection.rule());
        assertEquals("Sales", rejection.value());
        assertEquals(
                "event 11 (DepartmentEstablished at 2026-03-08T09:00:00Z) rejected: a department must not be"
                        + " established twice: \"Sales\"",
                rejection.message());
        assertTrue(venture.apply(department("Marketing", day(6))).isRight());
    }

    @Test
    void aDepartmentRefusesABlankNameAndMissingOrBlankProcesses() {
        Expect.invalid(
                "processes must not be empty (a department runs at least one process): \"[]\"",
                "processes",
                "must not be empty (a department runs at least one process)",
                "[]",
                () -> VentureEvent.DepartmentEstablished.of("Sales", List.empty(), T0));
        Expect.invalid(
                "processes[1] must not be blank: \" \"",
                "processes[1]",
                "must not be blank",
                " ",
                () -> VentureEvent.DepartmentEstablished.of("Sales", List.of("roadmap", " "), T0));
        Expect.isNull("processes[0]", () -> VentureEvent.DepartmentEstablished.of("Sales", List.of((String) null), T0));
        Expect.isNull("department", () -> VentureEvent.DepartmentEstablished.of(null, List.of("roadmap"), T0));
        Expect.isNull("processes", () -> VentureEvent.DepartmentEstablished.of("Sales", null, T0));
        Expect.isNull("at", () -> VentureEvent.DepartmentEstablished.of("Sales", List.of("roadmap"), null));
    }

    // ---- under-building

    @Test
    void aVentureThatSearchesIsNeverUnderBuilding() {
        Venture venture = advancedTo(Phase.CUSTOMER_VALIDATION);
        assertEquals(Option.none(), venture.underBuilding(Duration.ZERO, day(400)));
    }

    @Test
    void buildersOnlyForExactlyTheTimeAllowedIsNotUnderBuildingAndASecondMoreIs() {
        Venture venture = advancedTo(Phase.CUSTOMER_CREATION, hired(Role.ENGINEER, T0));
        Instant limit = day(2).plus(LIMIT);
        assertEquals(Option.none(), venture.underBuilding(LIMIT, limit));
        UnderBuilding late = venture.underBuilding(LIMIT, limit.plusSeconds(1)).get();
        assertEquals(day(2), late.executingSince());
        assertEquals(limit.plusSeconds(1), late.buildersOnlyUntil());
        assertEquals(LIMIT.plusSeconds(1), late.buildersOnly());
        assertEquals(LIMIT, late.allowed());
        assertTrue(late.isOngoing());
        assertEquals(Option.none(), late.operatorHiredAt());
        assertEquals(
                "builders only for PT720H1S since 2026-03-04T09:00:00Z in execution, more than the PT720H allowed"
                        + " (no operator hired)",
                late.toString());
    }

    @Test
    void anOperatorHiredInTimeEndsTheSpanAndOneHiredLateLeavesItOnRecord() {
        Venture onTime = must(advancedTo(Phase.CUSTOMER_CREATION).apply(hired(Role.VP_SALES, day(2).plus(LIMIT))));
        assertEquals(Option.none(), onTime.underBuilding(LIMIT, day(400)));

        Instant hire = day(2).plus(LIMIT).plusSeconds(60);
        Venture late = must(advancedTo(Phase.CUSTOMER_CREATION).apply(hired(Role.SALES_REPRESENTATIVE, hire)));
        UnderBuilding record = late.underBuilding(LIMIT, day(400)).get();
        assertFalse(record.isOngoing());
        assertEquals(Option.some(hire), record.operatorHiredAt());
        assertEquals(hire, record.buildersOnlyUntil());
        assertTrue(record.toString().endsWith("(first operator hired " + hire + ")"), record.toString());
        assertEquals(
                Option.none(),
                late.underBuilding(LIMIT, day(2).plus(LIMIT)),
                "judged before the hire, the span ran only to then");
    }

    @Test
    void anOperatorHiredWhileSearchingMeansTheVentureNeverExecutesWithBuildersOnly() {
        Venture venture = advancedTo(Phase.CUSTOMER_CREATION, hired(Role.VP_SALES, T0));
        assertTrue(venture.isScalingPrematurely());
        assertEquals(Option.none(), venture.underBuilding(Duration.ZERO, day(400)));
    }

    @Test
    void aBuilderHiredInExecutionDoesNotEndTheSpan() {
        Venture venture = must(advancedTo(Phase.CUSTOMER_CREATION).apply(hired(Role.ENGINEER, day(3))));
        assertTrue(venture.underBuilding(LIMIT, day(40)).get().isOngoing());
    }

    @Test
    void underBuildingRefusesBadFigures() {
        Venture venture = advancedTo(Phase.CUSTOMER_CREATION);
        Expect.invalid(
                "allowed must not be negative: PT-1S",
                "allowed",
                "must not be negative",
                Duration.ofSeconds(-1),
                () -> venture.underBuilding(Duration.ofSeconds(-1), day(3)));
        Expect.isNull("allowed", () -> venture.underBuilding(null, day(3)));
        Expect.isNull("at", () -> venture.underBuilding(LIMIT, null));
        Expect.invalid(
                "buildersOnlyUntil must be more than allowed (PT720H) after executingSince (2026-03-02T09:00:00Z):"
                        + " 2026-04-01T09:00:00Z",
                "buildersOnlyUntil",
                "must be more than allowed (PT720H) after executingSince (2026-03-02T09:00:00Z)",
                day(30),
                () -> UnderBuilding.of(T0, day(30), LIMIT, true));
    }

    // ---- the team fits the mode

    @Test
    void inExecutionTheTeamIsInconclusiveWhileOperatorsOrDepartmentsAreMissing() {
        Venture venture = must(advancedTo(Phase.COMPANY_BUILDING)
                .applyAll(List.of(hired(Role.VP_SALES, day(4)), department("Sales", day(5)))));
        TeamFit fit = GateCriterion.teamFitsMode(LIMIT).judge(venture, day(6));
        assertEquals(Verdict.INCONCLUSIVE, fit.verdict());
        assertEquals(List.of(Role.VP_MARKETING, Role.OPERATIONS_MANAGER), fit.missingRoles());
        assertEquals(List.of("Marketing", "Operations"), fit.missingDepartments());
        assertEquals(
                "executing: missing operators VP of Marketing, Operations manager; missing departments Marketing,"
                        + " Operations",
                fit.reason());
    }

    @Test
    void inExecutionTheTeamFitsWithEveryOperatorAndDepartment() {
        Venture venture = must(advancedTo(Phase.COMPANY_BUILDING)
                .applyAll(List.of(
                        hired(Role.VP_SALES, day(4)),
                        hired(Role.VP_MARKETING, day(4)),
                        hired(Role.OPERATIONS_MANAGER, day(4)),
                        department("Sales", day(5)),
                        department("Marketing", day(5)),
                        department("Operations", day(5)))));
        TeamFit fit = GateCriterion.teamFitsMode(LIMIT).judge(venture, day(6));
        assertEquals(Verdict.SUPPORTED, fit.verdict());
        assertEquals("executing: operators and departments in place", fit.reason());
        GateCriterion.TeamFitsMode onlyMarketing =
                GateCriterion.teamFitsMode(List.of(Role.VP_MARKETING), List.empty(), LIMIT);
        assertEquals(Verdict.SUPPORTED, onlyMarketing.judge(venture, day(6)).verdict());
    }

    @Test
    void inExecutionOngoingUnderBuildingRefutesAndALateHireOnlyShowsIt() {
        Venture venture = advancedTo(Phase.COMPANY_BUILDING);
        GateCriterion.TeamFitsMode criterion =
                GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of("Sales"), LIMIT);
        TeamFit within = criterion.judge(venture, day(2).plus(LIMIT));
        assertEquals(Verdict.INCONCLUSIVE, within.verdict());
        TeamFit over = criterion.judge(venture, day(2).plus(LIMIT).plusSeconds(1));
        assertEquals(Verdict.REFUTED, over.verdict());
        assertEquals(
                "executing: missing operators VP of Sales; missing departments Sales; UNDER-BUILDING: builders only for"
                        + " PT720H1S since 2026-03-04T09:00:00Z in execution, more than the PT720H allowed (no"
                        + " operator hired)",
                over.reason());
        Venture fixed = must(venture.applyAll(List.of(hired(Role.VP_SALES, day(40)), department("Sales", day(40)))));
        TeamFit late = criterion.judge(fixed, day(41));
        assertEquals(Verdict.SUPPORTED, late.verdict());
        assertTrue(late.underBuilding().isDefined());
        assertTrue(late.reason().startsWith("executing: operators and departments in place; UNDER-BUILDING: "));
    }

    @Test
    void whileSearchingTheTeamFitsWithBuildersOnlyAndNotWithAPrematureHire() {
        GateCriterion.TeamFitsMode criterion = GateCriterion.teamFitsMode(LIMIT);
        TeamFit builders = criterion.judge(advancedTo(Phase.CUSTOMER_VALIDATION, hired(Role.ENGINEER, T0)), day(3));
        assertEquals(Verdict.SUPPORTED, builders.verdict());
        assertEquals("searching: builders only", builders.reason());
        TeamFit premature = criterion.judge(advancedTo(Phase.CUSTOMER_VALIDATION, hired(Role.VP_SALES, T0)), day(3));
        assertEquals(Verdict.REFUTED, premature.verdict());
        assertEquals(
                "searching, yet executors hired: VP of Sales hired at 2026-03-02T09:00:00Z during CUSTOMER_DISCOVERY",
                premature.reason());
    }

    @Test
    void theCriterionDescribesItselfAndIsEqualByItsParts() {
        GateCriterion.TeamFitsMode criterion = GateCriterion.teamFitsMode(Duration.ofDays(90));
        assertEquals(
                "the team fits execution: operators VP of Sales, VP of Marketing, Operations manager; departments"
                        + " Sales, Marketing, Operations; builders only for at most PT2160H",
                criterion.describe());
        assertEquals("the team", criterion.subject());
        assertEquals(criterion.describe(), criterion.toString());
        assertEquals(
                "the team fits execution: operators VP of Sales; builders only for at most PT0S",
                GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.empty(), Duration.ZERO)
                        .describe());
        assertEquals(criterion, GateCriterion.teamFitsMode(Duration.ofDays(90)));
        assertEquals(
                criterion.hashCode(),
                GateCriterion.teamFitsMode(Duration.ofDays(90)).hashCode());
        assertFalse(criterion.equals(GateCriterion.teamFitsMode(Duration.ofDays(91))));
        assertFalse(criterion.equals(GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of("Sales"), LIMIT)));
        assertEquals(List.of(Role.VP_SALES, Role.VP_MARKETING, Role.OPERATIONS_MANAGER), criterion.roles());
        assertEquals(List.of("Sales", "Marketing", "Operations"), criterion.departments());
        assertEquals(Duration.ofDays(90), criterion.buildersOnlyLimit());
    }

    @Test
    void theCriterionRefusesBadRolesDepartmentsAndLimits() {
        Expect.invalid(
                "criterion.roles[1] must be an executor role (operators run what builders found): Engineer (SEARCH)",
                "criterion.roles[1]",
                "must be an executor role (operators run what builders found)",
                Role.ENGINEER,
                () -> GateCriterion.teamFitsMode(List.of(Role.VP_SALES, Role.ENGINEER), List.empty(), LIMIT));
        Expect.invalid(
                "criterion.roles[1] must not repeat a role: VP of Sales (EXECUTE)",
                "criterion.roles[1]",
                "must not repeat a role",
                Role.VP_SALES,
                () -> GateCriterion.teamFitsMode(List.of(Role.VP_SALES, Role.VP_SALES), List.empty(), LIMIT));
        Expect.invalid(
                "criterion.roles must not be empty: \"[]\"",
                "criterion.roles",
                "must not be empty",
                "[]",
                () -> GateCriterion.teamFitsMode(List.empty(), List.empty(), LIMIT));
        Expect.invalid(
                "criterion.departments[1] must not repeat a department: \"Sales\"",
                "criterion.departments[1]",
                "must not repeat a department",
                "Sales",
                () -> GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of("Sales", "Sales"), LIMIT));
        Expect.invalid(
                "criterion.departments[0] must not be blank: \"\"",
                "criterion.departments[0]",
                "must not be blank",
                "",
                () -> GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of(""), LIMIT));
        Expect.invalid(
                "criterion.buildersOnlyLimit must not be negative: PT-24H",
                "criterion.buildersOnlyLimit",
                "must not be negative",
                Duration.ofDays(-1),
                () -> GateCriterion.teamFitsMode(Duration.ofDays(-1)));
        Expect.isNull(
                "criterion.roles[0]", () -> GateCriterion.teamFitsMode(List.of((Role) null), List.empty(), LIMIT));
        Expect.isNull("criterion.roles", () -> GateCriterion.teamFitsMode(null, List.empty(), LIMIT));
        Expect.isNull("criterion.departments", () -> GateCriterion.teamFitsMode(List.of(Role.VP_SALES), null, LIMIT));
        Expect.isNull("criterion.buildersOnlyLimit", () -> GateCriterion.teamFitsMode(null));
    }

    @Test
    void aSearchingFitRefusesExecutionFigures() {
        Expect.invalid(
                "mode must be EXECUTE for a fit with missing roles, missing departments or an under-building: SEARCH",
                "mode",
                "must be EXECUTE for a fit with missing roles, missing departments or an under-building",
                Mode.SEARCH,
                () -> TeamFit.of(Mode.SEARCH, List.of(Role.VP_SALES), List.empty(), Option.none(), List.empty()));
        Expect.invalid(
                "mode must be EXECUTE for a fit with missing roles, missing departments or an under-building: SEARCH",
                "mode",
                "must be EXECUTE for a fit with missing roles, missing departments or an under-building",
                Mode.SEARCH,
                () -> TeamFit.of(Mode.SEARCH, List.empty(), List.of("Sales"), Option.none(), List.empty()));
        Expect.invalid(
                "mode must be EXECUTE for a fit with missing roles, missing departments or an under-building: SEARCH",
                "mode",
                "must be EXECUTE for a fit with missing roles, missing departments or an under-building",
                Mode.SEARCH,
                () -> TeamFit.of(
                        Mode.SEARCH,
                        List.empty(),
                        List.empty(),
                        Option.some(UnderBuilding.of(T0, day(31), LIMIT, true)),
                        List.empty()));
    }

    // ---- the default Company Building gate

    @Test
    void theDefaultCompanyBuildingGateRequiresTheTeamToFitExecutionFirst() {
        PhaseGate gate = PhaseGate.defaultFor(Phase.COMPANY_BUILDING);
        assertEquals(
                List.of(
                        GateCriterion.teamFitsMode(PhaseGate.DEFAULT_BUILDERS_ONLY_LIMIT),
                        GateCriterion.area(BusinessModelArea.KEY_RESOURCES, PhaseGate.DEFAULT_STRATEGY),
                        GateCriterion.area(BusinessModelArea.KEY_ACTIVITIES, PhaseGate.DEFAULT_STRATEGY)),
                gate.mustMeet());
        assertEquals(Duration.ofDays(90), PhaseGate.DEFAULT_BUILDERS_ONLY_LIMIT);
    }

    @Test
    void aGateRefutesAnUnderBuiltTeamAndTracesWhy() {
        Venture venture = advancedTo(Phase.COMPANY_BUILDING);
        PhaseGate gate = PhaseGate.builder(Phase.COMPANY_BUILDING)
                .mustMeet(GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of("Sales"), LIMIT))
                .build();
        GateDecision decision = gate.evaluate(venture, day(40));
        GateDecision.Pivot pivot = assertInstanceOf(GateDecision.Pivot.class, decision);
        assertEquals(Phase.CUSTOMER_CREATION, pivot.returnTo());
        assertEquals(PivotType.fitting(BusinessModelArea.KEY_RESOURCES), pivot.suggestions());
        CriterionResult result = decision.trace().mustMeet().head();
        assertTrue(result.isTeam());
        assertFalse(result.isMissing());
        assertEquals(
                "must-meet the team fits execution: operators VP of Sales; departments Sales; builders only for at most"
                        + " PT720H: REFUTED",
                result.toString());
        String text = decision.trace().toText();
        assertTrue(
                text.startsWith("  must-meet the team fits execution: operators VP of Sales; departments Sales;"
                        + " builders only for at most PT720H: REFUTED\n"
                        + "      team executing: missing operators VP of Sales; missing departments Sales;"
                        + " UNDER-BUILDING: builders only for PT912H since 2026-03-04T09:00:00Z in execution, more"
                        + " than the PT720H allowed (no operator hired)\n"),
                text);
        assertTrue(text.contains("\n  executing since 2026-03-04T09:00:00Z: moved from search to execute\n"), text);
    }

    @Test
    void aGateWaitsForTheTeamWithinTheLimitAndProceedsOnceItFits() {
        Venture venture = advancedTo(Phase.COMPANY_BUILDING);
        PhaseGate gate = PhaseGate.builder(Phase.COMPANY_BUILDING)
                .mustMeet(GateCriterion.teamFitsMode(List.of(Role.VP_SALES), List.of("Sales"), LIMIT))
                .build();
        GateDecision waiting = gate.evaluate(venture, day(10));
        GateDecision.Persevere persevere = assertInstanceOf(GateDecision.Persevere.class, waiting);
        assertEquals(List.of(gate.mustMeet().head()), persevere.missing(), "the team is still to build");
        assertEquals(Option.none(), persevere.next());
        assertTrue(persevere.summary().endsWith(": still to build: the team"), persevere.summary());
        Venture staffed = must(venture.applyAll(List.of(hired(Role.VP_SALES, day(10)), department("Sales", day(11)))));
        assertInstanceOf(GateDecision.Proceed.class, gate.evaluate(staffed, day(12)));
        GateDecision spent = gate.withBudget(EvidenceBudget.until(day(9))).evaluate(venture, day(10));
        CriterionResult resolved = spent.trace().mustMeet().head();
        assertTrue(resolved.isResolvedByPolicy());
        assertEquals(resolved.teamFit(), waiting.trace().mustMeet().head().teamFit(), "the fit survives resolution");
    }

    @Test
    void aTeamResultMustCarryItsFitAndOnlyATeamResultMay() {
        GateCriterion.TeamFitsMode criterion = GateCriterion.teamFitsMode(LIMIT);
        TeamFit fit = TeamFit.of(Mode.EXECUTE, List.empty(), List.empty(), Option.none(), List.empty());
        CriterionResult result = CriterionResult.ofTeam(criterion, CriterionResult.Requirement.MUST_MEET, 1.0, fit);
        assertEquals(Verdict.SUPPORTED, result.evidenceVerdict());
        assertEquals(Option.some(fit), result.teamFit());
        Expect.isNull(
                "teamFit", () -> CriterionResult.ofTeam(criterion, CriterionResult.Requirement.MUST_MEET, 1.0, null));
        Assessment any = PhaseGateTests.assessment(
                hypothesis("h", BusinessModelArea.CHANNEL, Phase.CUSTOMER_DISCOVERY), Verdict.SUPPORTED, 1.0, 1);
        Expect.invalid(
                "teamFit must be empty for a criterion that does not judge the team: Some(executing: operators and"
                        + " departments in place)",
                "teamFit",
                "must be empty for a criterion that does not judge the team",
                Option.some(fit),
                () -> built(GateCriterion.area(BusinessModelArea.CHANNEL, YES), Option.some(fit), Verdict.SUPPORTED));
        Expect.invalid(
                "teamFit must be given for a team criterion: None",
                "teamFit",
                "must be given for a team criterion",
                Option.none(),
                () -> built(criterion, Option.none(), Verdict.SUPPORTED));
        Expect.invalid(
                "evidenceVerdict must be the team's fit (SUPPORTED): INCONCLUSIVE",
                "evidenceVerdict",
                "must be the team's fit (SUPPORTED)",
                Verdict.INCONCLUSIVE,
                () -> built(criterion, Option.some(fit), Verdict.INCONCLUSIVE));
        Expect.invalid(
                "assessments must be empty, and the viability none, for a team criterion: Vector(" + any + ")",
                "assessments",
                "must be empty, and the viability none, for a team criterion",
                Vector.of(any),
                () -> new ImmutableCriterionResult.Builder()
                        .criterion(criterion)
                        .requirement(CriterionResult.Requirement.MUST_MEET)
                        .weight(1.0)
                        .assessments(Vector.of(any))
                        .teamFit(Option.some(fit))
                        .evidenceVerdict(Verdict.SUPPORTED)
                        .verdict(Verdict.SUPPORTED)
                        .build());
    }

    private static CriterionResult built(GateCriterion criterion, Option<TeamFit> fit, Verdict verdict) {
        return new ImmutableCriterionResult.Builder()
                .criterion(criterion)
                .requirement(CriterionResult.Requirement.MUST_MEET)
                .weight(1.0)
                .assessments(Vector.empty())
                .teamFit(fit)
                .evidenceVerdict(verdict)
                .verdict(verdict)
                .build();
    }
}
