package org.collections.commons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each role set is a property expression whose default names only roles a token may carry. */
class RoleSetsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{collections\\.roles\\.[a-z-]+:([a-z,]+)}");
    private static final Set<String> PEOPLE = Set.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.COLLECTOR, Roles.AGENCY,
            Roles.AUDITOR);
    private static final Set<String> ROLES = java.util.stream.Stream.concat(PEOPLE.stream(), Stream.of(Roles.SERVICE))
            .collect(Collectors.toSet());

    @Test
    void everySetListsKnownRolesOnly() throws IllegalAccessException {
        Map<String, List<String>> sets = new java.util.TreeMap<>();
        for (Field field : Roles.class.getFields()) {
            String value = (String) field.get(null);
            if (Modifier.isStatic(field.getModifiers()) && value.startsWith("${")) {
                Matcher m = EXPRESSION.matcher(value);
                assertThat(m.matches()).as(field.getName() + " = " + value).isTrue();
                sets.put(field.getName(), Arrays.asList(m.group(1).split(",")));
            }
        }
        sets.forEach((name, roles) -> assertThat(ROLES).as(name).containsAll(roles));
        assertThat(sets.get("EVERYONE")).containsExactlyInAnyOrderElementsOf(PEOPLE);
        assertThat(sets.get("EVERYONE_AND_SERVICES")).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(sets.get("MANAGERS")).containsExactlyInAnyOrder(Roles.ADMIN, Roles.SUPERVISOR);
        assertThat(sets.values().stream().map(r -> String.join(",", r)).collect(Collectors.toSet()))
                .as("no two names for one set").hasSize(sets.size());
        assertThat(sets.entrySet().stream().filter(e -> !e.getKey().equals("EVERYONE")
                && !e.getKey().equals("CASE_WORKERS") && !e.getKey().equals("OVERSIGHT")
                && !e.getKey().equals("EVERYONE_AND_SERVICES"))
                .anyMatch(e -> e.getValue().contains(Roles.AGENCY))).as("only these sets let agencies in").isFalse();
        assertThat(sets.entrySet().stream().filter(e -> !e.getKey().equals("EVERYONE_AND_SERVICES"))
                .anyMatch(e -> e.getValue().contains(Roles.SERVICE))).as("only this set lets services in").isFalse();
    }
}
