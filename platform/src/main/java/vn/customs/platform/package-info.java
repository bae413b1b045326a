/**
 * What every service shares, written once: common configuration (in {@code META-INF/microprofile-config.properties})
 * and, as the platform grows, the outbox, the inbox, the HTTP contract, security and audit.
 */
package vn.customs.platform;
