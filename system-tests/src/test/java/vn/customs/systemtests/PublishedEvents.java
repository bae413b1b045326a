package vn.customs.systemtests;

import java.util.List;
import java.util.stream.Stream;

/**
 * How many distinct events (by CloudEvents id) each step of story 1 published: a record sent again after a crash
 * carries the same id, so a count above one means a step was taken twice.
 */
final class PublishedEvents {

    private final SystemUnderTest suite;
    private final Gate gate;
    private final String report;
    private final String inspection;

    PublishedEvents(SystemUnderTest suite, Gate gate, String report, String inspection) {
        this.suite = suite;
        this.gate = gate;
        this.report = report;
        this.inspection = inspection;
    }

    List<String> distinct() {
        return Stream.of(
                        count("customs.hotline.v1", report, "ReportConcluded.v1"),
                        count("customs.hotline.v1", report, "TargetedInspectionRequested.v1"),
                        count("customs.inspections.v1", inspection, "FindingRecorded.v1"),
                        count("customs.inspections.v1", inspection, "InspectionConcluded.v1"),
                        count("customs.staffing.v1", gate.accused.toString(), "DisciplineCaseOpened.v1"))
                .toList();
    }

    private String count(String topic, String key, String type) {
        long distinct = Topics.records(suite.kafkaBootstrapServers(), topic, key, type).stream()
                .map(record -> Topics.header(record, "ce_id"))
                .distinct()
                .count();
        return type + " x" + distinct;
    }
}
