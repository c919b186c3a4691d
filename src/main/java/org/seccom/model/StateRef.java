package org.seccom.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field naming states (or outside organisations) by code; each must be a member or a listed
 * outsider. With {@code allowAll}, the single entry {@code all} stands for every member.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface StateRef {
    boolean allowAll() default false;

    /** Whether the single value {@code none} may stand for no state at all. */
    boolean allowNone() default false;
}
