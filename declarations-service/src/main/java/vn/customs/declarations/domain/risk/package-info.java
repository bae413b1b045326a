/**
 * Risk channel selection at registration: deterministic rules on the declaration's facts, plus a minimum random
 * rate so that every declaration has a non-zero chance of inspection.
 */
package vn.customs.declarations.domain.risk;
