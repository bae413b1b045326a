package vn.customs.staffing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JPQL query with optional filters: each filter adds a condition only when its value is given. */
final class Query {

    private final String select;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    Query(String select) {
        this.select = select;
    }

    Query where(String condition) {
        conditions.add(condition);
        return this;
    }

    Query where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** A parameter used by a condition that has several. */
    Query with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    Query whereGiven(String condition, String name, Object value) {
        return value == null ? this : where(condition, name, value);
    }

    <T> TypedQuery<T> build(EntityManager entityManager, String orderBy, Class<T> type) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = entityManager.createQuery(select + where + " ORDER BY " + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
