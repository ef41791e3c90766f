package org.foyer.core.persistence;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method (or every method of a service) as one database transaction bound to the
 * current practice. Foyer's persistence unit is resource-local so that the tenant can be applied to
 * the connection ({@code SET LOCAL}) at the start of every transaction; JTA's {@code
 * jakarta.transaction.Transactional} would not govern it and is banned by an architecture test.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Transactional {

  /** A read-only transaction: PostgreSQL refuses any write inside it. */
  @Nonbinding
  boolean readOnly() default false;
}
