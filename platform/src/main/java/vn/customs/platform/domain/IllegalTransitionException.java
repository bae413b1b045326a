package vn.customs.platform.domain;

/** The object is not in a state that allows this transition (HTTP 409). */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String objectType, Object state, String transition) {
        super("illegal-transition", objectType + " in state " + state + " cannot " + transition + ".");
    }
}
