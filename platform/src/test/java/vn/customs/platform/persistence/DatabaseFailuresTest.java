package vn.customs.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures pass by themselves (retry), which are races (409), which are deterministic. */
class DatabaseFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} is transient: {1}")
    @CsvSource({
        "08006, true", // connection failure
        "08001, true", // cannot connect
        "57P01, true", // admin shutdown: connections terminated, failover
        "57P03, true", // cannot connect now: the server is starting
        "57014, true", // statement timeout
        "55P03, true", // lock timeout
        "40001, true", // serialization failure
        "40P01, true", // deadlock
        "53300, true", // too many connections
        "23505, false", // unique violation: the same again fails again
        "22P02, false", // invalid text representation
        "42P01, false", // undefined table: a bug, not an outage
    })
    void classifiesBySqlState(String state, boolean transientFailure) {
        RuntimeException wrapped = new RuntimeException("wrapper", new SQLException("database said so", state));
        assertEquals(transientFailure, DatabaseFailures.isTransient(wrapped));
    }

    @Test
    void aPoolThatHandsOutNoConnectionAndATransientJdbcTypeAreTransient() {
        assertTrue(DatabaseFailures.isTransient(
                new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseFailures.isTransient(new SQLTransientConnectionException("gone")));
    }

    @Test
    void aCommitTheServerBrokeOffIsTransientThoughTheDriverSaysSoOnlyInASuppressedException() {
        // what Narayana throws when PostgreSQL stops during the commit (PostgresRestartIT met one)
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new IllegalStateException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertTrue(DatabaseFailures.isTransient(new RuntimeException("Error invoking subclass method", commit)));
        assertFalse(DatabaseFailures.isTransient(new IllegalStateException("Could not commit transaction.")));
    }

    @Test
    void aFailureOutsideTheDatabaseIsDeterministic() {
        assertFalse(DatabaseFailures.isTransient(new IllegalArgumentException("not a valid PostingEnded")));
        assertFalse(DatabaseFailures.isTransient(new NullPointerException()));
    }

    @Test
    void racesAreUniqueViolationsSerializationFailuresAndDeadlocks() {
        assertTrue(DatabaseFailures.isRace(new RuntimeException(new SQLException("dup", "23505"))));
        assertTrue(DatabaseFailures.isRace(new RuntimeException(new SQLException("ser", "40001"))));
        assertTrue(DatabaseFailures.isRace(new RuntimeException(new SQLException("dl", "40P01"))));
        assertFalse(DatabaseFailures.isRace(new RuntimeException(new SQLException("fk", "23503"))));
    }

    @Test
    void describesWhatTheDatabaseSaidWithItsState() {
        assertEquals(
                "SQLSTATE 55P03: canceling statement due to lock timeout",
                DatabaseFailures.describe(new RuntimeException(
                        "could not execute", new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertEquals(
                "IllegalArgumentException: negative step -1",
                DatabaseFailures.describe(new IllegalArgumentException("negative step -1")));
    }
}
