package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.Post;

/**
 * Puts a posting's events in the outbox, with the unit-head change that follows when the post is a unit's head
 * post: a single move and a whole rotation plan announce postings the same way.
 */
@ApplicationScoped
class PostingRecorder {

    private final Outbox outbox;
    private final Today today;

    PostingRecorder(Outbox outbox, Today today) {
        this.outbox = outbox;
        this.today = today;
    }

    void ended(PostingEnded ended, Post post) {
        outbox.publish(ended);
        post.headChange(ended.unitCode(), null, ended.to().plusDays(1), today.now())
                .ifPresent(outbox::publish);
    }

    void opened(OfficerPosted posted, Post post) {
        outbox.publish(posted);
        post.headChange(posted.unitCode(), posted.officerId(), posted.from(), today.now())
                .ifPresent(outbox::publish);
    }
}
