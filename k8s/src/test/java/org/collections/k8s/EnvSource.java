package org.collections.k8s;

/** Where one environment variable of a container comes from. */
public record EnvSource(Kind kind, String value, String secretName, String secretKey, boolean optional) {

    public enum Kind { LITERAL, CONFIG_MAP, SECRET, OTHER }

    static EnvSource literal(Kind kind, String value) {
        return new EnvSource(kind, value, null, null, false);
    }

    static EnvSource secret(String name, String key, boolean optional) {
        return new EnvSource(Kind.SECRET, null, name, key, optional);
    }

    /** The value when it is known from the rendered objects (a literal or a ConfigMap entry). */
    public String known() {
        return value;
    }
}
