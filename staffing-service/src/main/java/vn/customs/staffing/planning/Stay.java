package vn.customs.staffing.planning;

import java.util.UUID;

/**
 * One officer the plan leaves on his post, with why: for an officer due for rotation that is his legal exemption,
 * a pin by personnel, or the plain statement that no lawful move was found.
 */
public record Stay(UUID officerId, UUID postId, boolean due, String reason) {}
