package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A lowering of the channel (four eyes): the channel proposed, its reason code, who proposed it; once approved, who
 * approved and the channel it replaced. Immutable.
 */
@Embeddable
public record ChannelOverride(
        @Enumerated(EnumType.STRING) @Column(name = "proposed_channel")
        Channel proposed,

        @Column(name = "override_reason_code") String reasonCode,
        @Column(name = "override_proposed_by") OfficerId proposedBy,
        @Column(name = "override_approved_by") OfficerId approvedBy,

        @Enumerated(EnumType.STRING) @Column(name = "channel_before_override")
        Channel replaced) {

    /** A proposal to lower {@code current} to {@code to}; refused (422) unless it lowers. */
    static ChannelOverride propose(Channel current, Channel to, String reasonCode, OfficerId by) {
        if (!to.lowerThan(current)) {
            throw new RuleViolationException(
                    "not-a-lowering", "An override lowers the channel; " + to + " is not lower than " + current + ".");
        }
        return new ChannelOverride(to, reasonCode, by, null, null);
    }

    /**
     * Approved by a second officer (422 for the one who proposed it): nothing is proposed any more; the approver and
     * the channel it replaced stay on record.
     */
    ChannelOverride approve(OfficerId approver, Channel current) {
        if (approver.equals(proposedBy)) {
            throw new RuleViolationException(
                    "four-eyes", "The officer who proposed the override cannot approve it; a second officer must.");
        }
        return new ChannelOverride(null, reasonCode, proposedBy, approver, current);
    }

    boolean pending() {
        return proposed != null;
    }
}
