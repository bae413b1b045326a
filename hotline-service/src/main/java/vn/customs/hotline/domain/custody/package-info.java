/**
 * Custody of reporters' identities: a custodian reads a sealed identity only through a recorded request with a reason,
 * approved by a second custodian, for a limited time; each read is counted here and audited by the use case.
 */
package vn.customs.hotline.domain.custody;
