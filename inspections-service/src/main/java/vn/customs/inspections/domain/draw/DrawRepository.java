package vn.customs.inspections.domain.draw;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where draws are kept. */
public interface DrawRepository {

    Optional<Draw> find(UUID id);

    void add(Draw draw);

    /** Up to {@code limit} draws with an id after {@code afterId}, by id (the order they were made). */
    List<Draw> after(UUID afterId, int limit);
}
