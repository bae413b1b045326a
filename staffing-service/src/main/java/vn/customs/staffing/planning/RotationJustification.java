package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * What one match of a rotation rule is about, in a sentence a personnel clerk reads (e.g. in the list of hard rules
 * a plan still breaks).
 */
public record RotationJustification(String description)
        implements ConstraintJustification, Comparable<RotationJustification> {

    @Override
    public int compareTo(RotationJustification other) {
        return description.compareTo(other.description);
    }
}
