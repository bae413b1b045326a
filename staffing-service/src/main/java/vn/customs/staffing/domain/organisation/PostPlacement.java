package vn.customs.staffing.domain.organisation;

import java.util.UUID;

/** What an officer taking up a post needs to know of it: where it is, what it does, whether it must rotate. */
public record PostPlacement(
        UUID postId, String unitCode, PostFunction function, boolean sensitive, boolean headOfUnit, Rank minRank) {}
