package vn.customs.staffing.domain.officer;

import java.util.Optional;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.PostingEnded;

/** A move's two events: the previous posting ended (none for a first posting) and the next one opened. */
public record Move(Optional<PostingEnded> ended, OfficerPosted posted) {}
