package vn.customs.inspections.infrastructure.staffing;

import java.sql.Date;
import java.time.LocalDate;

/** Reading the columns of native queries, whichever Java type the driver hands back. */
final class Rows {

    private Rows() {}

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
