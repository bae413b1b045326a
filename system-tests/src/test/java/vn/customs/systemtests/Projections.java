package vn.customs.systemtests;

import static vn.customs.systemtests.Service.HOTLINE;
import static vn.customs.systemtests.Service.INSPECTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * What the services show at the end of story 1, with every id replaced by the part it plays (accused, head, report),
 * so that two tellings compare equal when no event was lost or applied twice: the inspections of the gate, the
 * inspection's findings, the officer's discipline cases and suspension, declarations' refusal and routing, the
 * hotline's report and what its reporter reads, and how many distinct events each step published.
 */
record Projections(
        List<String> inspectionsOfTheGate,
        List<String> findings,
        List<String> disciplineCases,
        boolean suspended,
        String refusedStep,
        long nextDeclarationsToTheSuspendedOfficer,
        String reportAsHandlersSeeIt,
        String reportAsTheReporterReadsIt,
        List<String> distinctEvents) {

    /** What an undisturbed telling shows. */
    static final Projections EXPECTED = new Projections(
            List.of("TARGETED CONCLUDED REPORT the report"),
            List.of("CONDUCT DISCIPLINARY_REFERRAL the accused accountable:the head"),
            List.of(
                    "FINDING OPEN suspended:true accountable:the head",
                    "REPORT OPEN suspended:false accountable:nobody"),
            true,
            "officer-suspended",
            0,
            "CONCLUDED SUBSTANTIATED inspection:true",
            "CONCLUDED SUBSTANTIATED inspection:true",
            List.of(
                    "ReportConcluded.v1 x1",
                    "TargetedInspectionRequested.v1 x1",
                    "FindingRecorded.v1 x1",
                    "InspectionConcluded.v1 x1",
                    "DisciplineCaseOpened.v1 x2"));

    static Projections of(
            SystemUnderTest suite,
            Gate gate,
            String report,
            String inspection,
            JsonNode disciplineCaseFromTheFinding,
            String refusedStep,
            List<String> nextAssignees,
            JsonNode followUp) {
        Caller lead = suite.as(gate.lead);
        Roles roles = new Roles(gate, report, inspection);
        List<String> inspections =
                items(lead.get(INSPECTIONS, "/api/v1/inspections?unit=" + gate.code)
                                .expect(200)
                                .at("/items"))
                        .stream()
                        .map(i -> String.join(
                                " ",
                                i.path("type").asText(),
                                i.path("status").asText(),
                                i.path("basis").asText(),
                                roles.of(i.path("basisReference").asText())))
                        .toList();
        List<String> findings = items(lead.get(INSPECTIONS, "/api/v1/inspections/" + inspection + "/findings")
                        .expect(200)
                        .at("/items"))
                .stream()
                .map(f -> String.join(
                        " ",
                        f.path("category").asText(),
                        f.path("severity").asText(),
                        roles.of(f.path("officerId").asText()),
                        "accountable:"
                                + roles.of(f.path("accountableHeadOfficerId").asText())))
                .toList();
        List<String> cases = new ReportToSuspensionCases(suite, gate).describe(roles);
        JsonNode handlerView = suite.as(gate.handler)
                .get(HOTLINE, "/api/v1/reports/" + report)
                .expect(200)
                .json();
        return new Projections(
                inspections,
                findings,
                cases,
                gate.clerk
                        .caller()
                        .get(Service.STAFFING, "/api/v1/officers/" + gate.accused)
                        .expect(200)
                        .json()
                        .path("suspended")
                        .asBoolean(),
                refusedStep,
                nextAssignees.stream().filter("accused"::equals).count(),
                handlerView.path("status").asText() + " "
                        + handlerView.path("outcome").asText() + " inspection:"
                        + !handlerView.path("inspectionOutcome").isNull(),
                followUp.path("status").asText() + " "
                        + followUp.path("outcome").asText() + " inspection:"
                        + !followUp.path("inspectionOutcome").isNull(),
                new PublishedEvents(suite, gate, report, inspection).distinct());
    }

    static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The part an id plays in the story. */
    record Roles(Gate gate, String report, String inspection) {

        String of(String id) {
            if (id == null || id.isEmpty() || id.equals("null")) {
                return "nobody";
            }
            if (id.equals(report)) {
                return "the report";
            }
            if (id.equals(inspection)) {
                return "the inspection";
            }
            UUID officer = UUID.fromString(id);
            if (officer.equals(gate.accused)) {
                return "the accused";
            }
            if (officer.equals(gate.head)) {
                return "the head";
            }
            return officer.equals(gate.colleague) ? "the colleague" : "someone else";
        }
    }
}
