package vn.customs.staffing.domain.rotation;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Personnel fixed an officer to a post; every later solve of the plan keeps it. */
@Embeddable
public record Pin(UUID officerId, UUID postId) {}
