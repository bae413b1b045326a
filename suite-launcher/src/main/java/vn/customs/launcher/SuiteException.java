package vn.customs.launcher;

/** Something the user must act on: the message says what went wrong and what to do; no stack trace is shown. */
public final class SuiteException extends RuntimeException {

    SuiteException(String message) {
        super(message);
    }

    SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
