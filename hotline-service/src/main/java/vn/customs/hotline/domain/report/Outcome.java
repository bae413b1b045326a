package vn.customs.hotline.domain.report;

/** What verification found. The words a reporter reads come from {@link #plainWords()}. */
public enum Outcome {
    SUBSTANTIATED,
    PARTLY_SUBSTANTIATED,
    UNSUBSTANTIATED;

    public boolean againstTheAccused() {
        return switch (this) {
            case SUBSTANTIATED, PARTLY_SUBSTANTIATED -> true;
            case UNSUBSTANTIATED -> false;
        };
    }

    public String plainWords() {
        return switch (this) {
            case SUBSTANTIATED -> "What you reported was found to be true.";
            case PARTLY_SUBSTANTIATED -> "Part of what you reported was found to be true.";
            case UNSUBSTANTIATED -> "What you reported could not be confirmed.";
        };
    }
}
