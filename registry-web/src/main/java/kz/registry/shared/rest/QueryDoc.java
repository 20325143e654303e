package kz.registry.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a query parameter of a {@code @BeanParam} class means, for the OpenAPI document
 * ({@link DocumentedAccess} adds it to every operation that takes the class). The server's own
 * OpenAPI scanner fails on the standard {@code @Parameter} on such fields, and leaves them out
 * without it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface QueryDoc {

    String description();

    /** The OpenAPI type: string, integer. */
    String type() default "string";

    /** The OpenAPI format, such as date, uuid, int32; empty for none. */
    String format() default "";

    String example();

    /** The values it may take; empty for any. */
    String[] values() default {};
}
