package vn.customs.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event type: the producing service (its topic), the type name and its version, giving a CloudEvents
 * type such as {@code customs.declarations.DeclarationCleared.v1} on topic {@code customs.declarations.v1}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CustomsEvent {

    /** The producing service's short name: declarations, staffing, hotline or inspections. */
    String source();

    /** The type name, e.g. {@code DeclarationCleared}. */
    String type();

    /** Incremented on a breaking change of the payload; additive changes keep it. */
    int version() default 1;
}
