/**
 * Binds the plain-Java working-time calendar to Quarkus: reads its rules from {@code customs.calendar.*} and
 * produces it, with the {@link java.time.Clock} that services read the current time from.
 */
package vn.customs.platform.time;
