/**
 * The department's working-time calendar, in plain Java so that services' domain code can count legal and
 * service deadlines in working time. Every computation is a pure function of the instants it is given.
 */
package vn.customs.platform.domain.time;
