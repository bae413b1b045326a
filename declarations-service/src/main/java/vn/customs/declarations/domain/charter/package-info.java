/**
 * The charter clock: how much of the committed processing time of a declaration's risk channel has been used, in
 * working time, with pauses while the declaration waits on the declarant.
 */
package vn.customs.declarations.domain.charter;
