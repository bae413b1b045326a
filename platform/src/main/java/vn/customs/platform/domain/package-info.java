/**
 * The few plain-Java types that services' domain packages may use from the platform: domain exceptions. No
 * framework types here (an architecture test proves it).
 */
package vn.customs.platform.domain;
