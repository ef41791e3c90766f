/** Insurance policies as services and the REST resource over them. */
package org.foyer.insurance.boundary;
