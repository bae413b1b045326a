package vn.customs.declarations.domain.risk;

/** The risk channel of a declaration, from the lightest control to the heaviest, in that order. */
public enum Channel {
    /** Cleared on the electronic dossier, without checking documents or goods. */
    GREEN,
    /** The documents are checked. */
    YELLOW,
    /** The documents are checked and the goods physically inspected. */
    RED;

    /** Whether this channel is a lighter control than {@code other}: GREEN &lt; YELLOW &lt; RED. */
    public boolean lowerThan(Channel other) {
        return compareTo(other) < 0;
    }
}
