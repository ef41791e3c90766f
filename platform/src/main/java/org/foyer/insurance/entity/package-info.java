/** The insurance feature's tables; only its boundary uses them. */
package org.foyer.insurance.entity;
