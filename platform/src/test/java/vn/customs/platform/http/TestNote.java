package vn.customs.platform.http;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A test-only aggregate with a version, for ETag and If-Match tests. */
@Entity
@Table(name = "test_note")
public class TestNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String text;

    @Version
    private long version;

    protected TestNote() {}

    TestNote(String text) {
        this.text = text;
    }

    void rewrite(String text) {
        this.text = text;
    }

    Long id() {
        return id;
    }

    String text() {
        return text;
    }

    long version() {
        return version;
    }
}
