package vn.customs.staffing.application;

import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.organisation.Post;

/** A posting with the names a reader wants next to it. */
public record PostingRow(Posting posting, String officerName, String serviceNumber, Post post) {}
