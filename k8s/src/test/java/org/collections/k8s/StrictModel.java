package org.collections.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * fabric8's model classes keep fields they do not know in an "additionalProperties" map instead of failing, so Jackson's
 * FAIL_ON_UNKNOWN_PROPERTIES alone lets a misspelt field through. This walks the parsed object and fails on any such
 * field, naming its path: an unknown field is a field Kubernetes would drop or reject.
 */
final class StrictModel {

    private StrictModel() {
    }

    static void assertNoUnknownFields(Object object, String where) {
        walk(object, where);
    }

    private static void walk(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (name.equals("getAdditionalProperties")) {
                Map<?, ?> unknown = (Map<?, ?>) invoke(getter, value);
                if (unknown != null && !unknown.isEmpty()) {
                    throw new AssertionError(path + ": fields unknown to the Kubernetes model: " + unknown.keySet());
                }
            } else if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
                walk(invoke(getter, value), path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4));
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /** Whether every field and value of {@code written} is in {@code parsed} (scalars compared as text). */
    static boolean covers(JsonNode written, JsonNode parsed) {
        if (written.isObject()) {
            if (!parsed.isObject()) {
                return written.isEmpty() && (parsed.isNull() || parsed.isMissingNode());
            }
            Iterator<Map.Entry<String, JsonNode>> fields = written.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = parsed.get(field.getKey());
                if (other == null) {
                    if (isEmpty(field.getValue())) {
                        continue;
                    }
                    return false;
                }
                if (!covers(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (written.isArray()) {
            if (!parsed.isArray() || parsed.size() != written.size()) {
                return false;
            }
            for (int i = 0; i < written.size(); i++) {
                if (!covers(written.get(i), parsed.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (written.isNull()) {
            return true;
        }
        return written.asText().equals(parsed.asText());
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isNull() || (node.isContainerNode() && node.isEmpty());
    }
}
