/** The stored portal settings of a practice and its uploaded logo. */
package org.foyer.admin.portal.entity;
