package org.collections.commons.security;

import io.smallrye.config.ConfigMapping;

/**
 * Where the public key that verifies bearer tokens is ({@code JWT_PUBLIC_KEY_LOCATION}). A config mapping, so a
 * start without it fails at once naming the variable; {@code mp.jwt.verify.publickey.location} refers to it.
 */
@ConfigMapping(prefix = "auth.jwt")
public interface JwtKeyConfig {

    String publicKeyLocation();
}
