/**
 * Anti-corruption rotation planning: proposes which officers due for rotation move to which posts, under the
 * legal rules (hard constraints) and the service's preferences (soft constraints). Plain Java and Timefold only,
 * so that the rules are tested without the application around them.
 */
package vn.customs.staffing.planning;
