package vn.customs.hotline.domain.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.customs.platform.domain.RuleViolationException;

/** A message on a report: the reporter's (always visible to him) or a handler's (visible to him, or internal). */
@Entity
@Table(name = "report_messages")
public class ReportMessage {

    public static final int MAX_TEXT = 4000;

    /** Who wrote a message. */
    public enum Author {
        REPORTER,
        HANDLER
    }

    @Id
    private UUID id;

    private UUID reportId;

    @Enumerated(EnumType.STRING)
    private Author author;

    /** The handler's token subject; null for the reporter, who has none. */
    private String handler;

    @Enumerated(EnumType.STRING)
    private MessageVisibility visibility;

    private String text;
    private Instant writtenAt;

    protected ReportMessage() {}

    private ReportMessage(
            UUID id,
            UUID reportId,
            Author author,
            String handler,
            MessageVisibility visibility,
            String text,
            Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("message-empty", "A message says something.");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolationException("message-too-long", "A message has at most " + MAX_TEXT + " characters.");
        }
        this.id = id;
        this.reportId = reportId;
        this.author = author;
        this.handler = handler;
        this.visibility = visibility;
        this.text = text.strip();
        this.writtenAt = at;
    }

    static ReportMessage fromReporter(UUID id, UUID reportId, String text, Instant at) {
        return new ReportMessage(id, reportId, Author.REPORTER, null, MessageVisibility.REPORTER_VISIBLE, text, at);
    }

    static ReportMessage fromHandler(
            UUID id, UUID reportId, String handler, MessageVisibility visibility, String text, Instant at) {
        return new ReportMessage(id, reportId, Author.HANDLER, handler, visibility, text, at);
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public Author author() {
        return author;
    }

    public String handler() {
        return handler;
    }

    public MessageVisibility visibility() {
        return visibility;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
