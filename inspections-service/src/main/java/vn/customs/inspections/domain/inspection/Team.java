package vn.customs.inspections.domain.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/** An inspection team: a lead, an optional deputy and members, each officer once. */
public record Team(OfficerId lead, OfficerId deputy, List<OfficerId> members) {

    /** Lead, deputy and members together. */
    public static final int MAX_SIZE = 15;

    public Team {
        Objects.requireNonNull(lead, "lead");
        members = List.copyOf(members == null ? List.of() : members);
        Set<OfficerId> seen = new HashSet<>();
        for (OfficerId officer : everyone(lead, deputy, members)) {
            if (!seen.add(officer)) {
                throw new RuleViolationException("team-duplicate", "Officer " + officer + " holds two seats.");
            }
        }
        if (seen.size() > MAX_SIZE) {
            throw new RuleViolationException("team-too-large", "A team has at most " + MAX_SIZE + " officers.");
        }
    }

    /** Every officer on the team, lead first. */
    public List<OfficerId> everyone() {
        return everyone(lead, deputy, members);
    }

    List<TeamSeat> seats() {
        List<TeamSeat> seats = new ArrayList<>();
        seats.add(new TeamSeat(lead, TeamRole.LEAD));
        if (deputy != null) {
            seats.add(new TeamSeat(deputy, TeamRole.DEPUTY));
        }
        members.forEach(member -> seats.add(new TeamSeat(member, TeamRole.MEMBER)));
        return seats;
    }

    static Team of(List<TeamSeat> seats) {
        OfficerId lead = null;
        OfficerId deputy = null;
        List<OfficerId> members = new ArrayList<>();
        for (TeamSeat seat : seats) {
            switch (seat.role()) {
                case LEAD -> lead = seat.officer();
                case DEPUTY -> deputy = seat.officer();
                case MEMBER -> members.add(seat.officer());
            }
        }
        return lead == null
                ? null
                : new Team(
                        lead,
                        deputy,
                        members.stream()
                                .sorted(Comparator.comparing(OfficerId::value))
                                .toList());
    }

    private static List<OfficerId> everyone(OfficerId lead, OfficerId deputy, List<OfficerId> members) {
        List<OfficerId> all = new ArrayList<>();
        all.add(lead);
        if (deputy != null) {
            all.add(deputy);
        }
        all.addAll(members);
        return all;
    }
}
