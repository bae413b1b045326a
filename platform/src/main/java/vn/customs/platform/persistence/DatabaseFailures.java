package vn.customs.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an exception chain for what the database said. Transient failures pass by themselves (the server is
 * restarting or failing over, a connection broke, a lock or statement timed out, a serialization conflict or a
 * deadlock); trying the same work again later is right for them, and giving up on them loses work. Everything
 * else is deterministic: the same input fails the same way.
 */
public final class DatabaseFailures {

    /** SQLSTATE classes: 08 connection exception, 40 transaction rollback, 53 insufficient resources, 57 operator. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");
    /** 55P03 lock_not_available (lock_timeout, NOWAIT), 55006 object_in_use. */
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "55006");

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";

    private DatabaseFailures() {}

    /** True when waiting and trying again can succeed without anything being fixed. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current instanceof SQLTransientException || current instanceof SQLRecoverableException) {
                return true;
            }
            if (current instanceof SQLException) {
                String state = ((SQLException) current).getSQLState();
                if (state != null && (TRANSIENT_STATES.contains(state) || isTransientClass(state))) {
                    return true;
                }
                // The connection pool's own refusal (no connection came within its timeout) has no SQLSTATE.
                if (state == null && String.valueOf(current.getMessage()).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (current instanceof java.net.SocketException || isTimeoutOrConnectionType(current)) {
                return true;
            }
            // A commit the server broke off (PostgreSQL stopping: 57P01) reaches us as the transaction manager's
            // RollbackException, with the driver's error only among the suppressed exceptions.
            for (Throwable suppressed : current.getSuppressed()) {
                if (isTransient(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The SQLSTATE of the first SQL exception in the chain, if any. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current instanceof SQLException && ((SQLException) current).getSQLState() != null) {
                return Optional.of(((SQLException) current).getSQLState());
            }
        }
        return Optional.empty();
    }

    /** A unique constraint refused a row, a serializable transaction lost a race, or two transactions deadlocked. */
    public static boolean isRace(Throwable failure) {
        return sqlState(failure)
                .filter(state -> state.equals(UNIQUE_VIOLATION)
                        || state.equals(SERIALIZATION_FAILURE)
                        || state.equals(DEADLOCK_DETECTED))
                .isPresent();
    }

    /**
     * What went wrong, for logs, readiness and dead-letter reasons: what the database said when it said something
     * (with its SQLSTATE), else the first message in the chain.
     */
    public static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current instanceof SQLException) {
                SQLException sql = (SQLException) current;
                return (sql.getSQLState() == null ? "" : "SQLSTATE " + sql.getSQLState() + ": ") + sql.getMessage();
            }
        }
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current.getMessage() != null) {
                return current.getClass().getSimpleName() + ": " + current.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static boolean isTransientClass(String state) {
        return state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }

    private static boolean isTimeoutOrConnectionType(Throwable failure) {
        return failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof org.hibernate.exception.LockAcquisitionException
                || failure instanceof org.hibernate.PessimisticLockException
                || failure instanceof org.hibernate.QueryTimeoutException
                || failure instanceof jakarta.persistence.LockTimeoutException
                || failure instanceof jakarta.persistence.PessimisticLockException
                || failure instanceof jakarta.persistence.QueryTimeoutException;
    }

    private static Throwable next(Throwable current) {
        Throwable cause = current.getCause();
        if (cause == current) {
            return null;
        }
        if (cause == null && current instanceof SQLException) {
            return ((SQLException) current).getNextException();
        }
        return cause;
    }
}
