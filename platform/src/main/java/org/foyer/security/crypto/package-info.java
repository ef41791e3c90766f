/**
 * Encryption of secrets at rest with AES-256-GCM under the installation's master key (configured in
 * production, generated once under the data directory in development).
 */
package org.foyer.security.crypto;
