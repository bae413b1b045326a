package vn.customs.inspections.domain.draw;

/** SEALED: only the commitment is public; REVEALED: the seed and the draw are, for anyone to verify. */
public enum DrawStatus {
    SEALED,
    REVEALED;

    public boolean canReveal() {
        return switch (this) {
            case SEALED -> true;
            case REVEALED -> false;
        };
    }

    public boolean published() {
        return switch (this) {
            case SEALED -> false;
            case REVEALED -> true;
        };
    }
}
