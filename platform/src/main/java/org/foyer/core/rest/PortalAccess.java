package org.foyer.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource that portal logins may call (their forms, the documents of a client they
 * act for). Every other resource is for staff, and {@link StaffOnly} answers a portal login there
 * with 404 before the resource reads its input.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PortalAccess {}
